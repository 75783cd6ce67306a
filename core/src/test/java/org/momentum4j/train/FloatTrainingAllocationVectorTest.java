package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.momentum4j.nn.VectorSupport;

/**
 * {@link FloatTrainingAllocationTest} with the Vector API kernels, in the JVM where the other
 * {@code *VectorTest} classes have already run every kernel with and without weight decay: the JIT's
 * profiles then hold both branches, which is when a vector merged from two branches would be allocated on the
 * heap (see {@code FloatVectorKernels}).
 */
class FloatTrainingAllocationVectorTest extends FloatTrainingAllocationTest {
    @BeforeAll
    static void vectorKernelsAreInUse() {
        assertTrue(VectorSupport.enabled(), VectorSupport.describe());
    }
}
