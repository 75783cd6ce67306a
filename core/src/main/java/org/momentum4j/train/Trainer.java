package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;

/**
 * Trains networks by back-propagation with an update rule and a training configuration. A trainer holds
 * only immutable settings, so one instance can train any number of networks, also concurrently.
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
    private final Parallelism parallelism;

    public Trainer(Optimizer optimizer, TrainingConfig config) {
        this(optimizer, config, Parallelism.SINGLE);
    }

    /** A trainer whose mini-batches use {@code parallelism.threads()} threads (same results, see {@link Parallelism}). */
    public Trainer(Optimizer optimizer, TrainingConfig config, Parallelism parallelism) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.config = Objects.requireNonNull(config, "config");
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
    }

    /** Trains {@code network} in place for {@code config.epochs()} epochs. */
    public TrainingResult fit(Network network, Dataset data) {
        return fit(network, data, TrainingListener.NONE);
    }

    /** Trains {@code network} in place, telling {@code listener} about every epoch. */
    public TrainingResult fit(Network network, Dataset data, TrainingListener listener) {
        TrainingRun run = new TrainingRun(network, data, optimizer, config, parallelism);
        List<EpochStats> history = new ArrayList<>(config.epochs());
        for (int e = 0; e < config.epochs(); e++) {
            EpochStats stats = run.runEpoch();
            history.add(stats);
            listener.onEpochEnd(stats);
        }
        return new TrainingResult(network, history);
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public TrainingConfig config() {
        return config;
    }

    public Parallelism parallelism() {
        return parallelism;
    }
}
