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

    /** {@code g = x * d[j]}, plus {@code wd * w} when weight decay is on. */
    private static FloatVector gradient(FloatVector dv, float x, FloatVector wv, float wd) {
        FloatVector g = dv.mul(x);
        return wd != 0 ? g.add(wv.mul(wd)) : g;
    }

    @Override
    public void sgd(float[] w, int off, float x, float[] d, int n, float lr, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector g = gradient(FloatVector.fromArray(S, d, j), x, wv, wd);
            wv.sub(g.mul(lr)).intoArray(w, off + j);
        }
        ScalarFloatKernels.sgdRange(w, off, x, d, j, n, lr, wd);
    }

    @Override
    public void article(float[] w, float[] p, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector pv = FloatVector.fromArray(S, p, off + j);
            FloatVector s = gradient(FloatVector.fromArray(S, d, j), x, wv, wd).mul(lr);
            wv.sub(s.add(pv.mul(mu))).intoArray(w, off + j);
            s.intoArray(p, off + j);
        }
        ScalarFloatKernels.articleRange(w, p, off, x, d, j, n, lr, mu, wd);
    }

    @Override
    public void heavyBall(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector vv = FloatVector.fromArray(S, v, off + j);
            FloatVector g = gradient(FloatVector.fromArray(S, d, j), x, wv, wd);
            FloatVector vi = vv.mul(mu).sub(g.mul(lr));
            vi.intoArray(v, off + j);
            wv.add(vi).intoArray(w, off + j);
        }
        ScalarFloatKernels.heavyBallRange(w, v, off, x, d, j, n, lr, mu, wd);
    }

    @Override
    public void heavyBallFirst(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector g = gradient(FloatVector.fromArray(S, d, j), x, wv, wd);
            g.intoArray(v, off + j);
            wv.sub(g.mul(lr)).intoArray(w, off + j);
        }
        ScalarFloatKernels.heavyBallFirstRange(w, v, off, x, d, j, n, lr, wd);
    }

    @Override
    public void heavyBallOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float keep,
                             float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector vv = FloatVector.fromArray(S, v, off + j);
            FloatVector g = gradient(FloatVector.fromArray(S, d, j), x, wv, wd);
            FloatVector bi = vv.mul(mu).add(g.mul(keep));
            bi.intoArray(v, off + j);
            wv.sub(bi.mul(lr)).intoArray(w, off + j);
        }
        ScalarFloatKernels.heavyBallOutRange(w, v, off, x, d, j, n, lr, mu, keep, wd);
    }

    @Override
    public void nesterov(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector vv = FloatVector.fromArray(S, v, off + j);
            FloatVector s = gradient(FloatVector.fromArray(S, d, j), x, wv, wd).mul(lr);
            FloatVector vi = vv.mul(mu).sub(s);
            vi.intoArray(v, off + j);
            wv.add(vi.mul(mu).sub(s)).intoArray(w, off + j);
        }
        ScalarFloatKernels.nesterovRange(w, v, off, x, d, j, n, lr, mu, wd);
    }

    @Override
    public void nesterovOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu, float wd,
                            boolean first) {
        int end = S.loopBound(n);
        int j = 0;
        for (; j < end; j += S.length()) {
            FloatVector wv = FloatVector.fromArray(S, w, off + j);
            FloatVector g = gradient(FloatVector.fromArray(S, d, j), x, wv, wd);
            FloatVector bi = first ? g : FloatVector.fromArray(S, v, off + j).mul(mu).add(g);
            bi.intoArray(v, off + j);
            wv.sub(g.add(bi.mul(mu)).mul(lr)).intoArray(w, off + j);
        }
        ScalarFloatKernels.nesterovOutRange(w, v, off, x, d, j, n, lr, mu, wd, first);
    }
}
