package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.Rejections.assertRejected;
import static org.momentum4j.nn.Activation.IDENTITY;
import static org.momentum4j.nn.Activation.RELU;
import static org.momentum4j.nn.Activation.SIGMOID;
import static org.momentum4j.nn.Activation.SOFTMAX;
import static org.momentum4j.nn.Activation.TANH;
import static org.momentum4j.nn.Loss.CROSS_ENTROPY;
import static org.momentum4j.nn.Loss.MEAN_SQUARED_ERROR;

import org.junit.jupiter.api.Test;

class LossTest {
    private static final double EPS = 1e-15;

    @Test
    void meanSquaredErrorIsHalfTheSumOfSquares() {
        // a = [0.2, 0.7], t = [0, 1]: L = 1/2 (0.2^2 + 0.3^2) = 1/2 (0.04 + 0.09) = 0.065
        double[] a = {0.2, 0.7};
        double[] t = {0, 1};
        double[] delta = new double[2];
        assertEquals(0.065, MEAN_SQUARED_ERROR.lossAndDelta(IDENTITY, a, t, 0, delta, 2), EPS);
        assertArrayEquals(new double[] {0.2, -0.3}, delta, EPS);            // dL/dz = a - t for identity
        assertEquals(0.065, MEAN_SQUARED_ERROR.loss(IDENTITY, a, t, 0, 2), EPS);
    }

    @Test
    void meanSquaredErrorThroughASigmoidMultipliesByItsDerivative() {
        // dL/dz = (a - t) a (1 - a) = [0.2 * 0.2 * 0.8, -0.3 * 0.7 * 0.3] = [0.032, -0.063]
        double[] delta = new double[2];
        MEAN_SQUARED_ERROR.lossAndDelta(SIGMOID, new double[] {0.2, 0.7}, new double[] {0, 1}, 0, delta, 2);
        assertArrayEquals(new double[] {0.032, -0.063}, delta, EPS);
    }

    @Test
    void meanSquaredErrorThroughASoftmaxUsesItsJacobian() {
        // a = [0.2, 0.3, 0.5], t = [0, 1, 0]: e = a - t = [0.2, -0.7, 0.5]; sum_k a_k e_k = 0.04 - 0.21 + 0.25 = 0.08
        // dL/dz_j = a_j (e_j - 0.08) = [0.2 * 0.12, 0.3 * -0.78, 0.5 * 0.42] = [0.024, -0.234, 0.21]
        double[] delta = new double[3];
        double loss = MEAN_SQUARED_ERROR.lossAndDelta(SOFTMAX, new double[] {0.2, 0.3, 0.5},
                new double[] {0, 1, 0}, 0, delta, 3);
        assertEquals(0.5 * (0.04 + 0.49 + 0.25), loss, EPS);
        assertArrayEquals(new double[] {0.024, -0.234, 0.21}, delta, EPS);
    }

    @Test
    void crossEntropyWithSoftmaxIsMinusLogOfTheTrueClassAndItsDeltaIsAMinusT() {
        double[] a = {0.2, 0.3, 0.5};
        double[] t = {9, 0, 1, 0};                                          // the row starts at offset 1
        double[] delta = new double[3];
        assertEquals(-Math.log(0.3), CROSS_ENTROPY.lossAndDelta(SOFTMAX, a, t, 1, delta, 3), EPS);
        assertArrayEquals(new double[] {0.2, -0.7, 0.5}, delta, EPS);
        assertEquals(-Math.log(0.3), CROSS_ENTROPY.loss(SOFTMAX, a, t, 1, 3), EPS);
    }

    @Test
    void binaryCrossEntropyWithSigmoid() {
        // L = -sum_k [t_k log a_k + (1 - t_k) log(1 - a_k)]; a = [0.8, 0.3], t = [1, 0]:
        //   L = -(log 0.8 + log 0.7); dL/dz = a - t = [-0.2, 0.3]
        double[] a = {0.8, 0.3};
        double[] t = {1, 0};
        double[] delta = new double[2];
        double expected = -(Math.log(0.8) + Math.log(0.7));
        assertEquals(expected, CROSS_ENTROPY.lossAndDelta(SIGMOID, a, t, 0, delta, 2), EPS);
        assertArrayEquals(new double[] {-0.2, 0.3}, delta, EPS);
        assertEquals(expected, CROSS_ENTROPY.loss(SIGMOID, a, t, 0, 2), EPS);
        // A soft target: t = 0.25, a = 0.5 gives -(0.25 log 0.5 + 0.75 log 0.5) = log 2.
        assertEquals(Math.log(2), CROSS_ENTROPY.loss(SIGMOID, new double[] {0.5}, new double[] {0.25}, 0, 1), EPS);
    }

    @Test
    void theOneHotLossHasTheBitsOfTheGeneralOne() {
        // lossOfClass skips reading the targets for softmax cross-entropy; it must agree with loss() bit for
        // bit, including a probability of 1 (log 1 = 0: 0 - 1 * 0 is +0), 0 (guarded), subnormal and NaN.
        double[] probabilities = {1.0, 0.0, 0.3, 1e-310, Double.MIN_VALUE, 0.9999999999999999, Double.NaN};
        for (Loss loss : Loss.values()) {
            for (Activation output : new Activation[] {SOFTMAX, SIGMOID, IDENTITY}) {
                for (double p : probabilities) {
                    for (int c = 0; c < 3; c++) {
                        double[] a = {0.25, 0.5, 0.125};
                        a[c] = p;
                        double[] t = {7, 7, 0, 0, 0};                        // the row starts at offset 2
                        t[2 + c] = 1.0;
                        double general = loss.loss(output, a, t, 2, 3);
                        double oneHot = loss.lossOfClass(output, a, c, t, 2, 3);
                        assertEquals(Double.doubleToRawLongBits(general), Double.doubleToRawLongBits(oneHot),
                                loss + " " + output + " p=" + p + " class " + c);
                    }
                }
            }
        }
    }

    @Test
    void crossEntropyStaysFiniteForAProbabilityOfZero() {
        // log(0) is guarded by 1e-300: the loss is -log(1e-300) = 300 ln 10 = 690.78 instead of infinity.
        double loss = CROSS_ENTROPY.loss(SOFTMAX, new double[] {1.0, 0.0}, new double[] {0, 1}, 0, 2);
        assertEquals(300 * Math.log(10), loss, 1e-9);
    }

    @Test
    void crossEntropySupportsOnlySoftmaxAndSigmoidOutputs() {
        assertTrue(CROSS_ENTROPY.supports(SOFTMAX));
        assertTrue(CROSS_ENTROPY.supports(SIGMOID));
        assertFalse(CROSS_ENTROPY.supports(TANH));
        assertFalse(CROSS_ENTROPY.supports(RELU));
        assertFalse(CROSS_ENTROPY.supports(IDENTITY));
        for (Activation a : Activation.values()) {
            assertTrue(MEAN_SQUARED_ERROR.supports(a));
        }
    }

    @Test
    void parsesItsIdsAndAliases() {
        assertEquals(MEAN_SQUARED_ERROR, Loss.parse("mse"));
        assertEquals(MEAN_SQUARED_ERROR, Loss.parse("MEAN_SQUARED_ERROR"));
        assertEquals(CROSS_ENTROPY, Loss.parse("cross-entropy"));
        assertEquals(CROSS_ENTROPY, Loss.parse(" CE "));
        assertRejected(() -> Loss.parse("hinge"), "'hinge'", "mse", "cross-entropy");
    }
}
