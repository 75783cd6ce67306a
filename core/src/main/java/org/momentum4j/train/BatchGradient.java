package org.momentum4j.train;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;

/**
 * The summed gradient of a mini-batch, computed chunk by chunk in two phases that split across threads
 * without changing a bit (see {@link Parallelism}): per-item back-propagation ({@link Network#backpropagate},
 * items split), then per-row sums over the chunk's items in item order ({@link Network#sumGradient},
 * parameter rows split). Chunks continue each row's sum, so the batch gradient is the item-by-item sum the
 * sequential loop forms, with the same bits. All buffers are allocated once.
 */
final class BatchGradient {
    /** Items per chunk: bounds the per-item buffers (activations and deltas) to this many items. */
    static final int CHUNK = 64;

    private final Network network;
    private final double[] x;
    private final double[] t;
    private final int cols;
    private final int tc;
    private final Dataset data;
    private final double[] grad;
    private final Workspace[] items;
    private final Workspace[] scratch;
    private final int[] xOffsets;
    private final double[] losses;
    private final boolean[] right;
    private final Workers.Job backward = this::backwardPart;
    private final Workers.Job sum = this::sumPart;

    // The chunk in progress (set by the owner before each job; the job start publishes it).
    private int[] order;
    private int first;
    private int count;
    private boolean accumulate;

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
            items[b] = network.newWorkspace();
        }
        this.scratch = new Workspace[parts];
        for (int p = 0; p < parts; p++) {
            scratch[p] = network.newWorkspace();
        }
        this.xOffsets = new int[chunk];
        this.losses = new double[chunk];
        this.right = new boolean[chunk];
    }

    /**
     * Writes the sum of the gradients of items {@code order[start .. end)} into the gradient array, adds
     * their losses to {@code stats[0]} and the number classified right to {@code stats[1]}, in item order.
     *
     * @param workers the team to split the work across, or {@code null} to run on the calling thread
     */
    void compute(int[] order, int start, int end, Workers workers, double[] stats) {
        this.order = order;
        boolean classify = data.isClassification();
        for (int from = start; from < end; from += items.length) {
            first = from;
            count = Math.min(items.length, end - from);
            accumulate = from > start;
            runJob(backward, workers);
            runJob(sum, workers);
            for (int b = 0; b < count; b++) {
                stats[0] += losses[b];
                if (classify && right[b]) {
                    stats[1]++;
                }
            }
        }
    }

    private static void runJob(Workers.Job job, Workers workers) {
        if (workers == null) {
            job.run(0, 1);
        } else {
            workers.run(job);
        }
    }

    private void backwardPart(int part, int parts) {
        boolean classify = data.isClassification();
        int lo = (int) ((long) count * part / parts);
        int hi = (int) ((long) count * (part + 1) / parts);
        for (int b = lo; b < hi; b++) {
            int item = order[first + b];
            xOffsets[b] = item * cols;
            losses[b] = network.backpropagate(x, item * cols, t, item * tc, items[b]);
            right[b] = classify && Evaluation.predictedClass(items[b].output()) == data.label(item);
        }
    }

    private void sumPart(int part, int parts) {
        long n = grad.length;
        int from = (int) (n * part / parts);
        int to = (int) (n * (part + 1) / parts);
        network.sumGradient(items, x, xOffsets, count, grad, accumulate, from, to, scratch[part]);
    }
}
