package org.momentum4j.nn;

/**
 * {@link FloatKernels} as plain loops. C2 (JDK 17 to 25) vectorises a loop only when all its arrays are
 * indexed at equal offsets, so a wide row ({@value FloatKernels#WIDE} units or more) is copied to offset 0,
 * updated there next to {@code d}, and copied back; the copies are intrinsics. Narrow rows are updated in
 * place, where copies would cost more than they save. Same operations either way, so the same bits.
 *
 * <p>The static {@code ...Range} methods are the in-place loops over {@code j in [from, n)}; the Vector API
 * kernels use them for the elements after their last full vector, so the formulas are written once per form.
 */
final class ScalarFloatKernels extends FloatKernels {
    /** Scratch copies of a weight row and of its buffer row. */
    private final float[] rw;
    private final float[] rb;

    ScalarFloatKernels(int widest) {
        rw = new float[widest];
        rb = new float[widest];
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

    static void axpyRange(float[] a, float[] w, int off, float x, int from, int n) {
        for (int j = from; j < n; j++) {
            a[j] += w[off + j] * x;
        }
    }

    @Override
    public void sgd(float[] w, int off, float x, float[] d, int n, float lr, float wd) {
        if (n >= WIDE) {
            float[] r = rw;
            System.arraycopy(w, off, r, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                r[j] -= lr * g;
            }
            System.arraycopy(r, 0, w, off, n);
        } else {
            sgdRange(w, off, x, d, 0, n, lr, wd);
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
        if (n >= WIDE) {
            float[] r = rw;
            float[] q = rb;
            System.arraycopy(w, off, r, 0, n);
            System.arraycopy(p, off, q, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                float s = lr * g;
                r[j] -= s + mu * q[j];
                q[j] = s;
            }
            System.arraycopy(r, 0, w, off, n);
            System.arraycopy(q, 0, p, off, n);
        } else {
            articleRange(w, p, off, x, d, 0, n, lr, mu, wd);
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
        if (n >= WIDE) {
            float[] r = rw;
            float[] q = rb;
            System.arraycopy(w, off, r, 0, n);
            System.arraycopy(v, off, q, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                float vi = mu * q[j] - lr * g;
                q[j] = vi;
                r[j] += vi;
            }
            System.arraycopy(r, 0, w, off, n);
            System.arraycopy(q, 0, v, off, n);
        } else {
            heavyBallRange(w, v, off, x, d, 0, n, lr, mu, wd);
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
        if (n >= WIDE) {
            float[] r = rw;
            float[] q = rb;
            System.arraycopy(w, off, r, 0, n);
            System.arraycopy(v, off, q, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                float bi = mu * q[j] + keep * g;
                q[j] = bi;
                r[j] -= lr * bi;
            }
            System.arraycopy(r, 0, w, off, n);
            System.arraycopy(q, 0, v, off, n);
        } else {
            heavyBallOutRange(w, v, off, x, d, 0, n, lr, mu, keep, wd);
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
        if (n >= WIDE) {
            float[] r = rw;
            float[] q = rb;
            System.arraycopy(w, off, r, 0, n);
            System.arraycopy(v, off, q, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                float s = lr * g;
                float vi = mu * q[j] - s;
                q[j] = vi;
                r[j] += mu * vi - s;
            }
            System.arraycopy(r, 0, w, off, n);
            System.arraycopy(q, 0, v, off, n);
        } else {
            nesterovRange(w, v, off, x, d, 0, n, lr, mu, wd);
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
        if (n >= WIDE && !first) {
            float[] r = rw;
            float[] q = rb;
            System.arraycopy(w, off, r, 0, n);
            System.arraycopy(v, off, q, 0, n);
            for (int j = 0; j < n; j++) {
                float g = x * d[j];
                if (wd != 0) {
                    g += wd * r[j];
                }
                float bi = mu * q[j] + g;
                q[j] = bi;
                r[j] -= lr * (g + mu * bi);
            }
            System.arraycopy(r, 0, w, off, n);
            System.arraycopy(q, 0, v, off, n);
        } else {
            nesterovOutRange(w, v, off, x, d, 0, n, lr, mu, wd, first);
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
}
