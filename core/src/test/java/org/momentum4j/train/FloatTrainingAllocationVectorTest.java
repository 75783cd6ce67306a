package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.momentum4j.nn.VectorSupport;

/**
 * {@link FloatTrainingAllocationTest} with the Vector API kernels, in the JVM where the other
 * {@code *VectorTest} classes have already run every kernel with and without weight decay: the JIT's
 * profiles then hold both branches, which is when a vector merged from two branches would be allocated on the
 * heap (see {@code FloatVectorKernels}). Longer warm-up and more rounds: until C2 has compiled a kernel,
 * the interpreter and C1 allocate every vector, and on a loaded machine a recompilation (after a new rule
 * class reaches a call site) can take longer than the plain test's warm-up.
 */
class FloatTrainingAllocationVectorTest extends FloatTrainingAllocationTest {
    @BeforeAll
    static void vectorKernelsAreInUse() {
        assertTrue(VectorSupport.enabled(), VectorSupport.describe());
    }

    @Override
    int warmUpEpochs() {
        return 200;
    }

    @Override
    int rounds() {
        return 5;
    }
}
