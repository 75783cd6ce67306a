package org.momentum4j.nn;

/**
 * {@link FloatKernels} as plain loops. C2 (JDK 17 to 25) vectorises a loop only when all its arrays are
 * indexed at equal offsets, so a wide row ({@value FloatKernels#WIDE} units or more) at an offset other than
 * 0 is copied to offset 0, updated there next to {@code d}, and copied back; the copies are intrinsics. A
 * wide row at offset 0 (such as a whole parameter array, see {@link FloatKernels}) is updated in place, and
 * narrow rows too, where copies would cost more than they save. Same operations either way, so the same
 * bits.
 *
 * <p>Each rule's loop is written once at offset 0 (the {@code ...0} methods, used in place or on the
 * copies) and once at an offset (the {@code ...Range} methods over {@code j in [from, n)}, for narrow rows
 * and for the Vector API kernels' elements after their last full vector).
 */
final class ScalarFloatKernels extends FloatKernels {
    /** Scratch copies of a weight row and of its buffer row, and of three more weight rows for axpyRows. */
    private final float[] rw;
    private final float[] rb;
    private final float[] r1;
    private final float[] r2;
    private final float[] r3;

    ScalarFloatKernels(int widest) {
        rw = new float[widest];
        rb = new float[widest];
        r1 = new float[widest];
        r2 = new float[widest];
        r3 = new float[widest];
    }

    @Override
    public boolean isVector() {
        return false;
    }

    @Override
    public void axpy(float[] a, float[] w, int off, float x, int n) {
        if (n >= WIDE) {
            float[] r = rw;
            System.arraycopy(w, off, r, 0, n);
            for (int j = 0; j < n; j++) {
                a[j] += r[j] * x;
            }
        } else {
            axpyRange(a, w, off, x, 0, n);
        }
    }

    /**
     * Wide rows four at a time, each copied to a scratch row at offset 0: one pass over {@code a} per four
     * inputs. {@code (((a + w0 x0) + w1 x1) + w2 x2) + w3 x3} is evaluated left to right, one rounding per
     * operation, exactly as four {@link #axpy} calls (measured on JDK 17, W2's 784 x 100 layer: 30% less
     * time than one row per pass).
     */
    @Override
    public void axpyRows(float[] a, float[] w, int off, float[] x, int xOff, int rows, int n) {
        int m = nonzeroRows(off, x, xOff, rows, n);
        int[] offs = rowOffsets;
        float[] xs = rowInputs;
        int k = 0;
        if (n >= WIDE) {
            float[] q0 = rw;
            float[] q1 = r1;
            float[] q2 = r2;
            float[] q3 = r3;
            for (; k + 4 <= m; k += 4) {
                float x0 = xs[k];
                float x1 = xs[k + 1];
                float x2 = xs[k + 2];
                float x3 = xs[k + 3];
                System.arraycopy(w, offs[k], q0, 0, n);
                System.arraycopy(w, offs[k + 1], q1, 0, n);
                System.arraycopy(w, offs[k + 2], q2, 0, n);
                System.arraycopy(w, offs[k + 3], q3, 0, n);
                for (int j = 0; j < n; j++) {
                    a[j] = (((a[j] + q0[j] * x0) + q1[j] * x1) + q2[j] * x2) + q3[j] * x3;
                }
            }
        }
        for (; k < m; k++) {
            axpy(a, w, offs[k], xs[k], n);
        }
    }

    static void axpyRange(float[] a, float[] w, int off, float x, int from, int n) {
        for (int j = from; j < n; j++) {
            a[j] += w[off + j] * x;
        }
    }

    @Override
    public void outer(float[] g, int off, float x, float[] d, int n) {
        if (n >= WIDE) {
            float[] r = rw;
            for (int j = 0; j < n; j++) {
                r[j] = x * d[j];
            }
            System.arraycopy(r, 0, g, off, n);
        } else {
            outerRange(g, off, x, d, 0, n);
        }
    }

    /** Wide rows four at a time: one pass over {@code d} per four rows, each written at offset 0 and copied. */
    @Override
    public void outerRows(float[] g, int off, float[] x, int xOff, int rows, float[] d, int n) {
        int i = 0;
        if (n >= WIDE) {
            float[] q0 = rw;
            float[] q1 = r1;
            float[] q2 = r2;
            float[] q3 = r3;
            for (; i + 4 <= rows; i += 4, off += 4 * n) {
                float x0 = x[xOff + i];
                float x1 = x[xOff + i + 1];
                float x2 = x[xOff + i + 2];
                float x3 = x[xOff + i + 3];
                for (int j = 0; j < n; j++) {
                    float dj = d[j];
                    q0[j] = x0 * dj;
                    q1[j] = x1 * dj;
                    q2[j] = x2 * dj;
                    q3[j] = x3 * dj;
                }
                System.arraycopy(q0, 0, g, off, n);
                System.arraycopy(q1, 0, g, off + n, n);
                System.arraycopy(q2, 0, g, off + 2 * n, n);
                System.arraycopy(q3, 0, g, off + 3 * n, n);
            }
        }
        for (; i < rows; i++, off += n) {
            outer(g, off, x[xOff + i], d, n);
        }
    }

    static void outerRange(float[] g, int off, float x, float[] d, int from, int n) {
        for (int j = from; j < n; j++) {
            g[off + j] = x * d[j];
        }
    }

    @Override
    public void sgd(float[] w, int off, float x, float[] d, int n, float lr, float wd) {
        if (n < WIDE) {
            sgdRange(w, off, x, d, 0, n, lr, wd);
        } else if (off == 0) {
            sgd0(w, x, d, n, lr, wd);
        } else {
            System.arraycopy(w, off, rw, 0, n);
            sgd0(rw, x, d, n, lr, wd);
            System.arraycopy(rw, 0, w, off, n);
        }
    }

    private static void sgd0(float[] w, float x, float[] d, int n, float lr, float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            w[j] -= lr * g;
        }
    }

    static void sgdRange(float[] w, int off, float x, float[] d, int from, int n, float lr, float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            w[off + j] -= lr * g;
        }
    }

    @Override
    public void article(float[] w, float[] p, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        if (n < WIDE) {
            articleRange(w, p, off, x, d, 0, n, lr, mu, wd);
        } else if (off == 0) {
            article0(w, p, x, d, n, lr, mu, wd);
        } else {
            copyIn(w, p, off, n);
            article0(rw, rb, x, d, n, lr, mu, wd);
            copyOut(w, p, off, n);
        }
    }

    private static void article0(float[] w, float[] p, float x, float[] d, int n, float lr, float mu, float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            float s = lr * g;
            w[j] -= s + mu * p[j];
            p[j] = s;
        }
    }

    static void articleRange(float[] w, float[] p, int off, float x, float[] d, int from, int n, float lr, float mu,
                             float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            float s = lr * g;
            w[off + j] -= s + mu * p[off + j];
            p[off + j] = s;
        }
    }

    @Override
    public void heavyBall(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        if (n < WIDE) {
            heavyBallRange(w, v, off, x, d, 0, n, lr, mu, wd);
        } else if (off == 0) {
            heavyBall0(w, v, x, d, n, lr, mu, wd);
        } else {
            copyIn(w, v, off, n);
            heavyBall0(rw, rb, x, d, n, lr, mu, wd);
            copyOut(w, v, off, n);
        }
    }

    private static void heavyBall0(float[] w, float[] v, float x, float[] d, int n, float lr, float mu, float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            float vi = mu * v[j] - lr * g;
            v[j] = vi;
            w[j] += vi;
        }
    }

    static void heavyBallRange(float[] w, float[] v, int off, float x, float[] d, int from, int n, float lr, float mu,
                               float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            float vi = mu * v[off + j] - lr * g;
            v[off + j] = vi;
            w[off + j] += vi;
        }
    }

    @Override
    public void heavyBallFirst(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float wd) {
        heavyBallFirstRange(w, v, off, x, d, 0, n, lr, wd); // once per run: no copies
    }

    static void heavyBallFirstRange(float[] w, float[] v, int off, float x, float[] d, int from, int n, float lr,
                                    float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            v[off + j] = g;
            w[off + j] -= lr * g;
        }
    }

    @Override
    public void heavyBallOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float keep,
                             float wd) {
        if (n < WIDE) {
            heavyBallOutRange(w, v, off, x, d, 0, n, lr, mu, keep, wd);
        } else if (off == 0) {
            heavyBallOut0(w, v, x, d, n, lr, mu, keep, wd);
        } else {
            copyIn(w, v, off, n);
            heavyBallOut0(rw, rb, x, d, n, lr, mu, keep, wd);
            copyOut(w, v, off, n);
        }
    }

    private static void heavyBallOut0(float[] w, float[] v, float x, float[] d, int n, float lr, float mu, float keep,
                                      float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            float bi = mu * v[j] + keep * g;
            v[j] = bi;
            w[j] -= lr * bi;
        }
    }

    static void heavyBallOutRange(float[] w, float[] v, int off, float x, float[] d, int from, int n, float lr,
                                  float mu, float keep, float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            float bi = mu * v[off + j] + keep * g;
            v[off + j] = bi;
            w[off + j] -= lr * bi;
        }
    }

    @Override
    public void nesterov(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        if (n < WIDE) {
            nesterovRange(w, v, off, x, d, 0, n, lr, mu, wd);
        } else if (off == 0) {
            nesterov0(w, v, x, d, n, lr, mu, wd);
        } else {
            copyIn(w, v, off, n);
            nesterov0(rw, rb, x, d, n, lr, mu, wd);
            copyOut(w, v, off, n);
        }
    }

    private static void nesterov0(float[] w, float[] v, float x, float[] d, int n, float lr, float mu, float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            float s = lr * g;
            float vi = mu * v[j] - s;
            v[j] = vi;
            w[j] += mu * vi - s;
        }
    }

    static void nesterovRange(float[] w, float[] v, int off, float x, float[] d, int from, int n, float lr, float mu,
                              float wd) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            float s = lr * g;
            float vi = mu * v[off + j] - s;
            v[off + j] = vi;
            w[off + j] += mu * vi - s;
        }
    }

    @Override
    public void nesterovOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd,
                            boolean first) {
        if (n < WIDE || first) {
            nesterovOutRange(w, v, off, x, d, 0, n, lr, mu, wd, first); // the first step runs once: no copies
        } else if (off == 0) {
            nesterovOut0(w, v, x, d, n, lr, mu, wd);
        } else {
            copyIn(w, v, off, n);
            nesterovOut0(rw, rb, x, d, n, lr, mu, wd);
            copyOut(w, v, off, n);
        }
    }

    private static void nesterovOut0(float[] w, float[] v, float x, float[] d, int n, float lr, float mu, float wd) {
        for (int j = 0; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[j];
            }
            float bi = mu * v[j] + g;
            v[j] = bi;
            w[j] -= lr * (g + mu * bi);
        }
    }

    static void nesterovOutRange(float[] w, float[] v, int off, float x, float[] d, int from, int n, float lr,
                                 float mu, float wd, boolean first) {
        for (int j = from; j < n; j++) {
            float g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            float bi = first ? g : mu * v[off + j] + g;
            v[off + j] = bi;
            w[off + j] -= lr * (g + mu * bi);
        }
    }

    private void copyIn(float[] w, float[] b, int off, int n) {
        System.arraycopy(w, off, rw, 0, n);
        System.arraycopy(b, off, rb, 0, n);
    }

    private void copyOut(float[] w, float[] b, int off, int n) {
        System.arraycopy(rw, 0, w, off, n);
        System.arraycopy(rb, 0, b, off, n);
    }
}
