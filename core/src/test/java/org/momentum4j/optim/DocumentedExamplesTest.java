package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/optimizers.md: one weight w = 1, gradients 0.5, 0.3, -0.2 (and 0.1 for Rprop),
 * learning rate 0.1 (0.01 for RMSProp), momentum 0.9. The momentum rules' numbers are worked by hand in the
 * page; the adaptive rules' come from a scalar transcription of PyTorch's documented algorithms.
 */
class DocumentedExamplesTest {
    private static final double TOL = 1e-12;
    private static final double[] G = {0.5, 0.3, -0.2};

    private static double[] run(Optimizer rule, double... gradients) {
        double[] w = {1.0};
        OptimizerState s = rule.newState(1);
        double[] after = new double[gradients.length];
        for (int k = 0; k < gradients.length; k++) {
            rule.step(w, new double[] {gradients[k]}, s);
            after[k] = w[0];
        }
        return after;
    }

    @Test
    void momentumRules() {
        assertArrayEquals(new double[] {0.95, 0.92, 0.94}, run(new Sgd(0.1), G), TOL);
        assertArrayEquals(new double[] {0.95, 0.875, 0.868}, run(new ArticleMomentum(0.1, 0.9), G), TOL);
        assertArrayEquals(new double[] {0.95, 0.875, 0.8275}, run(new HeavyBall(0.1, 0.9), G), TOL);
        assertArrayEquals(new double[] {0.95, 0.875, 0.8275},
                run(new HeavyBall(0.1, 0.9, 0, MomentumForm.LR_OUTSIDE, 0), G), TOL);
        assertArrayEquals(new double[] {0.905, 0.8075, 0.78475}, run(new Nesterov(0.1, 0.9), G), TOL);
        assertArrayEquals(new double[] {0.905, 0.8075, 0.78475},
                run(new Nesterov(0.1, 0.9, MomentumForm.LR_OUTSIDE, 0), G), TOL);
    }

    @Test
    void adaptiveRules() {
        assertArrayEquals(new double[] {0.90000000002, 0.8485504244860709, 0.8809947087069603},
                run(new AdaGrad(0.1), G), TOL);
        assertArrayEquals(new double[] {0.900000019999996, 0.8483602509394512, 0.8810582788150069},
                run(new RmsProp(0.01), G), TOL);
        assertArrayEquals(new double[] {0.900000002, 0.8042509867088761, 0.7549888527635799},
                run(new Adam(0.1), G), TOL);
        assertArrayEquals(new double[] {0.890000002, 0.785350986688876, 0.7282353428766911},
                run(new AdamW(0.1, 0.9, 0.999, 1e-8, 0.1, false), G), TOL);
        assertArrayEquals(new double[] {0.9, 0.78, 0.78, 0.72}, run(new Rprop(0.1), 0.5, 0.3, -0.2, 0.1), TOL);
    }
}
