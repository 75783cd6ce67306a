package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * AdaGrad against PyTorch's documented algorithm ({@code torch.optim.Adagrad}, lr_decay 0):
 * {@code sum += g^2; w -= lr * g / (sqrt(sum) + eps)}, sum starting at the initial accumulator.
 * Later steps were computed with a scalar transcription of that algorithm (plain Python floats, one
 * coordinate at a time), not with this class.
 */
class AdaGradTest {
    private static final double TOL = 1e-12;
    private static final double[][] G = {{0.5, -1.0, 2.0}, {0.3, 0.4, -1.0}, {-0.2, 0.1, 0.5}};

    @Test
    void threeStepsWithLearningRateChange() {
        AdaGrad rule = new AdaGrad(0.1);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // sum = g^2 = (0.25, 1, 4); sqrt(sum) = |g|, so each step is lr * g / (|g| + 1e-10):
        // w0 = 1 - 0.1 * 0.5 / (0.5 + 1e-10) = 1 - 0.1 * (1 - 2e-10) = 0.90000000002
        // w1 = -2 + 0.1 * 1 / (1 + 1e-10) = -1.90000000001;  w2 = 0.5 - 0.1 * 2 / (2 + 1e-10) = 0.400000000005
        assertArrayEquals(new double[] {0.90000000002, -1.90000000001, 0.400000000005}, w, TOL);
        assertArrayEquals(new double[] {0.25, 1.0, 4.0}, s.buffer(0), TOL);

        rule.step(w, G[1].clone(), s);
        // sum = (0.34, 1.16, 5); w0 = 0.90000000002 - 0.1 * 0.3 / (sqrt(0.34) + 1e-10) = 0.848550424486...
        assertArrayEquals(new double[] {0.8485504244860709, -1.937139067641962, 0.4447213595529958}, w, TOL);
        assertArrayEquals(new double[] {0.34, 1.16, 5.0}, s.buffer(0), TOL);

        s.setLearningRate(0.05);
        rule.step(w, G[2].clone(), s);
        // sum = (0.38, 1.17, 5.25); w0 = 0.84855... + 0.05 * 0.2 / sqrt(0.38) = 0.864772566596...
        assertArrayEquals(new double[] {0.8647725665965156, -1.941761569276745, 0.43381046504167237}, w, TOL);
        assertArrayEquals(new double[] {0.38, 1.17, 5.25}, s.buffer(0), TOL);
        assertEquals(3, s.steps());
    }

    @Test
    void initialAccumulatorAndWeightDecay() {
        AdaGrad rule = new AdaGrad(0.1, 1e-10, 0.1, 0.01);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // g = g + 0.01 w = (0.51, -1.02, 2.005); sum = 0.1 + g^2 = (0.3601, 1.1404, 4.120025)
        // w0 = 1 - 0.1 * 0.51 / (sqrt(0.3601) + 1e-10) = 1 - 0.051 / 0.600083327... = 0.915011803110...
        assertArrayEquals(new double[] {0.3601, 1.1404, 4.120025}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.9150118031107968, -1.904485002775014, 0.40122103956188937}, w, TOL);

        rule.step(w, G[1].clone(), s);
        assertArrayEquals(new double[] {0.8692142379270034, -1.9380845385471663, 0.4452722537267766}, w, TOL);
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.8964807774675005, -1.9451770911745534, 0.42349639254275545}, w, TOL);
        assertArrayEquals(new double[] {0.49227249186608146, 1.2920262743811406, 5.366489226316282},
                s.buffer(0), TOL);
    }

    @Test
    void resetStartsTheAccumulatorAgainFromItsInitialValue() {
        AdaGrad rule = new AdaGrad(0.1, 1e-10, 0.1, 0.0);
        OptimizerState s = rule.newState(1);
        double[] w = {0.0};
        rule.step(w, new double[] {3.0}, s);
        s.reset();
        w[0] = 0.0;
        rule.step(w, new double[] {3.0}, s);
        // sum = 0.1 + 9 again, not 0 + 9: w = -0.1 * 3 / (sqrt(9.1) + 1e-10)
        assertEquals(9.1, s.buffer(0)[0], TOL);
        assertEquals(-0.3 / (Math.sqrt(9.1) + 1e-10), w[0], TOL);
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdaGrad(0.1, 0.0, 0, 0))
                .getMessage().contains("epsilon must be finite and > 0, got 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdaGrad(0.1, 1e-10, -1, 0))
                .getMessage().contains("initial accumulator must be finite and >= 0, got -1.0"));
        assertThrows(IllegalArgumentException.class, () -> new AdaGrad(0));
    }

    @Test
    void describesNonDefaultSettings() {
        assertEquals("adagrad lr=0.01", new AdaGrad(0.01).describe());
        assertEquals("adagrad lr=0.1 initial-accumulator=0.1 weight-decay=0.01",
                new AdaGrad(0.1, 1e-10, 0.1, 0.01).describe());
    }
}
