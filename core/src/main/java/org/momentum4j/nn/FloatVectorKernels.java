package org.momentum4j.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernels} on the JDK's incubating Vector API, {@link FloatVector#SPECIES_PREFERRED} lanes at a
 * time, reading rows in place at any offset (where C2 would not vectorise the plain loop). Only loaded when
 * {@link VectorSupport#enabled()}.
 *
 * <p>Same bits as {@link ScalarFloatKernels}: each lane does that element's operations in the scalar
 * loop's order ({@code lanewise} multiply, add, subtract; never {@code fma}), and the elements after the
 * last full vector go through the scalar loops themselves. Operands of a multiplication or an addition may
 * be swapped ({@code d * x} for {@code x * d}): IEEE 754 makes both commutative.
 *
 * <p>No vector is ever chosen by a Java conditional (with or without weight decay): C2 (JDK 17) cannot keep
 * a vector that two branches merge in registers and allocates it on the heap, per row, once both branches
 * have run in the JVM. Each rule has a loop without and a loop with weight decay instead (a lane blend
 * under a mask would do too, but measured twice as slow on a whole parameter array), and the lr-outside
 * rules' first step, once per run, is the scalar loop.
 */
final class FloatVectorKernels extends FloatKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    @Override
    public boolean isVector() {
        return true;
    }

    @Override
    public void axpy(float[] a, float[] w, int off, float x, int n) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector av = FloatVector.fromArray(S, a, j);
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            av.add(wv.mul(x)).intoArray(a, j);
        }
        ScalarFloatKernels.axpyRange(a, w, off, x, j, n);
    }

    @Override
    public void outer(float[] g, int off, float x, float[] d, int n) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector.fromArray(S, d, j).mul(x).intoArray(g, off + j);
        }
        ScalarFloatKernels.outerRange(g, off, x, d, j, n);
    }

    /** Four rows per pass over {@code a}, added left to right as four {@link #axpy} calls would. */
    @Override
    public void axpyRows(float[] a, float[] w, int off, float[] x, int xOff, int rows, int n) {
        int m = nonzeroRows(off, x, xOff, rows, n);
        int[] offs = rowOffsets;
        float[] xs = rowInputs;
        int end = S.loopBound(n);
        int k = 0;
        for (; k + 4 <= m; k += 4) {
            int o0 = offs[k];
            int o1 = offs[k + 1];
            int o2 = offs[k + 2];
            int o3 = offs[k + 3];
            float x0 = xs[k];
            float x1 = xs[k + 1];
            float x2 = xs[k + 2];
            float x3 = xs[k + 3];
            int j = 0;
            for (; j < end; j += S.length()) {
                FloatVector av = FloatVector.fromArray(S, a, j);
                av = av.add(FloatVector.fromArray(S, w, o0 + j).mul(x0));
                av = av.add(FloatVector.fromArray(S, w, o1 + j).mul(x1));
                av = av.add(FloatVector.fromArray(S, w, o2 + j).mul(x2));
                av = av.add(FloatVector.fromArray(S, w, o3 + j).mul(x3));
                av.intoArray(a, j);
            }
            for (; j < n; j++) {
                a[j] = (((a[j] + w[o0 + j] * x0) + w[o1 + j] * x1) + w[o2 + j] * x2) + w[o3 + j] * x3;
            }
        }
        for (; k < m; k++) {
            axpy(a, w, offs[k], xs[k], n);
        }
    }

    /** Four rows per pass over {@code d}. */
    @Override
    public void outerRows(float[] g, int off, float[] x, int xOff, int rows, float[] d, int n) {
        int i = 0;
        int end = S.loopBound(n);
        for (; i + 4 <= rows; i += 4, off += 4 * n) {
            float x0 = x[xOff + i];
            float x1 = x[xOff + i + 1];
            float x2 = x[xOff + i + 2];
            float x3 = x[xOff + i + 3];
            int j = 0;
            for (; j < end; j += S.length()) {
                FloatVector dv = FloatVector.fromArray(S, d, j);
                dv.mul(x0).intoArray(g, off + j);
                dv.mul(x1).intoArray(g, off + n + j);
                dv.mul(x2).intoArray(g, off + 2 * n + j);
                dv.mul(x3).intoArray(g, off + 3 * n + j);
            }
            for (; j < n; j++) {
                float dj = d[j];
                g[off + j] = x0 * dj;
                g[off + n + j] = x1 * dj;
                g[off + 2 * n + j] = x2 * dj;
                g[off + 3 * n + j] = x3 * dj;
            }
        }
        for (; i < rows; i++, off += n) {
            outer(g, off, x[xOff + i], d, n);
        }
    }

    // Each rule has two vector loops, without and with weight decay, chosen once per call: see the class
    // comment for why a vector is never chosen by a Java conditional inside the loop.

    @Override
    public void sgd(float[] w, int off, float x, float[] d, int n, float lr, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x);
                wv.sub(g.mul(lr)).intoArray(w, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd));
                wv.sub(g.mul(lr)).intoArray(w, off + j);
            }
        }
        ScalarFloatKernels.sgdRange(w, off, x, d, j, n, lr, wd);
    }

    @Override
    public void article(float[] w, float[] p, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector pv = FloatVector.fromArray(S, p, off + j);
                FloatVector s = FloatVector.fromArray(S, d, j).mul(x).mul(lr);
                wv.sub(s.add(pv.mul(mu))).intoArray(w, off + j);
                s.intoArray(p, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector pv = FloatVector.fromArray(S, p, off + j);
                FloatVector s = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd)).mul(lr);
                wv.sub(s.add(pv.mul(mu))).intoArray(w, off + j);
                s.intoArray(p, off + j);
            }
        }
        ScalarFloatKernels.articleRange(w, p, off, x, d, j, n, lr, mu, wd);
    }

    @Override
    public void heavyBall(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x);
                FloatVector vi = FloatVector.fromArray(S, v, off + j).mul(mu).sub(g.mul(lr));
                vi.intoArray(v, off + j);
                wv.add(vi).intoArray(w, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd));
                FloatVector vi = FloatVector.fromArray(S, v, off + j).mul(mu).sub(g.mul(lr));
                vi.intoArray(v, off + j);
                wv.add(vi).intoArray(w, off + j);
            }
        }
        ScalarFloatKernels.heavyBallRange(w, v, off, x, d, j, n, lr, mu, wd);
    }

    /** Runs once per training run: the scalar loop. */
    @Override
    public void heavyBallFirst(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float wd) {
        ScalarFloatKernels.heavyBallFirstRange(w, v, off, x, d, 0, n, lr, wd);
    }

    @Override
    public void heavyBallOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float keep,
                             float wd) {
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x);
                FloatVector bi = FloatVector.fromArray(S, v, off + j).mul(mu).add(g.mul(keep));
                bi.intoArray(v, off + j);
                wv.sub(bi.mul(lr)).intoArray(w, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd));
                FloatVector bi = FloatVector.fromArray(S, v, off + j).mul(mu).add(g.mul(keep));
                bi.intoArray(v, off + j);
                wv.sub(bi.mul(lr)).intoArray(w, off + j);
            }
        }
        ScalarFloatKernels.heavyBallOutRange(w, v, off, x, d, j, n, lr, mu, keep, wd);
    }

    @Override
    public void nesterov(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector s = FloatVector.fromArray(S, d, j).mul(x).mul(lr);
                FloatVector vi = FloatVector.fromArray(S, v, off + j).mul(mu).sub(s);
                vi.intoArray(v, off + j);
                wv.add(vi.mul(mu).sub(s)).intoArray(w, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector s = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd)).mul(lr);
                FloatVector vi = FloatVector.fromArray(S, v, off + j).mul(mu).sub(s);
                vi.intoArray(v, off + j);
                wv.add(vi.mul(mu).sub(s)).intoArray(w, off + j);
            }
        }
        ScalarFloatKernels.nesterovRange(w, v, off, x, d, j, n, lr, mu, wd);
    }

    @Override
    public void nesterovOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd,
                            boolean first) {
        if (first) { // once per training run: the scalar loop
            ScalarFloatKernels.nesterovOutRange(w, v, off, x, d, 0, n, lr, mu, wd, true);
            return;
        }
        int end = S.loopBound(n);
        int j = 0;
        if (wd == 0) {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x);
                FloatVector bi = FloatVector.fromArray(S, v, off + j).mul(mu).add(g);
                bi.intoArray(v, off + j);
                wv.sub(g.add(bi.mul(mu)).mul(lr)).intoArray(w, off + j);
            }
        } else {
            for (; j < end; j += S.length()) {
                FloatVector wv = FloatVector.fromArray(S, w, off + j);
                FloatVector g = FloatVector.fromArray(S, d, j).mul(x).add(wv.mul(wd));
                FloatVector bi = FloatVector.fromArray(S, v, off + j).mul(mu).add(g);
                bi.intoArray(v, off + j);
                wv.sub(g.add(bi.mul(mu)).mul(lr)).intoArray(w, off + j);
            }
        }
        ScalarFloatKernels.nesterovOutRange(w, v, off, x, d, j, n, lr, mu, wd, false);
    }
}
