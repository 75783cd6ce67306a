package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Shared fixture of the optimizer conformance tests: one rule driven through a fixed gradient sequence,
 * with the expected numbers worked out by hand in each test class.
 *
 * <p>The sequence, used by every rule so their results can be compared side by side:
 * <pre>
 *   w0 = [1.0, -0.5]
 *   step 1: lr = 0.1, g = [ 0.2, -0.4]
 *   step 2: lr = 0.1, g = [ 0.1,  0.3]
 *   step 3: lr = 0.2, g = [-0.5,  0.2]   (learning rate changed through OptimizerState.setLearningRate)
 * </pre>
 * mu = 0.5 wherever a rule has momentum.
 */
final class Steps {
    /** Every expected value is a short decimal computed by hand; 1e-12 allows only for binary rounding. */
    static final double TOLERANCE = 1e-12;

    static final double MU = 0.5;

    private Steps() {
    }

    static double[] w0() {
        return new double[] {1.0, -0.5};
    }

    /** One step with a fresh copy of {@code g} (a rule may add weight decay to the array it is given). */
    static void step(Optimizer rule, double[] w, OptimizerState state, double... g) {
        rule.step(w, g.clone(), state);
    }

    static void assertValues(double[] expected, double[] actual) {
        assertArrayEquals(expected, actual, TOLERANCE);
    }

    /**
     * Runs the three steps of the shared sequence and checks the weights and the rule's buffer after each.
     *
     * @param expectedW   weights after steps 1, 2, 3
     * @param expectedBuf the rule's buffer 0 after steps 1, 2, 3 (null for rules without one)
     */
    static void runSequence(Optimizer rule, double[][] expectedW, double[][] expectedBuf) {
        double[] w = w0();
        OptimizerState state = rule.newState(w.length);
        double[][] g = {{0.2, -0.4}, {0.1, 0.3}, {-0.5, 0.2}};
        for (int t = 0; t < 3; t++) {
            if (t == 2) {
                state.setLearningRate(0.2);
            }
            step(rule, w, state, g[t]);
            assertArrayEquals(expectedW[t], w, TOLERANCE, "weights after step " + (t + 1));
            if (expectedBuf != null) {
                assertArrayEquals(expectedBuf[t], state.buffer(0), TOLERANCE, "buffer after step " + (t + 1));
            }
        }
    }
}
