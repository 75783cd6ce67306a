package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Vector API float kernels give the scalar kernels' bits: every kernel on rows of every length around
 * the vector widths (tails included) at several offsets, and whole float training runs on a wide network.
 * Needs {@code --add-modules jdk.incubator.vector}: core's build runs the {@code *VectorTest} classes in a
 * surefire execution of their own with it.
 */
class FloatKernelsVectorTest {

    @Test
    void theModuleIsThere() {
        assertTrue(VectorSupport.enabled(), "run with --add-modules jdk.incubator.vector: " + VectorSupport.describe());
        assertTrue(FloatKernels.vector().isVector());
        assertTrue(FloatKernels.preferred(8).isVector());
    }

    @ParameterizedTest
    @EnumSource(FloatKernelCase.class)
    void vectorKernelsGiveTheScalarBits(FloatKernelCase kernel) {
        RandomGenerator r = Network.newRandom(100 + kernel.ordinal());
        FloatKernels scalar = FloatKernels.scalar(200);
        FloatKernels vector = FloatKernels.vector();
        for (int n = 1; n <= 70; n++) {
            for (int off : new int[] {0, 1, 3, 16, 37}) {
                for (float wd : new float[] {0f, 1e-3f}) {
                    float[] w = FloatKernelCase.random(r, n + off + 3, 1);
                    float[] b = FloatKernelCase.random(r, n + off + 3, 0.1);
                    float[] d = FloatKernelCase.random(r, n, 1);
                    float x = (float) r.nextDouble(-2, 2);
                    float[] w2 = w.clone();
                    float[] b2 = b.clone();
                    kernel.run(scalar, w, b, off, x, d, n, wd);
                    kernel.run(vector, w2, b2, off, x, d, n, wd);
                    assertArrayEquals(w, w2, 0f, kernel + " weights, n " + n + ", off " + off);
                    assertArrayEquals(b, b2, 0f, kernel + " buffer, n " + n + ", off " + off);
                }
            }
        }
    }

    @Test
    void multiRowKernelsGiveTheScalarBits() {
        RandomGenerator r = Network.newRandom(7);
        FloatKernels scalar = FloatKernels.scalar(70);
        FloatKernels vector = FloatKernels.vector();
        for (int n = 1; n <= 70; n += 3) {
            for (int rows = 1; rows <= 9; rows++) {
                float[] w = FloatKernelCase.random(r, 3 + rows * n, 1);
                float[] x = FloatKernelCase.random(r, rows + 1, 1);
                for (int i = rows % 3; i < x.length; i += 3) {
                    x[i] = 0f; // skipped by axpyRows
                }
                float[] d = FloatKernelCase.random(r, n, 1);
                float[] a = FloatKernelCase.random(r, n, 1);
                float[] a2 = a.clone();
                scalar.axpyRows(a, w, 3, x, 1, rows, n);
                vector.axpyRows(a2, w, 3, x, 1, rows, n);
                assertArrayEquals(a, a2, 0f, "axpyRows, n " + n + ", rows " + rows);
                float[] g = new float[w.length];
                float[] g2 = new float[w.length];
                scalar.outerRows(g, 3, x, 1, rows, d, n);
                vector.outerRows(g2, 3, x, 1, rows, d, n);
                assertArrayEquals(g, g2, 0f, "outerRows, n " + n + ", rows " + rows);
            }
        }
    }

    @Test
    void floatTrainingWithVectorKernelsGivesTheScalarBits() {
        // 20-48-40-5: wide layers (forward axpy and row updates in vectors), one narrow, tails of 48 and 40.
        Architecture arch = Architecture.of(20, Loss.CROSS_ENTROPY, LayerSpec.of(48, Activation.TANH),
                LayerSpec.of(40, Activation.SIGMOID), LayerSpec.of(5, Activation.SOFTMAX));
        Network init = Network.create(arch, WeightInit.auto(), 9);
        FloatNetwork s = new FloatNetwork(arch, FloatKernels.scalar(FloatNetwork.widest(arch)));
        FloatNetwork v = new FloatNetwork(arch, FloatKernels.vector());
        s.load(init.parameters());
        v.load(init.parameters());
        float[] vs = new float[s.parameters().length];
        float[] vv = new float[vs.length];
        FloatRowUpdate rs = (w, off, x, d, n) -> s.kernels().nesterov(w, vs, off, x, d, n, 0.01f, 0.9f, 1e-4f);
        FloatRowUpdate rv = (w, off, x, d, n) -> v.kernels().nesterov(w, vv, off, x, d, n, 0.01f, 0.9f, 1e-4f);
        FloatWorkspace ws = s.newWorkspace();
        FloatWorkspace wv = v.newWorkspace();
        RandomGenerator r = Network.newRandom(5);
        float[] t = new float[5];
        for (int item = 0; item < 300; item++) {
            float[] x = FloatKernelCase.random(r, 20, 1);
            java.util.Arrays.fill(t, 0f);
            t[item % 5] = 1f;
            double a = s.trainItem(x, 0, t, 0, ws, rs);
            double b = v.trainItem(x, 0, t, 0, wv, rv);
            assertEquals(a, b, 0.0, "loss of item " + item);
        }
        assertArrayEquals(s.parameters(), v.parameters(), 0f);
        assertArrayEquals(vs, vv, 0f);
    }
}
