package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.momentum4j.nn.VectorSupport;

/**
 * {@link FloatTrainingTest} again in the JVM with {@code jdk.incubator.vector} (core's {@code *VectorTest}
 * surefire execution), where {@link TrainingRun} picks the Vector API float kernels: the fused run must still
 * give the bits of the scalar reference, the Iris margins must still hold, and so on.
 */
class FloatTrainingVectorTest extends FloatTrainingTest {
    @BeforeAll
    static void vectorKernelsAreInUse() {
        assertTrue(VectorSupport.enabled(), VectorSupport.describe());
    }
}
