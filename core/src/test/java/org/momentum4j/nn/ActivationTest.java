package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class ActivationTest {
    private static final double EPS = 1e-15;

    @Test
    void softmaxOfOneTwoThree() {
        // a_j = e^j / (e^1 + e^2 + e^3), from the definition (java.lang.Math, independent of the engine).
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        double[] v = {1, 2, 3};
        Activation.SOFTMAX.apply(v, 0, 3);
        assertArrayEquals(new double[] {Math.exp(1) / sum, Math.exp(2) / sum, Math.exp(3) / sum}, v, EPS);
        // The same written out to 16 digits.
        assertArrayEquals(new double[] {0.0900305731703805, 0.2447284710547976, 0.6652409557748219}, v, 1e-15);
    }

    @Test
    void softmaxIsShiftInvariantAndDoesNotOverflow() {
        // exp(1003) overflows a double; subtracting the maximum first keeps the result finite and unchanged.
        double[] v = {1001, 1002, 1003};
        Activation.SOFTMAX.apply(v, 0, 3);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertArrayEquals(new double[] {Math.exp(1) / sum, Math.exp(2) / sum, Math.exp(3) / sum}, v, EPS);
    }

    @Test
    void applyTouchesOnlyTheGivenRange() {
        double[] v = {7, 0, 0, 7};
        Activation.SOFTMAX.apply(v, 1, 2);
        assertArrayEquals(new double[] {7, 0.5, 0.5, 7}, v);
        double[] r = {-1, -1, -1};
        Activation.RELU.apply(r, 1, 1);
        assertArrayEquals(new double[] {-1, 0, -1}, r);
    }

    @Test
    void sigmoidValuesAndSaturation() {
        double[] v = {0, 2, -2, 800, -800};
        Activation.SIGMOID.apply(v, 0, v.length);
        assertEquals(0.5, v[0]);
        assertEquals(1 / (1 + Math.exp(-2)), v[1], EPS);
        assertEquals(1 - 1 / (1 + Math.exp(-2)), v[2], EPS);     // sigma(-z) = 1 - sigma(z)
        assertEquals(1.0, v[3]);
        assertEquals(0.0, v[4]);                                  // 1 / (1 + e^800): underflows to 0, no NaN
    }

    @Test
    void sigmoidDerivativeIsAOneMinusA() {
        // a = sigma(ln 3) = 3/4, so f'(z) = a (1 - a) = 3/16; at z = 0: 1/4.
        double[] a = {0.75, 0.5};
        double[] delta = {2, 1};
        Activation.SIGMOID.multiplyByDerivative(a, delta, 2);
        assertArrayEquals(new double[] {2 * 0.1875, 0.25}, delta, EPS);
    }

    @Test
    void tanhAndItsDerivative() {
        double[] v = {0.5, -3};
        Activation.TANH.apply(v, 0, 2);
        assertArrayEquals(new double[] {Math.tanh(0.5), Math.tanh(-3)}, v, EPS);
        // tanh'(z) = 1 - tanh(z)^2 = 1 / cosh(z)^2, computed from the output a = tanh(z).
        double[] delta = {2, 1};
        Activation.TANH.multiplyByDerivative(v, delta, 2);
        assertArrayEquals(new double[] {2 / Math.pow(Math.cosh(0.5), 2), 1 / Math.pow(Math.cosh(3), 2)}, delta, 1e-14);
    }

    @Test
    void reluAndItsDerivative() {
        double[] v = {-1.5, 0, 2.5};
        Activation.RELU.apply(v, 0, 3);
        assertArrayEquals(new double[] {0, 0, 2.5}, v);
        // f'(z) = 1 for z > 0, else 0 (also at the kink z = 0).
        double[] delta = {4, 4, 4};
        Activation.RELU.multiplyByDerivative(v, delta, 3);
        assertArrayEquals(new double[] {0, 0, 4}, delta);
    }

    @Test
    void identityChangesNothing() {
        double[] v = {-2, 3};
        Activation.IDENTITY.apply(v, 0, 2);
        assertArrayEquals(new double[] {-2, 3}, v);
        double[] delta = {5, 6};
        Activation.IDENTITY.multiplyByDerivative(v, delta, 2);
        assertArrayEquals(new double[] {5, 6}, delta);
    }

    @Test
    void softmaxHasNoElementWiseDerivative() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Activation.SOFTMAX.multiplyByDerivative(new double[2], new double[2], 2));
        assertTrue(e.getMessage().contains("softmax"), e.getMessage());
    }

    @Test
    void parsesItsIdsIgnoringCase() {
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.parse(a.id()));
        }
        assertEquals(Activation.TANH, Activation.parse(" TanH "));
        assertRejected(() -> Activation.parse("gelu"), "'gelu'", "identity, sigmoid, tanh, relu, softmax");
    }
}
