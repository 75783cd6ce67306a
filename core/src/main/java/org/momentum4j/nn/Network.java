package org.momentum4j.nn;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A dense feed-forward network: an {@link Architecture} plus its parameters in one flat {@code double[]}.
 * Computes outputs (forward pass) and the gradient of the loss for one item (back-propagation).
 *
 * <p>Forward, for each layer {@code l}: {@code z_j = b_j + sum_i x_i w_ij}, {@code a = f(z)}.
 * Backward, from the output delta {@code d = dL/dz} given by the {@link Loss}:
 * {@code dL/dw_ij = x_i d_j}, {@code dL/db_j = d_j}, and the previous layer's delta
 * {@code d'_i = f'(z'_i) sum_j w_ij d_j}.
 *
 * <pre>{@code
 * Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 42);
 * double[] probabilities = net.predict(new double[] {5.1, 3.5, 1.4, 0.2});
 * }</pre>
 *
 * <p>The parameter array is shared with trainers, not copied; a network is not safe to train from two
 * threads at once. Prediction through separate {@link Workspace}s is safe while nothing trains.
 */
public final class Network {
    /** The generator algorithm for initial weights, named so that a JDK default change cannot alter results. */
    public static final String RANDOM_ALGORITHM = "L64X128MixRandom";

    /**
     * From this many units, row loops copy the row to offset 0 first (see {@link #outerProductRow}); below
     * it, the copies cost more than the vectorised loop saves (measured on JDK 17, AVX-512).
     */
    private static final int WIDE = 32;

    private final Architecture architecture;
    private final double[] params;
    private final int depth;
    private final int[] fanIn;
    private final int[] units;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final Activation[] activation;
    private final Loss loss;

    private Network(Architecture architecture, double[] params) {
        this.architecture = architecture;
        this.params = params;
        this.depth = architecture.depth();
        LayerTables tables = new LayerTables(architecture);
        this.fanIn = tables.fanIn;
        this.units = tables.units;
        this.weightOffset = tables.weightOffset;
        this.biasOffset = tables.biasOffset;
        this.activation = tables.activation;
        this.loss = architecture.loss();
    }

    /** A new network whose parameters are drawn by {@code init} from a generator seeded with {@code seed}. */
    public static Network create(Architecture architecture, WeightInit init, long seed) {
        Objects.requireNonNull(init, "init");
        double[] params = new double[architecture.parameterCount()];
        init.initialise(architecture, params, newRandom(seed));
        return new Network(architecture, params);
    }

    /** A network with the given parameters (copied), laid out as {@link Architecture} documents. */
    public static Network of(Architecture architecture, double[] parameters) {
        if (parameters.length != architecture.parameterCount()) {
            throw new IllegalArgumentException("architecture " + architecture + " has "
                    + architecture.parameterCount() + " parameters, got " + parameters.length);
        }
        return new Network(architecture, parameters.clone());
    }

    /** A seeded generator of the algorithm this library uses everywhere ({@value #RANDOM_ALGORITHM}). */
    public static RandomGenerator newRandom(long seed) {
        return RANDOM_FACTORY.create(seed);
    }

    /**
     * Looked up once: {@code RandomGeneratorFactory.of} builds a new factory whose first {@code create}
     * finds the generator's constructors by reflection (microseconds), and training creates a generator
     * for every epoch's item order ({@code ItemOrder}). A factory is safe to share between threads.
     */
    private static final RandomGeneratorFactory<RandomGenerator> RANDOM_FACTORY =
            RandomGeneratorFactory.of(RANDOM_ALGORITHM);

    public Architecture architecture() {
        return architecture;
    }

    /** The live parameter array (weights and biases, layout in {@link Architecture}); trainers update it in place. */
    public double[] parameters() {
        return params;
    }

    public int parameterCount() {
        return params.length;
    }

    /** An independent copy with the same architecture and parameter values. */
    public Network copy() {
        return new Network(architecture, params.clone());
    }

    /** Fresh scratch buffers for {@link #forward} and {@link #gradient}; one per thread. */
    public Workspace newWorkspace() {
        return new Workspace(architecture, true);
    }

    /**
     * A workspace that holds one item's activations and deltas only, for the many items of a mini-batch
     * ({@link #backpropagate(double[], int, double[], int, Workspace, Workspace)} with a thread's full
     * workspace as scratch): the forward pass's scratch rows are per thread, not per item.
     */
    public Workspace newItemWorkspace() {
        return new Workspace(architecture, false);
    }

    /** Outputs for one input (a new array; for loops, use {@link #forward} with a reused workspace). */
    public double[] predict(double[] input) {
        if (input.length != architecture.inputs()) {
            throw new IllegalArgumentException("the network takes " + architecture.inputs() + " inputs, got "
                    + input.length);
        }
        return forward(input, 0, newWorkspace()).clone();
    }

    /**
     * Forward pass of the input {@code x[xOff .. xOff + inputs)}; returns the workspace's output array.
     *
     * <p>Wide layers skip inputs that are exactly zero (often half the pixels of an image, or the units a
     * ReLU switched off): adding {@code w * 0} to a sum leaves it as it is, bit for bit, for every finite
     * {@code w}, except a sum that is {@code -0.0} so far, which only a bias of {@code -0.0} can start (training
     * never makes one: a cancelling sum is {@code +0.0}). An infinite or NaN weight would have made the sum
     * NaN; such a network has diverged, and the items with a nonzero input there show it.
     */
    public double[] forward(double[] x, int xOff, Workspace ws) {
        return forward(x, xOff, ws, requireScratch(ws));
    }

    private static Workspace requireScratch(Workspace ws) {
        if (ws.row == null) {
            throw new IllegalArgumentException("an item workspace has no scratch buffers: pass a workspace from"
                    + " newWorkspace() as the scratch");
        }
        return ws;
    }

    /** {@link #forward} into {@code ws}'s activations, with {@code scratch}'s scratch buffers. */
    private double[] forward(double[] x, int xOff, Workspace ws, Workspace scratch) {
        double[] w = params;
        double[] in = x;
        int inOff = xOff;
        for (int l = 0; l < depth; l++) {
            double[] a = ws.activations[l];
            int out = units[l];
            int row = weightOffset[l];
            SimdKernels simd = VectorSupport.kernels();
            boolean vector = simd != null && out >= SimdKernels.MIN_ROW;
            if (vector || out >= WIDE) {
                // Wide layer: the nonzero inputs listed first, without a branch per input (a branch on the
                // data there was mispredicted about every other input: ~13% of W2's time); skipping the
                // zeros keeps the bits (see above). Then four listed rows per pass over the sums.
                System.arraycopy(w, biasOffset[l], a, 0, out);
                int[] nonzero = scratch.nonzero;
                int m = 0;
                for (int i = 0; i < fanIn[l]; i++) {
                    nonzero[m] = i;
                    m += in[inOff + i] != 0 ? 1 : 0;
                }
                if (vector) {
                    simd.sparseSums(a, w, row, out, nonzero, m, in, inOff);
                } else {
                    sparseSums(a, w, row, out, nonzero, m, in, inOff, scratch);
                }
            } else {
                // Narrow layer: two units at a time, each sum in a register, starting from the bias read in
                // place (copying a few biases first costs an arraycopy stub call per layer: ~7% of W1); the
                // pair shares the loop and each input's load (~4% of W1). Each unit's terms are added in the
                // same order as by the row-by-row loop (bias, then input 0, 1, ..), so the bits are the same.
                int bias = biasOffset[l];
                int inEnd = inOff + fanIn[l];
                int j = 0;
                for (; j + 1 < out; j += 2) {
                    double z0 = w[bias + j];
                    double z1 = w[bias + j + 1];
                    for (int q = inOff, p = row + j; q < inEnd; q++, p += out) {
                        double xi = in[q];
                        z0 += w[p] * xi;
                        z1 += w[p + 1] * xi;
                    }
                    a[j] = z0;
                    a[j + 1] = z1;
                }
                if (j < out) {
                    double z = w[bias + j];
                    for (int q = inOff, p = row + j; q < inEnd; q++, p += out) {
                        z += w[p] * in[q];
                    }
                    a[j] = z;
                }
            }
            activation[l].apply(a, out, scratch);
            in = a;
            inOff = 0;
        }
        return ws.activations[depth - 1];
    }

    /**
     * {@link SimdKernels#sparseSums} in plain loops: four rows per pass over the sums, each copied to offset 0
     * first so that the JIT vectorises the loop (it does not when the arrays' offsets differ).
     */
    private static void sparseSums(double[] a, double[] w, int off, int n, int[] inputs, int m, double[] xs,
                                   int xOff, Workspace ws) {
        double[] r0 = ws.row;
        double[] r1 = ws.row1;
        double[] r2 = ws.row2;
        double[] r3 = ws.row3;
        int q = 0;
        for (; q + 4 <= m; q += 4) {
            double x0 = xs[xOff + inputs[q]];
            double x1 = xs[xOff + inputs[q + 1]];
            double x2 = xs[xOff + inputs[q + 2]];
            double x3 = xs[xOff + inputs[q + 3]];
            System.arraycopy(w, off + inputs[q] * n, r0, 0, n);
            System.arraycopy(w, off + inputs[q + 1] * n, r1, 0, n);
            System.arraycopy(w, off + inputs[q + 2] * n, r2, 0, n);
            System.arraycopy(w, off + inputs[q + 3] * n, r3, 0, n);
            for (int j = 0; j < n; j++) {
                a[j] = (((a[j] + r0[j] * x0) + r1[j] * x1) + r2[j] * x2) + r3[j] * x3;
            }
        }
        for (; q < m; q++) {
            double x0 = xs[xOff + inputs[q]];
            System.arraycopy(w, off + inputs[q] * n, r0, 0, n);
            for (int j = 0; j < n; j++) {
                a[j] += r0[j] * x0;
            }
        }
    }

    /**
     * Back-propagation for one item: runs the forward pass, then writes ({@code accumulate == false}) or
     * adds ({@code accumulate == true}) {@code dL/dparams} into {@code grad}, laid out like the parameters.
     *
     * @return the item's loss, measured before any update
     */
    public double gradient(double[] x, int xOff, double[] t, int tOff, Workspace ws, double[] grad,
                           boolean accumulate) {
        forward(x, xOff, ws);
        int last = depth - 1;
        double itemLoss = loss.lossAndDelta(activation[last], ws.activations[last], t, tOff, ws.deltas[last],
                units[last]);
        double[] w = params;
        SimdKernels simd = VectorSupport.kernels();
        for (int l = last; l >= 0; l--) {
            double[] d = ws.deltas[l];
            double[] in = l == 0 ? x : ws.activations[l - 1];
            int inOff = l == 0 ? xOff : 0;
            int out = units[l];
            int bias = biasOffset[l];
            if (accumulate) {
                for (int j = 0; j < out; j++) {
                    grad[bias + j] += d[j];
                }
            } else {
                System.arraycopy(d, 0, grad, bias, out);
            }
            double[] prev = l == 0 ? null : ws.deltas[l - 1];
            int row = weightOffset[l];
            for (int i = 0; i < fanIn[l]; i++, row += out) {
                if (prev != null) {
                    prev[i] = dot(w, row, d, out);
                }
                double xi = in[inOff + i];
                if (simd != null && out >= SimdKernels.MIN_ROW) {
                    simd.outer(grad, row, xi, d, out, accumulate);
                } else if (out >= WIDE) {
                    outerProductRow(grad, row, xi, d, out, accumulate, ws.row);
                } else if (accumulate) {
                    for (int j = 0; j < out; j++) {
                        grad[row + j] += xi * d[j];
                    }
                } else {
                    for (int j = 0; j < out; j++) {
                        grad[row + j] = xi * d[j];
                    }
                }
            }
            if (prev != null) {
                activation[l - 1].multiplyByDerivative(ws.activations[l - 1], prev, fanIn[l]);
            }
        }
        return itemLoss;
    }

    /**
     * One online training step for one item, fused: the forward pass, the loss, then back-propagation
     * that hands each row of the gradient to {@code update} as soon as it is known, instead of writing a
     * gradient array. Each layer's delta for the layer below is computed from its weights before
     * {@code update} moves them, so every row's gradient is the one at the item's starting weights, as
     * with {@link #gradient}; an update that applies {@code step} to those rows gives the same bits as
     * {@code gradient} followed by {@code step} on the whole array.
     *
     * @return the item's loss, measured before any update
     */
    public double trainItem(double[] x, int xOff, double[] t, int tOff, Workspace ws, RowUpdate update) {
        trainItemWithoutLoss(x, xOff, t, tOff, ws, update);
        return loss(ws, t, tOff);
    }

    /**
     * {@link #trainItem} without computing the loss. The item's outputs stay in {@code ws.output()} until
     * the next pass, so the caller can compute the loss later, from them or from a copy, with
     * {@link #loss(double[], double[], int)}: training does so for blocks of items, whose logarithms then
     * run side by side instead of each one in the middle of an item's dependent chain (W1: 2-3% faster).
     */
    public void trainItemWithoutLoss(double[] x, int xOff, double[] t, int tOff, Workspace ws, RowUpdate update) {
        forward(x, xOff, ws);
        int last = depth - 1;
        loss.delta(activation[last], ws.activations[last], t, tOff, ws.deltas[last], units[last]);
        double[] w = params;
        for (int l = last; l > 0; l--) {
            double[] d = ws.deltas[l];
            double[] in = ws.activations[l - 1];
            double[] prev = ws.deltas[l - 1];
            int out = units[l];
            int row = weightOffset[l];
            if (VectorSupport.enabled() && out >= SimdKernels.MIN_ROW) {
                // Wide rows: every dot product first (from the weights before the update), then the whole
                // layer in one call, which the SIMD kernels take.
                for (int i = 0; i < fanIn[l]; i++, row += out) {
                    prev[i] = dot(w, row, d, out);
                }
                update.applyRows(w, weightOffset[l], in, 0, fanIn[l], d, out);
            } else {
                for (int i = 0; i < fanIn[l]; i++, row += out) {
                    prev[i] = update.dotThenApply(w, row, in[i], d, out);
                }
            }
            update.apply(w, biasOffset[l], 1.0, d, out);
            activation[l - 1].multiplyByDerivative(in, prev, fanIn[l]);
        }
        // The first layer needs no delta below it.
        double[] d = ws.deltas[0];
        int out = units[0];
        update.applyRows(w, weightOffset[0], x, xOff, fanIn[0], d, out);
        update.apply(w, biasOffset[0], 1.0, d, out);
    }

    /**
     * Forward pass and back-propagation of the deltas {@code dL/dz} of every layer for one item, kept in
     * {@code ws}; no gradient is formed. {@link #sumGradient} then turns the deltas of many items into
     * their summed gradient. Reads the parameters only, so any number of threads may call it at once, each
     * with its own workspace, while nothing updates the parameters.
     *
     * @return the item's loss
     */
    public double backpropagate(double[] x, int xOff, double[] t, int tOff, Workspace ws) {
        return backpropagate(x, xOff, t, tOff, ws, ws);
    }

    /**
     * {@link #backpropagate(double[], int, double[], int, Workspace)} keeping the item's activations and
     * deltas in {@code ws}, which may be an {@link #newItemWorkspace() item workspace}, and using the calling
     * thread's full workspace {@code scratch} for the forward pass's scratch buffers.
     *
     * @return the item's loss
     */
    public double backpropagate(double[] x, int xOff, double[] t, int tOff, Workspace ws, Workspace scratch) {
        forward(x, xOff, ws, requireScratch(scratch));
        int last = depth - 1;
        double itemLoss = loss.lossAndDelta(activation[last], ws.activations[last], t, tOff, ws.deltas[last],
                units[last]);
        double[] w = params;
        for (int l = last; l > 0; l--) {
            double[] d = ws.deltas[l];
            double[] prev = ws.deltas[l - 1];
            int out = units[l];
            int row = weightOffset[l];
            for (int i = 0; i < fanIn[l]; i++, row += out) {
                prev[i] = dot(w, row, d, out);
            }
            activation[l - 1].multiplyByDerivative(ws.activations[l - 1], prev, fanIn[l]);
        }
        return itemLoss;
    }

    /**
     * Writes ({@code accumulate == false}) or adds the summed gradient of {@code count} items into
     * {@code grad}, for the parameter rows (a layer's weights from one input, or its biases) that start in
     * {@code [from, to)}: {@code grad[row + j] = sum_b x_b,i * d_b,j}, added in item order {@code b = 0, 1, ..}
     * exactly as {@link #gradient} with {@code accumulate} would, so the bits are the same. Item {@code b}'s
     * deltas and activations come from {@code items[b]} (filled by {@link #backpropagate}), its input from
     * {@code x[xOffsets[b] ..]}. Disjoint ranges may run on different threads, each with its own
     * {@code scratch} workspace.
     */
    public void sumGradient(Workspace[] items, double[] x, int[] xOffsets, int count, double[] grad,
                            boolean accumulate, int from, int to, Workspace scratch) {
        double[] r = scratch.row;
        SimdKernels simd = VectorSupport.kernels();
        if (simd != null && scratch.column.length < count) {
            scratch.column = new double[count];
            scratch.deltaRows = new double[count][];
        }
        for (int l = 0; l < depth; l++) {
            int out = units[l];
            int row = weightOffset[l];
            int end = Math.min(row + fanIn[l] * out, to);
            if (row < from) {
                row += (from - row + out - 1) / out * out; // first row starting at or after from
            }
            if (simd != null && out >= SimdKernels.MIN_ROW && row < end) {
                // Wide rows: each row's sums stay in registers over all the items.
                double[] xs = scratch.column;
                double[][] ds = scratch.deltaRows;
                for (int b = 0; b < count; b++) {
                    ds[b] = items[b].deltas[l];
                }
                for (; row < end; row += out) {
                    int i = (row - weightOffset[l]) / out;
                    for (int b = 0; b < count; b++) {
                        xs[b] = l == 0 ? x[xOffsets[b] + i] : items[b].activations[l - 1][i];
                    }
                    simd.gradientRow(grad, row, xs, ds, 0, count, out, accumulate);
                }
            }
            for (; row < end; row += out) {
                int i = (row - weightOffset[l]) / out;
                if (accumulate) {
                    System.arraycopy(grad, row, r, 0, out);
                }
                for (int b = 0; b < count; b++) {
                    double xi = l == 0 ? x[xOffsets[b] + i] : items[b].activations[l - 1][i];
                    double[] d = items[b].deltas[l];
                    if (b == 0 && !accumulate) {
                        for (int j = 0; j < out; j++) {
                            r[j] = xi * d[j];
                        }
                    } else {
                        for (int j = 0; j < out; j++) {
                            r[j] += xi * d[j];
                        }
                    }
                }
                System.arraycopy(r, 0, grad, row, out);
            }
            int bias = biasOffset[l];
            if (bias >= from && bias < to) {
                if (accumulate) {
                    System.arraycopy(grad, bias, r, 0, out);
                }
                for (int b = 0; b < count; b++) {
                    double[] d = items[b].deltas[l];
                    if (b == 0 && !accumulate) {
                        System.arraycopy(d, 0, r, 0, out);
                    } else {
                        for (int j = 0; j < out; j++) {
                            r[j] += d[j];
                        }
                    }
                }
                System.arraycopy(r, 0, grad, bias, out);
            }
        }
    }

    /**
     * {@code g[off + j] (+)= x * d[j]} for a wide row, computed in {@code r} at offset 0 and copied: the JIT
     * (C2 up to at least JDK 25) does not vectorise a loop that mixes {@code g[off + j]} with {@code d[j]},
     * but vectorises it at equal offsets, and the copies are intrinsics. Same operations, same bits.
     */
    private static void outerProductRow(double[] g, int off, double x, double[] d, int n, boolean accumulate,
                                        double[] r) {
        if (accumulate) {
            System.arraycopy(g, off, r, 0, n);
            for (int j = 0; j < n; j++) {
                r[j] += x * d[j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                r[j] = x * d[j];
            }
        }
        System.arraycopy(r, 0, g, off, n);
    }

    private static double dot(double[] w, int off, double[] d, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += w[off + j] * d[j];
        }
        return s;
    }

    /** The loss of the outputs currently in {@code ws} against targets {@code t[tOff ..]}. */
    public double loss(Workspace ws, double[] t, int tOff) {
        return loss(ws.activations[depth - 1], t, tOff);
    }

    /** The loss of an output vector (as a forward pass left it in a workspace) against {@code t[tOff ..]}. */
    public double loss(double[] outputs, double[] t, int tOff) {
        int last = depth - 1;
        return loss.loss(activation[last], outputs, t, tOff, units[last]);
    }

    /**
     * {@link #loss(double[], double[], int)} when the target {@code t[tOff ..]} is one-hot with its 1 at
     * {@code oneHotClass} (the caller guarantees it): the same bits, faster for cross-entropy with a softmax
     * output, which then reads neither the targets nor more than one output.
     */
    public double loss(double[] outputs, double[] t, int tOff, int oneHotClass) {
        int last = depth - 1;
        return loss.lossOfClass(activation[last], outputs, oneHotClass, t, tOff, units[last]);
    }

    @Override
    public String toString() {
        return "Network[" + architecture + ", " + params.length + " parameters]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network other && architecture.equals(other.architecture)
                && Arrays.equals(params, other.params);
    }

    @Override
    public int hashCode() {
        return 31 * architecture.hashCode() + Arrays.hashCode(params);
    }
}
