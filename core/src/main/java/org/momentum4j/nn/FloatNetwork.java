package org.momentum4j.nn;

import java.util.Objects;

/**
 * A {@link Network}'s parameters in single precision, with the forward pass and back-propagation computed
 * in {@code float}: the engine of float training ({@code Precision.FLOAT}). Same layout and the same
 * formulas as {@link Network}; the differences are the number type and these choices:
 * <ul>
 *   <li>Sums, products and deltas are {@code float} operations, in the same order as in {@link Network}.</li>
 *   <li>{@code tanh}, the sigmoid, softmax's {@code exp} and the loss's {@code log} are computed in
 *       {@code double} by {@link ReproducibleMath} (fdlibm, the same bits on every JVM) from the
 *       {@code float} argument, and the result is rounded to {@code float}: reproducible everywhere, and
 *       within about one float ulp of the exact value. Softmax keeps its exponentials and their sum in
 *       {@code double} and rounds only the quotients.</li>
 *   <li>The loss is returned as a {@code double} computed from the {@code float} outputs; it is a statistic,
 *       not part of the update.</li>
 * </ul>
 *
 * <p>{@link #load} rounds a network's {@code double} parameters to the nearest {@code float}; {@link #store}
 * writes them back exactly (every float is a double). Wide layers use {@link FloatKernels} (SIMD when
 * {@link VectorSupport#enabled()}); sums across a row (the deltas of the layer below) stay scalar loops, so the
 * kernels never change a bit.
 */
public final class FloatNetwork {
    private final Architecture architecture;
    private final float[] params;
    private final FloatKernels kernels;
    private final int depth;
    private final int[] fanIn;
    private final int[] units;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final Activation[] activation;
    private final Loss loss;

    /** Zero parameters for {@code architecture}, computed with {@code kernels}. */
    public FloatNetwork(Architecture architecture, FloatKernels kernels) {
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.kernels = Objects.requireNonNull(kernels, "kernels");
        this.params = new float[architecture.parameterCount()];
        this.depth = architecture.depth();
        LayerTables tables = new LayerTables(architecture);
        this.fanIn = tables.fanIn;
        this.units = tables.units;
        this.weightOffset = tables.weightOffset;
        this.biasOffset = tables.biasOffset;
        this.activation = tables.activation;
        this.loss = architecture.loss();
    }

    /** A float copy of {@code network} (parameters rounded to nearest) using the preferred kernels. */
    public static FloatNetwork of(Network network) {
        Architecture a = network.architecture();
        FloatNetwork f = new FloatNetwork(a, FloatKernels.preferred(widest(a)));
        f.load(network.parameters());
        return f;
    }

    /** The most units of any layer: the scratch row length {@link FloatKernels#scalar} needs. */
    public static int widest(Architecture architecture) {
        int widest = 0;
        for (var layer : architecture.layers()) {
            widest = Math.max(widest, layer.units());
        }
        return widest;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The live float parameters (layout in {@link Architecture}). */
    public float[] parameters() {
        return params;
    }

    /** The kernels this network computes with. */
    public FloatKernels kernels() {
        return kernels;
    }

    /** Sets the parameters to {@code source} rounded to the nearest float (exact for values that came from floats). */
    public void load(double[] source) {
        narrow(source, params);
    }

    /** Writes the parameters into {@code target}, exactly. */
    public void store(double[] target) {
        widen(params, target);
    }

    /** {@code to[i] = (float) from[i]}: round to nearest, ties to even. */
    public static void narrow(double[] from, float[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("lengths differ: " + from.length + " and " + to.length);
        }
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    /** {@code to[i] = from[i]}, exact. */
    public static void widen(float[] from, double[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("lengths differ: " + from.length + " and " + to.length);
        }
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i];
        }
    }

    /** Fresh scratch buffers for one thread. */
    public FloatWorkspace newWorkspace() {
        return new FloatWorkspace(architecture);
    }

    /** Forward pass of the input {@code x[xOff .. xOff + inputs)}; returns the workspace's output array. */
    public float[] forward(float[] x, int xOff, FloatWorkspace ws) {
        float[] w = params;
        float[] in = x;
        int inOff = xOff;
        for (int l = 0; l < depth; l++) {
            float[] a = ws.activations[l];
            int out = units[l];
            int n = fanIn[l];
            System.arraycopy(w, biasOffset[l], a, 0, out);
            int row = weightOffset[l];
            if (out >= FloatKernels.WIDE) {
                kernels.axpyRows(a, w, row, in, inOff, n, out);
            } else {
                // One unit at a time, its sum in a register: the same terms in the same order (bias, then
                // input 0, 1, ..) as the row-by-row loop, so the same bits.
                for (int j = 0; j < out; j++) {
                    float z = a[j];
                    for (int i = 0, p = row + j; i < n; i++, p += out) {
                        z += w[p] * in[inOff + i];
                    }
                    a[j] = z;
                }
            }
            apply(activation[l], a, out, ws);
            in = a;
            inOff = 0;
        }
        return ws.activations[depth - 1];
    }

    /**
     * Back-propagation for one item: the forward pass, then {@code dL/dparams} written into {@code grad}
     * (laid out like the parameters). Followed by a whole-array update, this is the faster path for wide
     * layers with the scalar kernels (one long loop instead of a short one per row); it gives the bits of
     * {@link #trainItem}.
     *
     * @return the item's loss, before any update
     */
    public double gradient(float[] x, int xOff, float[] t, int tOff, FloatWorkspace ws, float[] grad) {
        double itemLoss = forwardAndOutputDelta(x, xOff, t, tOff, ws);
        float[] w = params;
        for (int l = depth - 1; l >= 0; l--) {
            float[] d = ws.deltas[l];
            float[] in = l == 0 ? x : ws.activations[l - 1];
            int inOff = l == 0 ? xOff : 0;
            int out = units[l];
            System.arraycopy(d, 0, grad, biasOffset[l], out);
            float[] prev = l == 0 ? null : ws.deltas[l - 1];
            int row = weightOffset[l];
            kernels.outerRows(grad, row, in, inOff, fanIn[l], d, out);
            if (prev != null) {
                for (int i = 0; i < fanIn[l]; i++, row += out) {
                    prev[i] = dot(w, row, d, out);
                }
                multiplyByDerivative(activation[l - 1], ws.activations[l - 1], prev, fanIn[l]);
            }
        }
        return itemLoss;
    }

    /**
     * One online step for one item, fused as in {@link Network#trainItem}: each gradient row goes to
     * {@code update} as back-propagation produces it, after the row's contribution to the delta below has
     * been taken, so every row's gradient is the one at the item's starting weights (as {@link #gradient}).
     *
     * @return the item's loss, before any update
     */
    public double trainItem(float[] x, int xOff, float[] t, int tOff, FloatWorkspace ws, FloatRowUpdate update) {
        double itemLoss = forwardAndOutputDelta(x, xOff, t, tOff, ws);
        float[] w = params;
        for (int l = depth - 1; l > 0; l--) {
            float[] d = ws.deltas[l];
            float[] in = ws.activations[l - 1];
            float[] prev = ws.deltas[l - 1];
            int out = units[l];
            int row = weightOffset[l];
            for (int i = 0; i < fanIn[l]; i++, row += out) {
                prev[i] = dot(w, row, d, out);
                update.apply(w, row, in[i], d, out);
            }
            update.apply(w, biasOffset[l], 1f, d, out);
            multiplyByDerivative(activation[l - 1], in, prev, fanIn[l]);
        }
        float[] d = ws.deltas[0];
        int out = units[0];
        update.applyRows(w, weightOffset[0], x, xOff, fanIn[0], d, out);
        update.apply(w, biasOffset[0], 1f, d, out);
        return itemLoss;
    }

    private double forwardAndOutputDelta(float[] x, int xOff, float[] t, int tOff, FloatWorkspace ws) {
        forward(x, xOff, ws);
        int last = depth - 1;
        return lossAndDelta(activation[last], ws.activations[last], t, tOff, ws.deltas[last], units[last]);
    }

    /** As {@code Loss.lossAndDelta}: the delta in float, the loss in double from the float outputs. */
    private double lossAndDelta(Activation output, float[] a, float[] t, int tOff, float[] delta, int n) {
        if (loss == Loss.CROSS_ENTROPY) {
            for (int k = 0; k < n; k++) {
                delta[k] = a[k] - t[tOff + k];
            }
            return crossEntropy(output, a, t, tOff, n);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            float e = a[k] - t[tOff + k];
            delta[k] = e;
            sum += 0.5 * e * e;
        }
        if (output == Activation.SOFTMAX) {
            float dot = 0;
            for (int k = 0; k < n; k++) {
                dot += a[k] * delta[k];
            }
            for (int k = 0; k < n; k++) {
                delta[k] = a[k] * (delta[k] - dot);
            }
        } else {
            multiplyByDerivative(output, a, delta, n);
        }
        return sum;
    }

    /** Guards {@code log(0)}, as in {@link Loss}. */
    private static final double TINY = 1e-300;

    private static double crossEntropy(Activation output, float[] a, float[] t, int tOff, int n) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double y = t[tOff + k];
            double ak = a[k];
            if (y != 0) {
                sum -= y * ReproducibleMath.log(Math.max(ak, TINY));
            }
            if (output == Activation.SIGMOID && y != 1) {
                sum -= (1.0 - y) * ReproducibleMath.log(Math.max(1.0 - ak, TINY));
            }
        }
        return sum;
    }

    /** The loss of the outputs now in {@code ws} against {@code t[tOff ..]}, in double from the float outputs. */
    public double loss(FloatWorkspace ws, float[] t, int tOff) {
        int last = depth - 1;
        float[] a = ws.activations[last];
        int n = units[last];
        if (loss == Loss.CROSS_ENTROPY) {
            return crossEntropy(activation[last], a, t, tOff, n);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            float e = a[k] - t[tOff + k];
            sum += 0.5 * e * e;
        }
        return sum;
    }

    private static void apply(Activation f, float[] v, int n, FloatWorkspace ws) {
        switch (f) {
            case IDENTITY:
                break;
            case SIGMOID:
                for (int j = 0; j < n; j++) {
                    v[j] = (float) ReproducibleMath.sigmoid(v[j]);
                }
                break;
            case TANH:
                // In double, in passes over the layer: the bits of ReproducibleMath.tanh one unit at a time, with
                // every unit's chain of operations in flight at once (W2: ~8% of the float time was tanh).
                double[] wide = ws.wide;
                for (int j = 0; j < n; j++) {
                    wide[j] = v[j];
                }
                Fdlibm.tanh(wide, n, ws.reduced, ws.remainder, ws.exponent);
                for (int j = 0; j < n; j++) {
                    v[j] = (float) wide[j];
                }
                break;
            case RELU:
                for (int j = 0; j < n; j++) {
                    v[j] = v[j] > 0 ? v[j] : 0f;
                }
                break;
            case SOFTMAX:
                softmax(v, n, ws.exponentials);
                break;
            default:
                throw new AssertionError(f);
        }
    }

    private static void softmax(float[] v, int n, double[] e) {
        float max = v[0];
        for (int j = 1; j < n; j++) {
            max = Math.max(max, v[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            e[j] = ReproducibleMath.exp((double) v[j] - max);
            sum += e[j];
        }
        double inv = 1.0 / sum;
        for (int j = 0; j < n; j++) {
            v[j] = (float) (e[j] * inv);
        }
    }

    private static void multiplyByDerivative(Activation f, float[] a, float[] delta, int n) {
        switch (f) {
            case IDENTITY:
                break;
            case SIGMOID:
                for (int j = 0; j < n; j++) {
                    delta[j] *= a[j] * (1f - a[j]);
                }
                break;
            case TANH:
                for (int j = 0; j < n; j++) {
                    delta[j] *= 1f - a[j] * a[j];
                }
                break;
            case RELU:
                for (int j = 0; j < n; j++) {
                    if (!(a[j] > 0)) {
                        delta[j] = 0f;
                    }
                }
                break;
            default:
                throw new IllegalStateException(f.id() + " has no element-wise derivative");
        }
    }

    private static float dot(float[] w, int off, float[] d, int n) {
        float s = 0;
        for (int j = 0; j < n; j++) {
            s += w[off + j] * d[j];
        }
        return s;
    }

    @Override
    public String toString() {
        return "FloatNetwork[" + architecture + ", " + params.length + " parameters, "
                + (kernels.isVector() ? "vector" : "scalar") + " kernels]";
    }
}
