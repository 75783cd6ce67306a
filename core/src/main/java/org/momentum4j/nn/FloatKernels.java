package org.momentum4j.nn;

/**
 * The single-precision inner loops of float training ({@link FloatNetwork} and the float update rules): the
 * forward pass's row update and one kernel per momentum rule, each applied to a row {@code w[off .. off + n)}
 * with the gradient {@code g_j = x * d[j]} (plus {@code wd * w} when weight decay {@code wd != 0}).
 *
 * <p>Two implementations give the same bits: {@link #scalar} (plain loops; wide rows are copied to offset 0,
 * where C2 vectorises them) and a SIMD one on the Vector API ({@code FloatVectorKernels}, loaded only when
 * {@link VectorSupport#enabled()}). Both do each element's operations in the order written below, with no
 * fused multiply-add, and every operation is element-wise, so lane width and loop shape change nothing.
 *
 * <p>An instance holds scratch rows for rows of up to {@code widest} units at offsets other than 0, so it
 * belongs to one training run (one thread). A rule kernel called with {@code off == 0}, {@code x == 1} and
 * {@code d} a whole gradient array updates a whole parameter array with any {@code n} ({@code 1 * g == g}
 * exactly, so the bits are those of the row-by-row updates).
 *
 * <p>Formulas (every operation rounded to float; {@code g = x * d[j]}, then {@code g += wd * w} if
 * {@code wd != 0}):
 * <pre>
 *   axpy:                 a[j] += w * x                         (forward pass, input-major weights)
 *   axpyRows:             axpy for rows i = 0, 1, .. in turn,   (a layer's weighted sums, in input order)
 *                         skipping rows whose x is exactly 0
 *   outer:                g[off + j] = x * d[j]                 (a gradient row)
 *   outerRows:            outer for rows i = 0, 1, ..           (a layer's weight gradient)
 *   sgd:                  w -= lr * g
 *   article:              s = lr * g;  w -= s + mu * p;  p = s
 *   heavyBall (lr in):    v' = mu * v - lr * g;  v = v';  w += v'
 *   heavyBallFirst (out): v = g;  w -= lr * g
 *   heavyBallOut:         b' = mu * v + keep * g;  v = b';  w -= lr * b'
 *   nesterov (lr in):     s = lr * g;  v' = mu * v - s;  v = v';  w += mu * v' - s
 *   nesterovOut:          b' = first ? g : mu * v + g;  v = b';  w -= lr * (g + mu * b')
 * </pre>
 */
public abstract class FloatKernels {
    /** From this many units, the scalar kernels work on copies at offset 0 (as {@code Network} does). */
    static final int WIDE = 32;

    /** axpyRows' nonzero rows: their offsets and inputs, grown to the widest fan-in seen (not per call). */
    int[] rowOffsets = new int[0];
    float[] rowInputs = new float[0];

    FloatKernels() {
    }

    /**
     * Gathers the rows of {@link #axpyRows} whose input is not exactly 0 into {@link #rowOffsets} and
     * {@link #rowInputs}, in row order, and returns how many there are. Branch-free: every row is written,
     * the count only advances past the nonzero ones, so a random zero pattern costs no mispredictions.
     */
    final int nonzeroRows(int off, float[] x, int xOff, int rows, int n) {
        if (rowOffsets.length < rows) {
            rowOffsets = new int[rows];
            rowInputs = new float[rows];
        }
        int[] offs = rowOffsets;
        float[] xs = rowInputs;
        int m = 0;
        for (int i = 0; i < rows; i++) {
            float xi = x[xOff + i];
            offs[m] = off + i * n;
            xs[m] = xi;
            m += xi != 0 ? 1 : 0;
        }
        return m;
    }

    /** Plain-loop kernels with scratch rows for layers up to {@code widest} units. */
    public static FloatKernels scalar(int widest) {
        return new ScalarFloatKernels(widest);
    }

    /**
     * The SIMD kernels.
     *
     * @throws IllegalStateException when the JVM runs without {@code --add-modules jdk.incubator.vector}
     *                               (or {@link VectorSupport#PROPERTY} is {@code off})
     */
    public static FloatKernels vector() {
        if (!VectorSupport.enabled()) {
            throw new IllegalStateException("the Vector API kernels need " + VectorSupport.describe());
        }
        return VectorHolder.create();
    }

    /** {@link #vector()} when {@link VectorSupport#enabled()}, else {@link #scalar}. */
    public static FloatKernels preferred(int widest) {
        return VectorSupport.enabled() ? vector() : scalar(widest);
    }

    /** Whether these are the Vector API kernels. */
    public abstract boolean isVector();

    /** {@code a[j] += w[off + j] * x} for {@code j < n}. */
    public abstract void axpy(float[] a, float[] w, int off, float x, int n);

    /**
     * {@link #axpy} for {@code rows} consecutive rows: for {@code i = 0, 1, .., rows - 1} in turn,
     * {@code a[j] += w[off + i * n + j] * x[xOff + i]}, except rows whose {@code x} is exactly 0, which are
     * skipped (40% of W2's inputs). Each {@code a[j]} gets its terms in row order, so the bits are those of
     * {@link #axpy} calls for the nonzero inputs, however an implementation groups the rows; and skipping,
     * as {@code Network} does too, changes no bit: adding {@code w * 0} leaves a sum as it is for every finite
     * {@code w}, unless the sum is {@code -0} so far, which only a bias of {@code -0} can start (training
     * never makes one); a non-finite weight means a diverged network.
     */
    public abstract void axpyRows(float[] a, float[] w, int off, float[] x, int xOff, int rows, int n);

    /** {@code g[off + j] = x * d[j]} for {@code j < n}: a gradient row. */
    public abstract void outer(float[] g, int off, float x, float[] d, int n);

    /** {@link #outer} for {@code rows} consecutive rows: {@code g[off + i * n + j] = x[xOff + i] * d[j]}. */
    public abstract void outerRows(float[] g, int off, float[] x, int xOff, int rows, float[] d, int n);

    /** Plain SGD on a row. */
    public abstract void sgd(float[] w, int off, float x, float[] d, int n, float lr, float wd);

    /** The article's rule on a row; {@code p} holds the previous {@code lr * g}. */
    public abstract void article(float[] w, float[] p, int off, float x, float[] d, int n, float lr, float mu,
                                 float wd);

    /** Heavy-ball momentum, learning rate inside the velocity. */
    public abstract void heavyBall(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu,
                                   float wd);

    /** Heavy-ball momentum, learning rate outside, first step ({@code b = g}). */
    public abstract void heavyBallFirst(float[] w, float[] v, int off, float x, float[] d, int n, float lr,
                                        float wd);

    /** Heavy-ball momentum, learning rate outside, later steps; {@code keep = 1 - dampening}. */
    public abstract void heavyBallOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu,
                                      float keep, float wd);

    /** Nesterov momentum, learning rate inside. */
    public abstract void nesterov(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu,
                                  float wd);

    /** Nesterov momentum, learning rate outside ({@code first}: the run's first step). */
    public abstract void nesterovOut(float[] w, float[] v, int off, float x, float[] d, int n, float lr, float mu,
                                     float wd, boolean first);

    /** Loads the Vector API class only when called, so that JVMs without the module never resolve it. */
    private static final class VectorHolder {
        static FloatKernels create() {
            return new FloatVectorKernels();
        }
    }

    // One call per layer on the fused online path, the row kernel inlined into the loop: with the Vector API,
    // W2 ran 4-8% faster this way than through a gradient array and one whole-array update.

    /** {@link #sgd} for {@code rows} consecutive rows of {@code n}, row {@code r}'s input {@code xs[xOff + r]}. */
    public final void sgdRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n, float lr,
                              float wd) {
        for (int r = 0; r < rows; r++, off += n) {
            sgd(w, off, xs[xOff + r], d, n, lr, wd);
        }
    }

    /** {@link #article} for consecutive rows, as {@link #sgdRows}. */
    public final void articleRows(float[] w, float[] p, int off, float[] xs, int xOff, int rows, float[] d, int n,
                                  float lr, float mu, float wd) {
        for (int r = 0; r < rows; r++, off += n) {
            article(w, p, off, xs[xOff + r], d, n, lr, mu, wd);
        }
    }

    /** {@link #heavyBall} for consecutive rows, as {@link #sgdRows}. */
    public final void heavyBallRows(float[] w, float[] v, int off, float[] xs, int xOff, int rows, float[] d, int n,
                                    float lr, float mu, float wd) {
        for (int r = 0; r < rows; r++, off += n) {
            heavyBall(w, v, off, xs[xOff + r], d, n, lr, mu, wd);
        }
    }

    /** {@link #heavyBallOut} for consecutive rows, as {@link #sgdRows}. */
    public final void heavyBallOutRows(float[] w, float[] v, int off, float[] xs, int xOff, int rows, float[] d,
                                       int n, float lr, float mu, float keep, float wd) {
        for (int r = 0; r < rows; r++, off += n) {
            heavyBallOut(w, v, off, xs[xOff + r], d, n, lr, mu, keep, wd);
        }
    }

    /** {@link #nesterov} for consecutive rows, as {@link #sgdRows}. */
    public final void nesterovRows(float[] w, float[] v, int off, float[] xs, int xOff, int rows, float[] d, int n,
                                   float lr, float mu, float wd) {
        for (int r = 0; r < rows; r++, off += n) {
            nesterov(w, v, off, xs[xOff + r], d, n, lr, mu, wd);
        }
    }

    /** {@link #nesterovOut} for consecutive rows, as {@link #sgdRows}. */
    public final void nesterovOutRows(float[] w, float[] v, int off, float[] xs, int xOff, int rows, float[] d,
                                      int n, float lr, float mu, float wd, boolean first) {
        for (int r = 0; r < rows; r++, off += n) {
            nesterovOut(w, v, off, xs[xOff + r], d, n, lr, mu, wd, first);
        }
    }
}
