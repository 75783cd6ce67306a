package org.momentum4j.train;

import java.time.Duration;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.RowUpdate;
import org.momentum4j.nn.VectorSupport;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * One training run in progress: the network being trained, the optimizer's state, and every buffer the
 * loop needs, allocated once. {@link #runEpoch()} trains one epoch ({@link #runEpochWithoutStatistics()}:
 * the same, without its running loss and accuracy); {@link Trainer#fit} calls it in a loop,
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
 * goes through {@link Network#trainItem}, which hands each gradient row (or a wide layer's block of rows,
 * {@link Optimizer#stepRows}, for the SIMD kernels) to the rule as back-propagation produces it; no
 * gradient array is written or read back. The weights come out with the
 * same bits as on the generic path. Anything that needs the item's whole gradient before the update (such
 * as clipping, or a {@link StepObserver} that reads the gradient) takes the generic path.
 *
 * <p>Mini-batch steps: when the rule {@link Optimizer#hasRangeStep can step a parameter range}, each block
 * of parameters is scaled to the batch mean and stepped as soon as its gradient sum is complete, on the
 * thread that summed it ({@link BatchGradient#computeAndStep}), so the step is split across threads and
 * nothing serial is left between batches; otherwise (or with clipping, which needs the whole gradient's
 * norm first) the whole array is scaled, clipped and stepped on the calling thread. Same bits either way.
 *
 * <p>Gradient clipping ({@link GradientClipping}) applies to each batch's averaged gradient before the step.
 *
 * <p>With {@link Precision#FLOAT} in the config, items go through the single-precision engine instead
 * ({@link FloatTraining}); the network and optimizer state hold its values between epochs.
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
    private final GradientClipping clipping;
    private final boolean clip;
    private StepObserver observer;
    private final Parallelism parallelism;
    private final BatchGradient batchGradient;
    /** Whether mini-batch steps go by parameter range, fused with the gradient's last sums (class comment). */
    private final boolean rangeStep;
    /** The single-precision engine, or null in double precision. */
    private final FloatTraining floats;
    private final double[] stats = new double[2];
    /**
     * Items trained on the fused path whose loss and predicted class are not yet counted in {@link #stats}:
     * their indices and copies of their outputs, counted in visiting order when the block is full or the
     * epoch ends. Computing a block's losses together lets their logarithms run side by side, where one
     * per item sat in the middle of each item's dependent chain of operations (W1: 2-3% faster).
     */
    private final int[] pendingItems;
    private final double[][] pendingOutputs;
    private int pending;
    /** Whether the epoch in progress counts its items' losses and predicted classes. */
    private boolean counting = true;
    /** Whether every target row is one-hot at its item's label: then the losses take the one-hot fast path. */
    private final boolean oneHot;
    private final long startNanos;
    private int epochsDone;

    /** Starts a run on the calling thread without clipping; {@code network} is trained in place. */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config) {
        this(network, data, optimizer, config, GradientClipping.NONE, Parallelism.SINGLE);
    }

    /** Starts a run on the calling thread with gradient clipping; {@code network} is trained in place. */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                       GradientClipping clipping) {
        this(network, data, optimizer, config, clipping, Parallelism.SINGLE);
    }

    /** Starts a run without clipping whose mini-batches may use several threads. */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                       Parallelism parallelism) {
        this(network, data, optimizer, config, GradientClipping.NONE, parallelism);
    }

    /**
     * Starts a run whose mini-batches may use {@code parallelism.threads()} threads; the result is the same
     * bits with any thread count. {@code network} is trained in place.
     *
     * @throws IllegalArgumentException if the shapes do not fit, the data is empty, or the rule needs
     *                                  full-batch training ({@link Optimizer#requiresFullBatch()}) and the
     *                                  batch size is smaller than the data, or the config asks for
     *                                  {@link Precision#FLOAT} with something it does not support
     */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                       GradientClipping clipping, Parallelism parallelism) {
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
        this.clipping = Objects.requireNonNull(clipping, "clipping");
        this.clip = clipping.isActive();
        this.network = Objects.requireNonNull(network, "network");
        this.data = Objects.requireNonNull(data, "data");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.config = Objects.requireNonNull(config, "config");
        Evaluation.checkShapes(network, data);
        if (data.rows() == 0) {
            throw new IllegalArgumentException("dataset " + data.name() + " has no rows to train on");
        }
        FullBatchCheck.require(optimizer, config, data);
        config.precision().requireSupported(optimizer, config, clipping);
        this.state = optimizer.newState(network.parameterCount());
        this.floats = config.precision() == Precision.FLOAT ? new FloatTraining(network, data, optimizer, state) : null;
        this.grad = new double[floats != null ? 0 : network.parameterCount()]; // float runs need no double gradient
        this.ws = network.newWorkspace();
        this.order = new int[data.rows()];
        this.rows = optimizer.hasRowStep() && !clip && fusedPays(network) ? new OptimizerRows(optimizer, state) : null;
        int block = rows != null && floats == null ? Math.min(PENDING_BLOCK, data.rows()) : 0;
        this.pendingItems = new int[block];
        this.pendingOutputs = new double[block][network.architecture().outputs()];
        this.oneHot = oneHotTargets(data);
        int maxBatch = Math.min(config.batchSize(), data.rows());
        this.rangeStep = optimizer.hasRangeStep() && !clip;
        this.batchGradient = maxBatch > 1
                ? new BatchGradient(network, data, grad, maxBatch, parallelism.threads()) : null;
        this.startNanos = System.nanoTime();
    }

    /**
     * Continues a run from a saved state: {@code new TrainingRun(network, data, optimizer, config)} then
     * {@link #restore}.
     */
    public static TrainingRun resume(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                                     TrainingState state) {
        TrainingRun run = new TrainingRun(network, data, optimizer, config);
        run.restore(state);
        return run;
    }

    /**
     * Puts this run where a saved one was (see {@link TrainingState}): the network's parameters and the
     * optimizer's state are overwritten with the saved ones and the epoch count set, so the next
     * {@link #runEpoch()} trains epoch {@code state.epochsDone() + 1} exactly as the saved run would have.
     * Call it before the first epoch.
     *
     * @throws IllegalArgumentException when the state does not fit the network or the optimizer
     */
    public void restore(TrainingState saved) {
        double[] parameters = saved.parameters();
        if (parameters.length != network.parameterCount()) {
            throw new IllegalArgumentException("the saved state has " + parameters.length + " parameters, the network "
                    + network.parameterCount());
        }
        saved.restore(state);
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
        epochsDone = saved.epochsDone();
    }

    /** A copy of everything needed to continue this run later. */
    public TrainingState snapshot() {
        return TrainingState.of(epochsDone, network.parameters(), state);
    }

    /** Trains one epoch and returns its statistics. */
    public EpochStats runEpoch() {
        return epoch(true);
    }

    /**
     * Trains one epoch exactly as {@link #runEpoch()} does (the same bits in the weights and the optimizer's
     * state, the same item order) but does not report its running loss and accuracy. On the fused online
     * path this skips each item's loss (a logarithm, with one-hot targets) and the copy of its outputs,
     * which shows on small networks (W1, 4-7-3: about 7%); on the other paths the loss comes out of the pass
     * that computes the gradient, and is only not reported. For callers that judge the network another way
     * (validation data, a tuning objective), and for timing against training loops that compute no loss.
     */
    public void runEpochWithoutStatistics() {
        epoch(false);
    }

    private EpochStats epoch(boolean statistics) {
        counting = statistics;
        ItemOrder.shuffle(config.seed(), epochsDone, order);
        int n = order.length;
        int batch = Math.min(config.batchSize(), n);
        stats[0] = 0; // loss sum, added item by item in visiting order
        stats[1] = 0; // items classified right
        if (floats != null) {
            floats.beginEpoch();
        }
        Workers workers = batch > 1 ? new Workers(parallelism.threads()) : null;
        try {
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(start + batch, n);
                if (end - start == 1) {
                    trainOne(order[start]);
                    if (pending == pendingItems.length) { // here rather than in trainFused, which stays small
                        countPending();
                    }
                } else if (rangeStep) {
                    countPending();
                    batchGradient.computeAndStep(order, start, end, workers, stats, optimizer, state);
                    optimizer.finishRangeStep(state);
                    observeStep();
                } else {
                    countPending();
                    batchGradient.compute(order, start, end, workers, stats);
                    scale(grad, 1.0 / (end - start));
                    step();
                }
            }
        } finally {
            if (workers != null) {
                workers.close();
            }
        }
        countPending();
        if (floats != null) {
            floats.endEpoch();
        }
        epochsDone++;
        if (observer != null) {
            observer.epochEnded(epochsDone);
        }
        if (!statistics) {
            return null;
        }
        boolean classify = data.isClassification();
        return new EpochStats(epochsDone, stats[0] / n, classify ? stats[1] / n : Double.NaN,
                state.learningRate(), state.momentum(), Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /**
     * One update from one item: the fused path when the rule has a row kernel, else gradient then step.
     * Kept small, like {@link #trainFused}, so that the JIT inlines both into the epoch loop.
     */
    private void trainOne(int item) {
        if (floats != null) {
            floats.trainOne(item, stats);
        } else if (rows != null && observer == null) {
            trainFused(item);
        } else {
            trainGeneric(item);
        }
    }

    /**
     * The fused path; the item's loss and predicted class are counted later ({@link #pendingItems}), once
     * the epoch loop sees a full block.
     */
    private void trainFused(int item) {
        network.trainItemWithoutLoss(data.features(), item * data.featureCount(), data.targets(),
                item * data.targetCount(), ws, rows);
        optimizer.finishRowStep(state);
        if (!counting) {
            return;
        }
        double[] output = ws.output();
        double[] copy = pendingOutputs[pending];
        for (int k = 0; k < copy.length; k++) { // a loop: an arraycopy of a few values is a stub call
            copy[k] = output[k];
        }
        pendingItems[pending++] = item;
    }

    private void trainGeneric(int item) {
        countPending();
        stats[0] += network.gradient(data.features(), item * data.featureCount(), data.targets(),
                item * data.targetCount(), ws, grad, false);
        step();
        if (data.isClassification() && Evaluation.predictedClass(ws.output()) == data.label(item)) {
            stats[1]++;
        }
    }

    /** Whether {@code data} is a classification with each target row 1 at the item's label and 0 elsewhere. */
    private static boolean oneHotTargets(Dataset data) {
        if (!data.isClassification() || data.targetCount() < 2) {
            return false;
        }
        double[] t = data.targets();
        int k = data.targetCount();
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < k; c++) {
                if (t[r * k + c] != (c == data.label(r) ? 1.0 : 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds the losses and right predictions of the pending items to {@link #stats}, in visiting order. */
    private void countPending() {
        double[] t = data.targets();
        int tWidth = data.targetCount();
        boolean classify = data.isClassification();
        for (int p = 0; p < pending; p++) {
            int item = pendingItems[p];
            double[] output = pendingOutputs[p];
            stats[0] += oneHot ? network.loss(output, t, item * tWidth, data.label(item))
                    : network.loss(output, t, item * tWidth);
            if (classify && Evaluation.predictedClass(output) == data.label(item)) {
                stats[1]++;
            }
        }
        pending = 0;
    }

    /** Clips the gradient array if asked, steps, and shows the step to the observer. */
    private void step() {
        if (clip) {
            clipping.apply(grad);
        }
        optimizer.step(network.parameters(), grad, state);
        observeStep();
    }

    private void observeStep() {
        if (observer != null) {
            observer.afterStep(network.parameters(), grad, state);
        }
    }

    private static void scale(double[] g, double factor) {
        for (int i = 0; i < g.length; i++) {
            g[i] *= factor;
        }
    }

    /**
     * Attaches an instrument that sees every step (at most one; {@code null} detaches). While one is
     * attached, online steps take the generic path, since the observer reads the gradient array.
     *
     * @throws IllegalArgumentException in {@link Precision#FLOAT}, which has no double gradient to show
     */
    public void observe(StepObserver stepObserver) {
        if (floats != null && stepObserver != null) {
            throw new IllegalArgumentException("float precision supports " + Precision.FLOAT_SUPPORTS
                    + "; got a step observer");
        }
        this.observer = stepObserver;
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
     * re-read; on wide ones (W2, 784-100-10) the plain row loops stay scalar while the whole-array step
     * vectorises, so the generic path wins there, unless the SIMD kernels ({@link VectorSupport}) are on:
     * they vectorise the rows, and the fused path wins for every shape.
     */
    private static boolean fusedPays(Network network) {
        if (VectorSupport.enabled()) {
            return true;
        }
        for (var layer : network.architecture().layers()) {
            if (layer.units() > FUSED_MAX_UNITS) {
                return false;
            }
        }
        return true;
    }

    private static final int FUSED_MAX_UNITS = 16;

    /** At most this many items' losses are counted together (see {@link #pendingItems}): all of W1's 150. */
    private static final int PENDING_BLOCK = 256;

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

        @Override
        public void applyRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n) {
            optimizer.stepRows(w, off, xs, xOff, rows, d, n, state);
        }

        @Override
        public double dotThenApply(double[] w, int off, double x, double[] d, int n) {
            return optimizer.dotThenStepRow(w, off, x, d, n, state);
        }
    }
}
