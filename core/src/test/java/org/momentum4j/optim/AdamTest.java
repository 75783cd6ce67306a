package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Adam against PyTorch's documented algorithm ({@code torch.optim.Adam}):
 * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; mHat = m/(1-b1^t); vHat = v/(1-b2^t)} (AMSGrad:
 * {@code vMax = max(vMax, v); vHat = vMax/(1-b2^t)}); {@code w -= lr mHat / (sqrt(vHat) + eps)}.
 * Later steps were computed with a scalar transcription of that algorithm in plain Python, not with this class.
 */
class AdamTest {
    private static final double TOL = 1e-12;
    private static final double[][] G = {{0.5, -1.0, 2.0}, {0.3, 0.4, -1.0}, {-0.2, 0.1, 0.5}};

    @Test
    void defaultsWithLearningRateChange() {
        Adam rule = new Adam(0.1);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);

        rule.step(w, G[0].clone(), s);
        // t = 1: m = 0.1 g, v = 0.001 g^2, mHat = g, vHat = g^2, so w -= 0.1 * g / (|g| + 1e-8):
        // w0 = 1 - 0.1 * 0.5 / 0.50000001 = 1 - 0.1 * (1 - 2e-8) = 0.900000002
        assertArrayEquals(new double[] {0.05, -0.1, 0.2}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.00025, 0.001, 0.004}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.900000002, -1.900000001, 0.4000000005}, w, TOL);

        rule.step(w, G[1].clone(), s);
        // t = 2: m0 = 0.9 * 0.05 + 0.1 * 0.3 = 0.075, v0 = 0.999 * 0.00025 + 0.001 * 0.09 = 0.00033975
        // mHat0 = 0.075 / 0.19 = 0.394736842, vHat0 = 0.00033975 / 0.001999 = 0.169959980
        // w0 = 0.900000002 - 0.1 * 0.394736842 / (0.412262058 + 1e-8) = 0.804250986709
        assertArrayEquals(new double[] {0.075, -0.05, 0.08}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.00033975, 0.001159, 0.004996}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.8042509867088761, -1.865439416662626, 0.37336629670243154}, w, TOL);

        s.setLearningRate(0.05);
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.0475, -0.035, 0.122}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.7796199197362279, -1.8550946586570676, 0.3563448394206871}, w, TOL);
    }

    @Test
    void amsgradNormalisesByTheLargestSecondMoment() {
        // beta2 = 0.5 makes v fall after the large first gradients, so AMSGrad departs from Adam.
        Adam ams = new Adam(0.1, 0.8, 0.5, 1e-8, 0.0, true);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = ams.newState(3);
        assertEquals(3, s.bufferCount());

        ams.step(w, G[0].clone(), s);
        // t = 1: v = 0.5 g^2 = (0.125, 0.5, 2); mHat = g, vHat = g^2: the same first step as Adam
        assertArrayEquals(new double[] {0.900000002, -1.900000001, 0.4000000005}, w, TOL);

        ams.step(w, G[1].clone(), s);
        // v = 0.5 v + 0.5 g^2 = (0.1075, 0.33, 1.5), below vMax = (0.125, 0.5, 2), which stays.
        // w0 = 0.900000002 - 0.1 * (0.14 / 0.36) / (sqrt(0.125 / 0.75) + 1e-8) = 0.804742069892
        assertArrayEquals(new double[] {0.1075, 0.33, 1.5}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.125, 0.5, 2.0}, s.buffer(2), TOL);
        assertArrayEquals(new double[] {0.8047420698917652, -1.8727834486357424, 0.3795875861018069}, w, TOL);

        ams.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.07375, 0.17, 0.875}, s.buffer(1), TOL);
        assertArrayEquals(new double[] {0.7657063958432713, -1.8608558814075824, 0.3530216407360968}, w, TOL);

        // Plain Adam with the same betas, for contrast: it divides by the fallen v.
        Adam plain = new Adam(0.1, 0.8, 0.5, 1e-8, 0.0, false);
        double[] u = {1.0, -2.0, 0.5};
        OptimizerState p = plain.newState(3);
        for (double[] g : G) {
            plain.step(u, g.clone(), p);
        }
        assertArrayEquals(new double[] {0.7464606137766758, -1.8460431321516708, 0.3362658406025249}, u, TOL);
    }

    @Test
    void l2WeightDecayEntersTheGradient() {
        Adam rule = new Adam(0.1, 0.9, 0.999, 1e-8, 0.1, false);
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        rule.step(w, G[0].clone(), s);
        // g = g + 0.1 w = (0.6, -1.2, 2.05); m = 0.1 g; w0 = 1 - 0.1 * 0.6 / (0.6 + 1e-8) = 0.900000001666...
        assertArrayEquals(new double[] {0.06, -0.12, 0.205}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.9000000016666666, -1.9000000008333333, 0.4000000004878049}, w, TOL);
        rule.step(w, G[1].clone(), s);
        rule.step(w, G[2].clone(), s);
        assertArrayEquals(new double[] {0.7400492183393829, -1.80139767437706, 0.3342455593220084}, w, TOL);
    }

    @Test
    void momentumScheduleMovesBeta1() {
        Adam rule = new Adam(0.1);
        assertEquals(0.9, rule.momentum());
        double[] w = {1.0, -2.0, 0.5};
        OptimizerState s = rule.newState(3);
        assertEquals(0.9, s.momentum());
        rule.step(w, G[0].clone(), s);
        rule.step(w, G[1].clone(), s);
        s.setMomentum(0.5);
        rule.step(w, G[2].clone(), s);
        // t = 3 with beta1 = 0.5: m0 = 0.5 * 0.075 + 0.5 * -0.2 = -0.0625; mHat0 = -0.0625 / (1 - 0.125)
        assertArrayEquals(new double[] {-0.0625, 0.025, 0.29}, s.buffer(0), TOL);
        assertArrayEquals(new double[] {0.8243262322715457, -1.8700164442863099, 0.34830369571372344}, w, TOL);
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 1.0, 0.999, 1e-8, 0, false))
                .getMessage().contains("beta1 must be in [0, 1), got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 0.9, -0.1, 1e-8, 0, false))
                .getMessage().contains("beta2 must be in [0, 1), got -0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 0.9, 0.999, 0, 0, false))
                .getMessage().contains("epsilon must be finite and > 0"));
    }

    @Test
    void describesNonDefaultSettings() {
        assertEquals("adam lr=0.001", new Adam(0.001).describe());
        assertEquals("adam lr=0.1 beta1=0.8 beta2=0.5 amsgrad", new Adam(0.1, 0.8, 0.5, 1e-8, 0, true).describe());
    }
}
