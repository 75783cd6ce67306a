package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rprop (iRprop-) against PyTorch's documented algorithm ({@code torch.optim.Rprop}): per parameter, the
 * step size grows by etaPlus while the gradient keeps its sign, shrinks by etaMinus when it flips (and that
 * step is skipped, the stored gradient set to 0), and is clamped to [minStep, maxStep]; {@code w -= step *
 * sign(g)}. All numbers below are worked by hand.
 */
class RpropTest {
    private static final double TOL = 1e-12;
    private static final double[][] G = {{0.5, -1.0, 2.0}, {0.3, 0.4, -1.0}, {0.2, 0.1, 0.5}, {0.1, 0.3, 0.7}};

    @Test
    void fourStepsWithDefaults() {
        Rprop rule = new Rprop(0.1);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // prev = 0: every step size stays at lr = 0.1; w -= 0.1 sign(g) = (0.9, -1.9, 0.4)
        assertArrayEquals(new double[] {0.9, -1.9, 0.4}, w, TOL);
        assertArrayEquals(new double[] {0.1, 0.1, 0.1}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.5, -1.0, 2.0}, s.buffer(0), TOL);

        rule.step(w, G[1].clone(), s);
        // w0: same sign, step 0.1 * 1.2 = 0.12, w0 = 0.9 - 0.12 = 0.78
        // w1, w2: the sign flipped, step * 0.5 = 0.05, no move, stored gradient 0
        assertArrayEquals(new double[] {0.78, -1.9, 0.4}, w, TOL);
        assertArrayEquals(new double[] {0.12, 0.05, 0.05}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.3, 0.0, 0.0}, s.buffer(0), TOL);

        rule.step(w, G[2].clone(), s);
        // w0: same sign, 0.12 * 1.2 = 0.144, w0 = 0.78 - 0.144 = 0.636
        // w1, w2: previous gradient 0 counts as neither, step stays 0.05: w1 = -1.95, w2 = 0.35
        assertArrayEquals(new double[] {0.636, -1.95, 0.35}, w, TOL);
        assertArrayEquals(new double[] {0.144, 0.05, 0.05}, s.buffer(1), TOL);

        rule.step(w, G[3].clone(), s);
        // w0: 0.144 * 1.2 = 0.1728, w0 = 0.4632; w1, w2: 0.05 * 1.2 = 0.06: w1 = -2.01, w2 = 0.29
        assertArrayEquals(new double[] {0.4632, -2.01, 0.29}, w, TOL);
        assertArrayEquals(new double[] {0.1728, 0.06, 0.06}, s.buffer(1), TOL);
    }

    @Test
    void stepSizesStayWithinTheirBounds() {
        Rprop rule = new Rprop(0.1, 0.5, 1.2, 0.06, 0.11);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        rule.step(w, G[0].clone(), s);
        rule.step(w, G[1].clone(), s);
        // w0: 0.1 * 1.2 = 0.12 clamped to 0.11 -> 0.79; w1, w2: 0.1 * 0.5 = 0.05 raised to 0.06, no move
        assertArrayEquals(new double[] {0.11, 0.06, 0.06}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.79, -1.9, 0.4}, w, TOL);
        rule.step(w, G[2].clone(), s);
        rule.step(w, G[3].clone(), s);
        // w0: stays at 0.11 twice -> 0.57; w1, w2: 0.06 then 0.072 -> -1.9 - 0.06 - 0.072 = -2.032, 0.4 - 0.132
        assertArrayEquals(new double[] {0.11, 0.072, 0.072}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.57, -2.032, 0.268}, w, TOL);
    }

    @Test
    void theLearningRateIsOnlyTheFirstStepSize() {
        Rprop rule = new Rprop(0.1);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        rule.step(w, G[0].clone(), s);
        s.setLearningRate(10.0);
        rule.step(w, G[1].clone(), s);
        assertArrayEquals(new double[] {0.78, -1.9, 0.4}, w, TOL);
    }

    @Test
    void resetRestartsTheStepSizesAtTheLearningRate() {
        Rprop rule = new Rprop(0.1);
        double[] w = {0.0};
        OptimizerState s = rule.newState(1);
        rule.step(w, new double[] {1.0}, s);
        rule.step(w, new double[] {1.0}, s);
        s.reset();
        rule.step(w, new double[] {1.0}, s);
        // 0 - 0.1 - 0.12, then a fresh start: - 0.1 again, not 0.144
        assertEquals(-0.32, w[0], TOL);
        assertEquals(0.1, s.buffer(1)[0], TOL);
    }

    @Test
    void declaresFullBatchOnly() {
        assertTrue(new Rprop(0.01).requiresFullBatch());
        assertFalse(new Rprop(0.01).hasMomentum());
        assertFalse(new Adam(0.01).requiresFullBatch());
        assertFalse(new Sgd(0.01).requiresFullBatch());
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rprop(0.1, 1.0, 1.2, 1e-6, 50))
                .getMessage().contains("eta minus must be in (0, 1), got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rprop(0.1, 0.5, 1.0, 1e-6, 50))
                .getMessage().contains("eta plus must be finite and > 1, got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rprop(0.1, 0.5, 1.2, 1, 0.5))
                .getMessage().contains("max step must be finite and >= min step (1.0), got 0.5"));
    }

    @Test
    void describesNonDefaultSettings() {
        assertEquals("rprop lr=0.01", new Rprop(0.01).describe());
        assertEquals("rprop lr=0.1 min-step=0.06 max-step=0.11", new Rprop(0.1, 0.5, 1.2, 0.06, 0.11).describe());
    }
}
