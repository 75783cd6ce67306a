package org.momentum4j.train;

import java.time.Duration;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * One training run in progress: the network being trained, the optimizer's state, and every buffer the
 * loop needs, allocated once. {@link #runEpoch()} trains one epoch; {@link Trainer#fit} calls it in a loop,
 * and callers that need control between epochs (checkpoints, early stopping) can call it themselves.
 *
 * <p>Per item: forward and backward into the gradient array; at each batch boundary (every item when
 * online) the gradient is averaged, clipped if asked ({@link GradientClipping}) and handed to
 * {@link Optimizer#step}. Nothing is allocated per item.
 */
public final class TrainingRun {
    private final Network network;
    private final Dataset data;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final OptimizerState state;
    private final GradientClipping clipping;
    private final boolean clip;
    private final double[] grad;
    private final Workspace ws;
    private final int[] order;
    private final long startNanos;
    private int epochsDone;
    private StepObserver observer;

    /** Starts a run without gradient clipping; {@code network} is trained in place. */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config) {
        this(network, data, optimizer, config, GradientClipping.NONE);
    }

    /**
     * Starts a run; {@code network} is trained in place.
     *
     * @throws IllegalArgumentException if the shapes do not fit, the data is empty, or the rule needs
     *                                  full-batch training ({@link Optimizer#requiresFullBatch()}) and the
     *                                  batch size is smaller than the data
     */
    public TrainingRun(Network network, Dataset data, Optimizer optimizer, TrainingConfig config,
                       GradientClipping clipping) {
        this.network = Objects.requireNonNull(network, "network");
        this.data = Objects.requireNonNull(data, "data");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.config = Objects.requireNonNull(config, "config");
        Evaluation.checkShapes(network, data);
        if (data.rows() == 0) {
            throw new IllegalArgumentException("dataset " + data.name() + " has no rows to train on");
        }
        FullBatchCheck.require(optimizer, config, data);
        this.clipping = Objects.requireNonNull(clipping, "clipping");
        this.clip = clipping.isActive();
        this.state = optimizer.newState(network.parameterCount());
        this.grad = new double[network.parameterCount()];
        this.ws = network.newWorkspace();
        this.order = new int[data.rows()];
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
        ItemOrder.shuffle(config.seed(), epochsDone, order);
        double[] x = data.features();
        double[] t = data.targets();
        double[] w = network.parameters();
        int cols = data.featureCount();
        int tc = data.targetCount();
        int n = order.length;
        int batch = Math.min(config.batchSize(), n);
        boolean classify = data.isClassification();
        double lossSum = 0;
        int correct = 0;
        for (int start = 0; start < n; start += batch) {
            int end = Math.min(start + batch, n);
            for (int k = start; k < end; k++) {
                int item = order[k];
                lossSum += network.gradient(x, item * cols, t, item * tc, ws, grad, k > start);
                if (classify && Evaluation.predictedClass(ws.output()) == data.label(item)) {
                    correct++;
                }
            }
            if (end - start > 1) {
                scale(grad, 1.0 / (end - start));
            }
            if (clip) {
                clipping.apply(grad);
            }
            optimizer.step(w, grad, state);
            if (observer != null) {
                observer.afterStep(w, grad, state);
            }
        }
        epochsDone++;
        if (observer != null) {
            observer.epochEnded(epochsDone);
        }
        return new EpochStats(epochsDone, lossSum / n, classify ? (double) correct / n : Double.NaN,
                state.learningRate(), state.momentum(), Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static void scale(double[] g, double factor) {
        for (int i = 0; i < g.length; i++) {
            g[i] *= factor;
        }
    }

    /** Attaches an instrument that sees every step (at most one; {@code null} detaches). */
    public void observe(StepObserver stepObserver) {
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
}
