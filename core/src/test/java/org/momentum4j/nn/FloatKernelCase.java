package org.momentum4j.nn;

import java.util.random.RandomGenerator;

/**
 * Each {@link FloatKernels} operation, with random rows to run it on and, for {@link FloatKernelsTest}, the
 * formula of its javadoc written out for one element in float arithmetic.
 */
enum FloatKernelCase {
    AXPY, OUTER, SGD, ARTICLE, HEAVY_BALL, HEAVY_BALL_FIRST, HEAVY_BALL_OUT, NESTEROV, NESTEROV_OUT_FIRST, NESTEROV_OUT;

    static final float LR = 0.03f;
    static final float MU = 0.9f;
    static final float KEEP = 0.75f;

    /** Runs the kernel on {@code w[off ..]} and {@code b[off ..]} (the buffer; the output row for AXPY). */
    void run(FloatKernels k, float[] w, float[] b, int off, float x, float[] d, int n, float wd) {
        switch (this) {
            case AXPY -> k.axpy(b, w, off, x, n);
            case OUTER -> k.outer(w, off, x, d, n);
            case SGD -> k.sgd(w, off, x, d, n, LR, wd);
            case ARTICLE -> k.article(w, b, off, x, d, n, LR, MU, wd);
            case HEAVY_BALL -> k.heavyBall(w, b, off, x, d, n, LR, MU, wd);
            case HEAVY_BALL_FIRST -> k.heavyBallFirst(w, b, off, x, d, n, LR, wd);
            case HEAVY_BALL_OUT -> k.heavyBallOut(w, b, off, x, d, n, LR, MU, KEEP, wd);
            case NESTEROV -> k.nesterov(w, b, off, x, d, n, LR, MU, wd);
            case NESTEROV_OUT_FIRST -> k.nesterovOut(w, b, off, x, d, n, LR, MU, wd, true);
            case NESTEROV_OUT -> k.nesterovOut(w, b, off, x, d, n, LR, MU, wd, false);
            default -> throw new AssertionError(this);
        }
    }

    /**
     * The formula for one element: {@code wb[0]} is the weight, {@code wb[1]} the buffer value (the output
     * value for AXPY); both are replaced by their new values. Every operation is a float operation.
     */
    void element(float[] wb, float x, float dj, float wd) {
        float w = wb[0];
        float b = wb[1];
        float g = x * dj;
        if (wd != 0) {
            g = g + wd * w;
        }
        switch (this) {
            case AXPY -> b = b + w * x;
            case OUTER -> w = x * dj;
            case SGD -> w = w - LR * g;
            case ARTICLE -> {
                float s = LR * g;
                w = w - (s + MU * b);
                b = s;
            }
            case HEAVY_BALL -> {
                b = MU * b - LR * g;
                w = w + b;
            }
            case HEAVY_BALL_FIRST -> {
                b = g;
                w = w - LR * g;
            }
            case HEAVY_BALL_OUT -> {
                b = MU * b + KEEP * g;
                w = w - LR * b;
            }
            case NESTEROV -> {
                float s = LR * g;
                b = MU * b - s;
                w = w + (MU * b - s);
            }
            case NESTEROV_OUT_FIRST -> {
                b = g;
                w = w - LR * (g + MU * b);
            }
            case NESTEROV_OUT -> {
                b = MU * b + g;
                w = w - LR * (g + MU * b);
            }
            default -> throw new AssertionError(this);
        }
        wb[0] = w;
        wb[1] = b;
    }

    static float[] random(RandomGenerator r, int n, double scale) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble(-1, 1) * scale);
        }
        return v;
    }
}
