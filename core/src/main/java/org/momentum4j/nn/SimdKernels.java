package org.momentum4j.nn;

/**
 * SIMD versions of the loops that dominate training time, for the optional Vector API fast path (see
 * {@link VectorSupport}). They work on a block of {@code rows} consecutive rows of {@code n} parameters
 * starting at {@code off}: a layer's weights, row {@code r} being those from input {@code xs[xOff + r]};
 * {@code d} is the layer's delta, so row {@code r}'s gradient is {@code g[j] = xs[xOff + r] * d[j]}. Each
 * method does exactly what its formula says, element by element and in that order, so results have the same
 * bits as the plain loops (no fused multiply-add, no reordering of sums).
 *
 * <p>Use {@link VectorSupport#kernels()}: {@code null} when the fast path is off.
 */
public interface SimdKernels {
    /**
     * Rows shorter than this stay in plain loops: the vectors would mostly be the scalar tail, and the plain
     * loops of narrow layers are already the fastest form there.
     */
    int MIN_ROW = 16;

    /** The vectors' width in bits. */
    int vectorBits();

    /** {@code g[off + j] = x * d[j]}, or {@code +=} when {@code accumulate}: one gradient row. */
    void outer(double[] g, int off, double x, double[] d, int n, boolean accumulate);

    /**
     * {@code a[j] += w[off + i * n + j] * xs[xOff + i]} for {@code j < n} and each input {@code i = inputs[q]},
     * {@code q = 0, 1, .. m - 1} in turn: a layer's sums over one item's nonzero inputs, listed in
     * {@code inputs} ({@link Network#forward}).
     */
    void sparseSums(double[] a, double[] w, int off, int n, int[] inputs, int m, double[] xs, int xOff);

    /**
     * {@code g[off + j] = sum_b xs[b] * d[b][dOff + j]} over {@code b < count} in order, added to what
     * {@code g} holds when {@code accumulate}, {@code j < n}: a row of a mini-batch's summed gradient
     * ({@link Network#sumGradient}).
     */
    void gradientRow(double[] g, int off, double[] xs, double[][] d, int dOff, int count, int n, boolean accumulate);

    /** Plain SGD: {@code w -= lr * g}. */
    void sgd(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n, double lr);

    /** The article's rule: {@code s = lr * g; w -= s + mu * prev; prev = s}. */
    void article(double[] w, double[] prev, int off, double[] xs, int xOff, int rows, double[] d, int n, double lr,
                 double mu);

    /** Heavy ball, lr inside: {@code v = mu * v - lr * g; w += v}. */
    void heavyBallInside(double[] w, double[] v, int off, double[] xs, int xOff, int rows, double[] d, int n,
                         double lr, double mu);

    /** Heavy ball, lr outside, after the first step: {@code b = mu * b + keep * g; w -= lr * b}. */
    void heavyBallOutside(double[] w, double[] b, int off, double[] xs, int xOff, int rows, double[] d, int n,
                          double lr, double mu, double keep);

    /** Nesterov, lr inside: {@code s = lr * g; v = mu * v - s; w += mu * v - s}. */
    void nesterovInside(double[] w, double[] v, int off, double[] xs, int xOff, int rows, double[] d, int n,
                        double lr, double mu);

    /** Nesterov, lr outside, after the first step: {@code b = mu * b + g; w -= lr * (g + mu * b)}. */
    void nesterovOutside(double[] w, double[] b, int off, double[] xs, int xOff, int rows, double[] d, int n,
                         double lr, double mu);
}
