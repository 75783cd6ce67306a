package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;

/**
 * Trains networks by back-propagation with an update rule, a training configuration and optional
 * {@link TrainingControls} (schedules, early stopping, clipping). A trainer holds only immutable settings,
 * so one instance can train any number of networks, also concurrently.
 *
 * <pre>{@code
 * TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, 1);
 * Standardizer z = Standardizer.fit(split.train());
 * Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3),
 *         WeightInit.uniform(-0.01, 0.01), 1);
 * Trainer trainer = new Trainer(new ArticleMomentum(0.05, 0.75), TrainingConfig.online(100, 1));
 * trainer.fit(net, z.apply(split.train()));
 * double accuracy = Evaluation.of(net, z.apply(split.test())).accuracy();
 * double[] probabilities = net.predict(z.transform(new double[] {5.1, 3.5, 1.4, 0.2}));
 * }</pre>
 */
public final class Trainer {
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final TrainingControls controls;
    private final Parallelism parallelism;

    public Trainer(Optimizer optimizer, TrainingConfig config) {
        this(optimizer, config, TrainingControls.NONE);
    }

    /**
     * A trainer steered by {@code controls}.
     *
     * @throws IllegalArgumentException if the controls do not suit the optimizer or configuration
     *                                  (see {@link TrainingControls#check})
     */
    public Trainer(Optimizer optimizer, TrainingConfig config, TrainingControls controls) {
        this(optimizer, config, controls, Parallelism.SINGLE);
    }

    /** A trainer whose mini-batches use {@code parallelism.threads()} threads (same results, see {@link Parallelism}). */
    public Trainer(Optimizer optimizer, TrainingConfig config, Parallelism parallelism) {
        this(optimizer, config, TrainingControls.NONE, parallelism);
    }

    /**
     * A trainer steered by {@code controls} whose mini-batches use {@code parallelism.threads()} threads.
     *
     * @throws IllegalArgumentException if the controls do not suit the optimizer or configuration
     */
    public Trainer(Optimizer optimizer, TrainingConfig config, TrainingControls controls, Parallelism parallelism) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.config = Objects.requireNonNull(config, "config");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
        controls.check(optimizer, config);
    }

    /** Trains {@code network} in place for {@code config.epochs()} epochs. */
    public TrainingResult fit(Network network, Dataset data) {
        return fit(network, data, TrainingListener.NONE);
    }

    /** Trains {@code network} in place, telling {@code listener} about every epoch. */
    public TrainingResult fit(Network network, Dataset data, TrainingListener listener) {
        return fit(network, data, null, listener);
    }

    /**
     * Trains {@code network} in place on {@code train}, measuring {@code validation} after every epoch
     * (for early stopping, a plateau schedule, and the validation figures in {@link EpochStats}).
     *
     * @param validation validation data, or null
     */
    public TrainingResult fit(Network network, Dataset train, Dataset validation, TrainingListener listener) {
        ControlledRun run = new ControlledRun(network, train, validation, optimizer, config, controls, parallelism);
        List<EpochStats> history = new ArrayList<>(config.epochs());
        while (!run.isFinished()) {
            int divergences = run.divergences().size();
            EpochStats stats = run.runEpoch();
            history.add(stats);
            listener.onEpochEnd(stats);
            if (run.divergences().size() > divergences) {
                listener.onDivergence(run.divergences().get(divergences));
            }
        }
        return run.finish(history);
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public TrainingConfig config() {
        return config;
    }

    public TrainingControls controls() {
        return controls;
    }

    public Parallelism parallelism() {
        return parallelism;
    }
}
