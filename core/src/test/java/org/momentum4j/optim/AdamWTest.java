package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * AdamW against PyTorch's documented algorithm ({@code torch.optim.AdamW}): first
 * {@code w -= lr * lambda * w}, then Adam's update from the raw gradient (no L2 term in m or v).
 * Later steps were computed with a scalar transcription of that algorithm in plain Python, not with this class.
 */
class AdamWTest {
    private static final double TOL = 1e-12;
    private static final double[][] G = {{0.5, -1.0, 2.0}, {0.3, 0.4, -1.0}, {-0.2, 0.1, 0.5}};

    @Test
    void decoupledDecayWithLearningRateChange() {
        AdamW rule = new AdamW(0.1, 0.9, 0.999, 1e-8, 0.1, false);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // decay: w *= 1 - 0.1 * 0.1 = 0.99 -> (0.99, -1.98, 0.495); then Adam's first step 0.1 * g / (|g| + 1e-8):
        // w0 = 0.99 - 0.099999998 = 0.890000002
        // m and v hold the raw gradient (unlike Adam's L2 decay): m = 0.1 g
        assertArrayEquals(new double[] {0.05, -0.1, 0.2}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.890000002, -1.880000001, 0.3950000005}, w, TOL);

        rule.step(w, G[1].clone(), s);
        // w0 = 0.890000002 * 0.99 - (Adam's second step 0.0957490153) = 0.785350986689
        assertArrayEquals(new double[] {0.785350986688876, -1.826639416652626, 0.36441629669743153}, w, TOL);

        s.setLearningRate(0.05); // the decay uses the current learning rate too: w *= 1 - 0.05 * 0.1
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.7567931647827835, -1.8071614615638045, 0.34557275793219994}, w, TOL);
    }

    @Test
    void amsgrad() {
        AdamW rule = new AdamW(0.1, 0.8, 0.5, 1e-8, 0.1, true);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        double[][] expected = {
            {0.890000002, -1.880000001, 0.3950000005},
            {0.7858420698717652, -1.8339834486257425, 0.37063758609680686},
            {0.7389479751245536, -1.803716046911325, 0.34036526487012875}};
        for (int k = 0; k < 3; k++) {
            rule.step(w, G[k].clone(), s);
            assertArrayEquals(expected[k], w, TOL, "step " + (k + 1));
        }
        assertArrayEquals(new double[] {0.125, 0.5, 2.0}, s.buffer(2), TOL);
    }

    @Test
    void withoutDecayItTakesExactlyAdamsSteps() {
        AdamW adamW = new AdamW(0.1, 0.9, 0.999, 1e-8, 0.0, false);
        Adam adam = new Adam(0.1);
        double[] a = {1.0, -2.0, 0.5};
        double[] b = a.clone();
        OptimizerState sa = adamW.newState(3);
        OptimizerState sb = adam.newState(3);
        for (double[] g : G) {
            adamW.step(a, g.clone(), sa);
            adam.step(b, g.clone(), sb);
        }
        assertArrayEquals(b, a, 0.0);
    }

    @Test
    void defaultsAreTorchs() {
        AdamW rule = new AdamW(0.001);
        assertEquals(0.01, rule.weightDecay());
        assertEquals(0.9, rule.beta1());
        assertEquals(0.999, rule.beta2());
        assertEquals(1e-8, rule.epsilon());
        assertEquals("adamw lr=0.001", rule.describe());
        assertEquals("adamw lr=0.001 weight-decay=0", new AdamW(0.001, 0.9, 0.999, 1e-8, 0, false).describe());
    }
}
