package org.momentum4j.train;

import java.time.Duration;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.RowUpdate;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * One training run in progress: the network being trained, the optimizer's state, and every buffer the
 * loop needs, allocated once. {@link #runEpoch()} trains one epoch; {@link Trainer#fit} calls it in a loop,
 * and callers that need control between epochs (checkpoints, early stopping) can call it themselves.
 *
 * <p>Each batch's gradient (the mean of its items' gradients) is handed to {@link Optimizer#step}. Nothing
 * is allocated per item. Three paths compute it, all giving the same bits:
 * <ul>
 *   <li>mini-batch (two or more items): {@link BatchGradient}, per-item deltas then per-row sums in item
 *       order, optionally split across threads ({@link Parallelism});</li>
 *   <li>one item, generic: {@link Network#gradient} into the gradient array, then {@code step};</li>
 *   <li>one item, fused (below).</li>
 * </ul>
 *
 * <p>Fused online path: a one-item batch with a rule that {@link Optimizer#hasRowStep has a row kernel}
 * goes through {@link Network#trainItem}, which hands each gradient row to {@link Optimizer#stepRow} as
 * back-propagation produces it; no gradient array is written or read back. The weights come out with the
 * same bits as on the generic path. Anything that needs the item's whole gradient before the update (such
 * as clipping by norm) must take the generic path.
 */
public final class TrainingRun {
    private final Network network;
    private final Dataset data;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final OptimizerState state;
    private final double[] grad;
    private final Workspace ws;
    private final int[] order;
    private final RowUpdate rows;
    private final Parallelism parallelism;
    private final BatchGradient batchGradient;
    private final double[] stats = new double[2];
    private final long startNanos;
    private int epochsDone;

    /** Starts a run on the calling thread; {@code network} is trained in place. */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config) {
        this(network, data, optimizer, config, Parallelism.SINGLE);
    }

    /**
     * Starts a run whose mini-batches may use {@code parallelism.threads()} threads; the result is the same
     * bits with any thread count. {@code network} is trained in place.
     */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                       Parallelism parallelism) {
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
        this.network = Objects.requireNonNull(network, "network");
        this.data = Objects.requireNonNull(data, "data");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.config = Objects.requireNonNull(config, "config");
        Evaluation.checkShapes(network, data);
        if (data.rows() == 0) {
            throw new IllegalArgumentException("dataset " + data.name() + " has no rows to train on");
        }
        this.state = optimizer.newState(network.parameterCount());
        this.grad = new double[network.parameterCount()];
        this.ws = network.newWorkspace();
        this.order = new int[data.rows()];
        this.rows = optimizer.hasRowStep() && fusedPays(network) ? new OptimizerRows(optimizer, state) : null;
        int maxBatch = Math.min(config.batchSize(), data.rows());
        this.batchGradient = maxBatch > 1
                ? new BatchGradient(network, data, grad, maxBatch, parallelism.threads()) : null;
        this.startNanos = System.nanoTime();
    }

    /** Trains one epoch and returns its statistics. */
    public EpochStats runEpoch() {
        ItemOrder.shuffle(config.seed(), epochsDone, order);
        int n = order.length;
        int batch = Math.min(config.batchSize(), n);
        stats[0] = 0; // loss sum, added item by item in visiting order
        stats[1] = 0; // items classified right
        Workers workers = batch > 1 && parallelism.threads() > 1 ? new Workers(parallelism.threads()) : null;
        try {
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(start + batch, n);
                if (end - start == 1) {
                    trainOne(order[start]);
                } else {
                    batchGradient.compute(order, start, end, workers, stats);
                    scale(grad, 1.0 / (end - start));
                    optimizer.step(network.parameters(), grad, state);
                }
            }
        } finally {
            if (workers != null) {
                workers.close();
            }
        }
        epochsDone++;
        boolean classify = data.isClassification();
        return new EpochStats(epochsDone, stats[0] / n, classify ? stats[1] / n : Double.NaN,
                state.learningRate(), state.momentum(), Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** One update from one item: the fused path when the rule has a row kernel, else gradient then step. */
    private void trainOne(int item) {
        double[] x = data.features();
        double[] t = data.targets();
        int xOff = item * data.featureCount();
        int tOff = item * data.targetCount();
        if (rows != null) {
            stats[0] += network.trainItem(x, xOff, t, tOff, ws, rows);
            optimizer.finishRowStep(state);
        } else {
            stats[0] += network.gradient(x, xOff, t, tOff, ws, grad, false);
            optimizer.step(network.parameters(), grad, state);
        }
        if (data.isClassification() && Evaluation.predictedClass(ws.output()) == data.label(item)) {
            stats[1]++;
        }
    }

    private static void scale(double[] g, double factor) {
        for (int i = 0; i < g.length; i++) {
            g[i] *= factor;
        }
    }

    /** Epochs completed so far. */
    public int epochsDone() {
        return epochsDone;
    }

    public Network network() {
        return network;
    }

    /** The optimizer's live state (for schedules and checkpoints). */
    public OptimizerState optimizerState() {
        return state;
    }

    public TrainingConfig config() {
        return config;
    }

    /** How many threads mini-batches may use. */
    public Parallelism parallelism() {
        return parallelism;
    }

    /**
     * Whether the fused online path is the faster one for this shape. Both give the same bits. Measured on
     * JDK 17 (C2, AVX-512): on narrow layers (W1, 4-7-3) the fused path saves the gradient array's write and
     * re-read; on wide ones (W2, 784-100-10) the whole-array step vectorises and the row kernels do not, so
     * the generic path wins there.
     */
    private static boolean fusedPays(Network network) {
        for (var layer : network.architecture().layers()) {
            if (layer.units() > FUSED_MAX_UNITS) {
                return false;
            }
        }
        return true;
    }

    private static final int FUSED_MAX_UNITS = 16;

    /** Hands gradient rows to the rule's fused kernel; one instance per run, so nothing is allocated per item. */
    private static final class OptimizerRows implements RowUpdate {
        private final Optimizer optimizer;
        private final OptimizerState state;

        OptimizerRows(Optimizer optimizer, OptimizerState state) {
            this.optimizer = optimizer;
            this.state = state;
        }

        @Override
        public void apply(double[] w, int off, double x, double[] d, int n) {
            optimizer.stepRow(w, off, x, d, n, state);
        }
    }
}
