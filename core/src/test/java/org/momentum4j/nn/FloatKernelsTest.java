package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scalar float kernels compute their documented formulas element by element in float arithmetic
 * ({@link FloatKernelCase#element}), on narrow rows (updated in place) and wide ones (updated in copies at
 * offset 0), leaving everything outside the row alone. ({@link FloatKernelsVectorTest} then holds the
 * SIMD kernels to the scalar ones' bits.)
 */
class FloatKernelsTest {
    private static final int[] LENGTHS = {1, 7, 31, 32, 40, 100};
    private static final int OFF = 5;

    @ParameterizedTest
    @EnumSource(FloatKernelCase.class)
    void everyKernelComputesItsFormulaInFloat(FloatKernelCase kernel) {
        RandomGenerator r = Network.newRandom(kernel.ordinal());
        FloatKernels k = FloatKernels.scalar(100);
        assertFalse(k.isVector());
        for (int n : LENGTHS) {
            for (float wd : new float[] {0f, 1e-3f}) {
                float[] w = FloatKernelCase.random(r, n + 2 * OFF, 1);
                float[] b = FloatKernelCase.random(r, n + 2 * OFF, 0.1);
                float[] d = FloatKernelCase.random(r, n, 1);
                float x = (float) r.nextDouble(-2, 2);
                float[] expectedW = w.clone();
                float[] expectedB = b.clone();
                int bOff = kernel == FloatKernelCase.AXPY ? 0 : OFF; // axpy's output row starts at 0
                float[] wb = new float[2];
                for (int j = 0; j < n; j++) {
                    wb[0] = w[OFF + j];
                    wb[1] = b[bOff + j];
                    kernel.element(wb, x, d[j], wd);
                    expectedW[OFF + j] = wb[0];
                    expectedB[bOff + j] = wb[1];
                }
                kernel.run(k, w, b, OFF, x, d, n, wd);
                assertArrayEquals(expectedW, w, 0f, kernel + " weights, n = " + n + ", wd = " + wd);
                assertArrayEquals(expectedB, b, 0f, kernel + " buffer, n = " + n + ", wd = " + wd);
            }
        }
    }

    /**
     * axpyRows and outerRows: row after row of axpy and outer, for row counts around the groups of four;
     * axpyRows skips the rows whose input is 0 (a third of them here), which must leave the sums' bits as
     * the formula with every row gives them.
     */
    @Test
    void multiRowKernelsAreTheirRowsInTurn() {
        RandomGenerator r = Network.newRandom(77);
        FloatKernels k = FloatKernels.scalar(100);
        for (int n : LENGTHS) {
            for (int rows = 1; rows <= 9; rows++) {
                float[] w = FloatKernelCase.random(r, OFF + rows * n, 1);
                float[] x = FloatKernelCase.random(r, rows + 2, 1);
                for (int i = 0; i < x.length; i += 3) {
                    x[i] = 0f;
                }
                float[] d = FloatKernelCase.random(r, n, 1);
                float[] a = FloatKernelCase.random(r, n, 1);
                float[] expectedA = a.clone();
                float[] expectedG = new float[w.length];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < n; j++) {
                        expectedA[j] = expectedA[j] + w[OFF + i * n + j] * x[2 + i];
                        expectedG[OFF + i * n + j] = x[2 + i] * d[j];
                    }
                }
                k.axpyRows(a, w, OFF, x, 2, rows, n);
                float[] g = new float[w.length];
                k.outerRows(g, OFF, x, 2, rows, d, n);
                assertArrayEquals(expectedA, a, 0f, "axpyRows, n " + n + ", rows " + rows);
                assertArrayEquals(expectedG, g, 0f, "outerRows, n " + n + ", rows " + rows);
            }
        }
    }

    /**
     * The article's worked example in single precision. The article: w = 3.56, lr = 0.01, its gradient term
     * 2.70 (the negative gradient, so {@code g = -2.70} here), mu = 0.50, previous delta 0.044 (our
     * {@code prev} holds {@code lr * g}, so -0.044): w = 3.56 + 0.01 * 2.70 + 0.50 * 0.044 = 3.609.
     *
     * <p>In float, each constant is first rounded to float ({@code 0.01f}) and, since Java evaluates an
     * operation on two floats in float (JLS 15.4), each operation's result too:
     * {@code s = 0.01f * -2.70f}, {@code w = 3.56f - (s + 0.5f * -0.044f)}, five roundings. That is what the kernel must return, bit for bit; and since each of the five roundings is off by at
     * most half an ulp of a quantity no larger than 3.6, the result is within 3 ulps of 3.609, where the
     * double kernel gets 3.609 within double rounding.
     */
    @Test
    void articleWorkedExampleInFloat() {
        float s = 0.01f * -2.70f;
        float expected = 3.56f - (s + 0.5f * -0.044f);
        float[] w = {3.56f};
        float[] prev = {-0.044f};
        FloatKernels.scalar(1).article(w, prev, 0, 1f, new float[] {-2.70f}, 1, 0.01f, 0.5f, 0f);
        assertEquals(expected, w[0], 0f);
        assertEquals(s, prev[0], 0f, "prev keeps lr * g");
        assertEquals(3.609, w[0], 3 * Math.ulp(3.609f));
        // The float result is not the double one: the 24-bit mantissa shows in the ninth digit.
        assertNotEquals(3.609, (double) w[0]);
    }

    @Test
    void floatUpdatesBelowHalfAnUlpOfTheWeightAreLost() {
        // The trade-off docs/precision.md states: w = 1, an SGD step of lr * g = 0.01 * 2e-6 = 2e-8, below
        // ulp(1f) / 2 = 2^-24 ~ 5.96e-8, rounds back to 1 in float (while double moves by 2e-8).
        float[] w = {1f};
        FloatKernels.scalar(1).sgd(w, 0, 1f, new float[] {2e-6f}, 1, 0.01f, 0f);
        assertEquals(1f, w[0], 0f);
        assertNotEquals(1.0, 1.0 - 0.01 * 2e-6);
    }
}
