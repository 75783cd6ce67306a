package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * RMSProp against PyTorch's documented algorithm ({@code torch.optim.RMSprop}):
 * {@code v = a v + (1-a) g^2}; centred: {@code gAvg = a gAvg + (1-a) g, vt = v - gAvg^2};
 * with momentum {@code b = mu b + g / (sqrt(vt) + eps), w -= lr b}, else {@code w -= lr g / (sqrt(vt) + eps)}.
 * Later steps were computed with a scalar transcription of that algorithm in plain Python, not with this class.
 */
class RmsPropTest {
    private static final double TOL = 1e-12;
    private static final double[][] G = {{0.5, -1.0, 2.0}, {0.3, 0.4, -1.0}, {-0.2, 0.1, 0.5}};

    @Test
    void plainWithDefaultsAndLearningRateChange() {
        RmsProp rule = new RmsProp(0.01);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // v = 0.01 g^2 = (0.0025, 0.01, 0.04); sqrt(v) = 0.1 |g|, so the step is lr * g / (0.1 |g| + 1e-8):
        // w0 = 1 - 0.01 * 0.5 / (0.05 + 1e-8) = 1 - 0.1 / (1 + 2e-7) = 0.90000002 (to 1e-12: 0.900000019999996)
        assertArrayEquals(new double[] {0.0025, 0.01, 0.04}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.900000019999996, -1.900000009999999, 0.40000000499999977}, w, TOL);

        rule.step(w, G[1].clone(), s);
        // v0 = 0.99 * 0.0025 + 0.01 * 0.09 = 0.003375; w0 -= 0.01 * 0.3 / sqrt(0.003375) = 0.0516397...
        assertArrayEquals(new double[] {0.003375, 0.0115, 0.0496}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.8483602509394512, -1.937300198851351, 0.4449013284905645}, w, TOL);

        s.setLearningRate(0.005);
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.00374125, 0.011485, 0.051604}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.8647092648772291, -1.9419657662116605, 0.433896119196205}, w, TOL);
    }

    @Test
    void centredWithMomentum() {
        RmsProp rule = new RmsProp(0.01, 0.9, 1e-8, 0.9, true, 0.0);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        assertEquals(3, s.bufferCount());

        rule.step(w, G[0].clone(), s);
        // v = 0.1 g^2, gAvg = 0.1 g, vt = 0.1 g^2 - 0.01 g^2 = 0.09 g^2, sqrt(vt) = 0.3 |g|
        // b = g / (0.3 |g| + 1e-8) ~ 3.3333333 sign(g); w0 = 1 - 0.01 * 3.33333311111 = 0.966666668888...
        assertArrayEquals(new double[] {0.025, 0.1, 0.4}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.05, -0.1, 0.2}, s.buffer(2), TOL);
        assertArrayEquals(new double[] {3.333333111111126, -3.333333222222226, 3.3333332777777787}, s.buffer(1),
                TOL);
        assertArrayEquals(new double[] {0.9666666688888887, -1.9666666677777778, 0.4666666672222222}, w, TOL);

        rule.step(w, G[1].clone(), s);
        assertArrayEquals(new double[] {0.9180165758835026, -1.9491000658345086, 0.45151451427467615}, w, TOL);
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.0475, -0.035, 0.122}, s.buffer(2), TOL);
        assertArrayEquals(new double[] {0.8857604968785217, -1.9365315682360054, 0.43019993795057165}, w, TOL);
    }

    @Test
    void momentumWithWeightDecayAndAMomentumChange() {
        RmsProp rule = new RmsProp(0.01, 0.9, 1e-8, 0.9, false, 0.1);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        assertEquals(2, s.bufferCount());

        rule.step(w, G[0].clone(), s);
        // g = g + 0.1 w = (0.6, -1.2, 2.05); v = 0.1 g^2 = (0.036, 0.144, 0.42025)
        // b = g / (sqrt(0.1) |g| + 1e-8) ~ 3.16227766 sign(g); w0 = 1 - 0.01 * 3.16227749 = 0.968377225065
        assertArrayEquals(new double[] {0.036, 0.144, 0.42025}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.9683772250649828, -1.9683772242316495, 0.4683772238861211}, w, TOL);

        rule.step(w, G[1].clone(), s);
        assertArrayEquals(new double[] {0.9218315106906263, -1.9454723483421585, 0.4538337004120215}, w, TOL);

        s.setMomentum(0.5); // a momentum schedule moves mu; the buffer keeps its value
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {1.8161599559425596, -1.4167691216154903, 1.5384626758888458},
                s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.9036699111312007, -1.9313046571260037, 0.438449073653133}, w, TOL);
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.01, 1.0, 1e-8, 0, false, 0))
                .getMessage().contains("alpha must be in [0, 1), got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.01, 0.99, 1e-8, 1.0, false, 0))
                .getMessage().contains("momentum must be in [0, 1)"));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.01, 0.99, -1, 0, false, 0));
    }

    @Test
    void describesNonDefaultSettings() {
        assertEquals("rmsprop lr=0.01", new RmsProp(0.01).describe());
        assertEquals("rmsprop lr=0.01 alpha=0.9 momentum=0.9 centered",
                new RmsProp(0.01, 0.9, 1e-8, 0.9, true, 0).describe());
    }
}
