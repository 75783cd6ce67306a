package org.momentum4j.train;

import java.util.Arrays;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * The summed gradient of a mini-batch, and optionally the optimizer step it feeds, computed chunk by chunk
 * in two jobs per chunk that split across threads ({@link Workers}) without changing a bit (see
 * {@link Parallelism}):
 * <ol>
 *   <li>per item: forward pass and deltas ({@link Network#backpropagate}), one unit per item;</li>
 *   <li>per block of whole parameter rows: the rows' sums over the chunk's items in item order
 *       ({@link Network#sumGradient}); after the batch's last chunk, each block is then scaled to the batch
 *       mean and stepped ({@link Optimizer#stepRange}) while its rows are still in cache.</li>
 * </ol>
 * A unit's numbers depend on that unit alone, so they are the same whichever thread computes them, and
 * chunks continue each row's sum, so the batch gradient is the item-by-item sum the sequential loop forms.
 * Nothing on the per-batch path is serial but the loss and accuracy sums (one add per item). All buffers
 * are allocated once.
 */
final class BatchGradient {
    /** Items per chunk: bounds the per-item buffers (activations and deltas) to this many items. */
    static final int CHUNK = 64;
    /**
     * Parameters per unit of the row job, rounded up to whole rows: a W2 chunk has about 80 such units, so
     * threads share them evenly and taking one (a compare-and-set) costs nothing next to summing it.
     */
    static final int BLOCK = 1024;

    private final Network network;
    private final double[] x;
    private final double[] t;
    private final int cols;
    private final int tc;
    private final Dataset data;
    private final double[] grad;
    private final Workspace[] items;
    private final Workspace[] scratch;
    private final int[] blocks;
    private final int[] xOffsets;
    private final double[] losses;
    private final boolean[] right;
    private final Workers.Job backward = this::backwardItem;
    private final Workers.Job rows = this::sumBlock;

    // The chunk in progress (set by the owner before each job; the job start publishes it).
    private int[] order;
    private int first;
    private int count;
    private boolean accumulate;
    private boolean stepping;
    // The step that follows the batch's last chunk, or rule == null for none.
    private Optimizer rule;
    private OptimizerState state;
    private double mean;

    BatchGradient(Network network, Dataset data, double[] grad, int maxBatch, int parts) {
        this.network = network;
        this.data = data;
        this.x = data.features();
        this.t = data.targets();
        this.cols = data.featureCount();
        this.tc = data.targetCount();
        this.grad = grad;
        int chunk = Math.min(CHUNK, maxBatch);
        this.items = new Workspace[chunk];
        for (int b = 0; b < chunk; b++) {
            items[b] = network.newItemWorkspace();
        }
        this.scratch = new Workspace[parts];
        for (int p = 0; p < parts; p++) {
            scratch[p] = network.newWorkspace();
        }
        this.blocks = blocks(network.architecture(), BLOCK);
        this.xOffsets = new int[chunk];
        this.losses = new double[chunk];
        this.right = new boolean[chunk];
    }

    /**
     * Writes the sum of the gradients of items {@code order[start .. end)} into the gradient array, adds
     * their losses to {@code stats[0]} and the number classified right to {@code stats[1]}, in item order.
     */
    void compute(int[] order, int start, int end, Workers workers, double[] stats) {
        this.rule = null;
        run(order, start, end, workers, stats);
    }

    /**
     * {@link #compute}, then one step of {@code optimizer} from the batch's mean gradient, split by parameter
     * range: afterwards the gradient array holds that mean (as {@code step} left it) and the parameters
     * are updated; the caller ends the step with {@link Optimizer#finishRangeStep}. The same bits as
     * {@code compute}, scaling the array by {@code 1.0 / (end - start)} and {@code step}.
     */
    void computeAndStep(int[] order, int start, int end, Workers workers, double[] stats, Optimizer optimizer,
                        OptimizerState optimizerState) {
        this.rule = optimizer;
        this.state = optimizerState;
        this.mean = 1.0 / (end - start);
        run(order, start, end, workers, stats);
    }

    private void run(int[] order, int start, int end, Workers workers, double[] stats) {
        this.order = order;
        boolean classify = data.isClassification();
        for (int from = start; from < end; from += items.length) {
            first = from;
            count = Math.min(items.length, end - from);
            accumulate = from > start;
            stepping = rule != null && from + count == end;
            workers.run(backward, count);
            workers.run(rows, blocks.length - 1);
            for (int b = 0; b < count; b++) {
                stats[0] += losses[b];
                if (classify && right[b]) {
                    stats[1]++;
                }
            }
        }
    }

    private void backwardItem(int b, int part) {
        int item = order[first + b];
        xOffsets[b] = item * cols;
        losses[b] = network.backpropagate(x, item * cols, t, item * tc, items[b], scratch[part]);
        right[b] = data.isClassification() && Evaluation.predictedClass(items[b].output()) == data.label(item);
    }

    private void sumBlock(int k, int part) {
        int from = blocks[k];
        int to = blocks[k + 1];
        network.sumGradient(items, x, xOffsets, count, grad, accumulate, from, to, scratch[part]);
        if (stepping) {
            double m = mean;
            for (int i = from; i < to; i++) {
                grad[i] *= m;
            }
            rule.stepRange(network.parameters(), grad, from, to, state);
        }
    }

    /**
     * Cuts the parameters into consecutive blocks of whole rows (a layer's weights from one input, or its
     * biases) of at least {@code size} parameters each, except maybe the last: block {@code k} is
     * {@code [result[k], result[k + 1])}.
     */
    static int[] blocks(Architecture architecture, int size) {
        int total = architecture.parameterCount();
        int[] cuts = new int[total / size + 2];
        int n = 0;
        cuts[n++] = 0;
        int blockStart = 0;
        for (int l = 0; l < architecture.depth(); l++) {
            int out = architecture.layers().get(l).units();
            int in = architecture.inputsOf(l);
            for (int r = 0; r <= in; r++) {
                int row = r < in ? architecture.weightOffset(l) + r * out : architecture.biasOffset(l);
                if (row - blockStart >= size) {
                    cuts[n++] = row;
                    blockStart = row;
                }
            }
        }
        cuts[n++] = total;
        return Arrays.copyOf(cuts, n);
    }
}
