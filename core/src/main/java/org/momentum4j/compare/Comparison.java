package org.momentum4j.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.TrainingConfig;

/**
 * A fair race between optimizer settings: every setting trains the same architecture on the same data,
 * and for each seed every setting starts from the same initial weights ({@link Network#copy()} of one
 * network drawn with that seed) and visits items in the same order (the same {@link TrainingConfig} seed).
 * So the only difference between two runs of one seed is the update rule and its schedules ({@link Setting}).
 * Over several seeds the
 * results are summarised by their mean and standard deviation. Run it with {@link Comparer}.
 *
 * <p>The data is used as given; split and standardise it first (see {@link DefaultComparison}).
 *
 * @param train            the data trained on
 * @param validation       data evaluated after every epoch, or null for none
 * @param architecture     the network shape, its inputs and outputs matching the data
 * @param init             how initial weights are drawn
 * @param settings         the settings to compare (rules and their schedules), at least one, no two alike;
 *                         schedules run over {@code epochs}
 * @param epochs           epochs per run (a run that diverges stops earlier)
 * @param batchSize        items per update (1: online)
 * @param seeds            one or more seeds, each fixing initial weights and item order
 * @param targetLoss       the training loss to reach for "epochs to target"; NaN for none
 * @param divergenceFactor a run whose training loss exceeds this multiple of its start is diverged
 */
public record Comparison(Dataset train, Dataset validation, Architecture architecture, WeightInit init,
                         List<Setting> settings, int epochs, int batchSize, List<Long> seeds, double targetLoss,
                         double divergenceFactor) {

    /** The default divergence factor: a training loss ten times its starting value. */
    public static final double DEFAULT_DIVERGENCE_FACTOR = 10;

    public Comparison {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(init, "init");
        settings = List.copyOf(settings);
        seeds = List.copyOf(seeds);
        TrainingConfig config = new TrainingConfig(epochs, batchSize, 0); // its constructor checks both for us
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one optimizer setting, got none");
        }
        Set<String> labels = new HashSet<>();
        for (Setting setting : settings) {
            Optimizer o = setting.optimizer();
            if (!labels.add(setting.describe())) {
                throw new IllegalArgumentException("optimizer setting '" + setting.describe() + "' is listed twice");
            }
            try {
                MonitoredRun.checkControls(setting.controls(), o, config, validation != null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + setting.describe() + "': " + e.getMessage(), e);
            }
            if (o.requiresFullBatch() && batchSize < train.rows()) {
                throw new IllegalArgumentException("'" + o.describe() + "' needs full-batch training, but the batch size"
                        + " is " + batchSize + " and the training data has " + train.rows() + " rows");
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one seed, got none");
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("seeds must differ, got " + seeds);
        }
        if (!Double.isNaN(targetLoss) && !(targetLoss > 0 && Double.isFinite(targetLoss))) {
            throw new IllegalArgumentException("target loss must be finite and > 0 (or NaN for none), got "
                    + targetLoss);
        }
        MonitoredRun.checkDivergenceFactor(divergenceFactor);
        checkShapes(architecture, train, "training");
        if (validation != null) {
            checkShapes(architecture, validation, "validation");
        }
    }

    /**
     * A comparison of {@code optimizers} for {@code epochs} online epochs with seed 1, no target loss and
     * the {@link #DEFAULT_DIVERGENCE_FACTOR}; change the rest with the {@code with...} methods.
     */
    public static Comparison of(Dataset train, Dataset validation, Architecture architecture, WeightInit init,
                                List<Optimizer> optimizers, int epochs) {
        return new Comparison(train, validation, architecture, init, Setting.of(optimizers), epochs, 1, List.of(1L), Double.NaN,
                DEFAULT_DIVERGENCE_FACTOR);
    }

    /** With {@code newOptimizers} as the settings, each at constant learning rate and momentum. */
    public Comparison withOptimizers(List<Optimizer> newOptimizers) {
        return withSettings(Setting.of(newOptimizers));
    }

    public Comparison withSettings(List<Setting> newSettings) {
        return new Comparison(train, validation, architecture, init, newSettings, epochs, batchSize, seeds,
                targetLoss, divergenceFactor);
    }

    /** The rules of the settings, in order (two settings may share a rule and differ in schedules). */
    public List<Optimizer> optimizers() {
        return settings.stream().map(Setting::optimizer).toList();
    }

    public Comparison withEpochs(int newEpochs) {
        return new Comparison(train, validation, architecture, init, settings, newEpochs, batchSize, seeds,
                targetLoss, divergenceFactor);
    }

    public Comparison withBatchSize(int newBatchSize) {
        return new Comparison(train, validation, architecture, init, settings, epochs, newBatchSize, seeds,
                targetLoss, divergenceFactor);
    }

    public Comparison withSeeds(List<Long> newSeeds) {
        return new Comparison(train, validation, architecture, init, settings, epochs, batchSize, newSeeds,
                targetLoss, divergenceFactor);
    }

    public Comparison withTargetLoss(double newTargetLoss) {
        return new Comparison(train, validation, architecture, init, settings, epochs, batchSize, seeds,
                newTargetLoss, divergenceFactor);
    }

    public Comparison withDivergenceFactor(double newFactor) {
        return new Comparison(train, validation, architecture, init, settings, epochs, batchSize, seeds,
                targetLoss, newFactor);
    }

    /** The weights every setting starts from for {@code seed}: {@code Network.create(architecture, init, seed)}. */
    public Network initialNetwork(long seed) {
        return Network.create(architecture, init, seed);
    }

    /** The training configuration of the runs for {@code seed}. */
    public TrainingConfig config(long seed) {
        return new TrainingConfig(epochs, batchSize, seed);
    }

    private static void checkShapes(Architecture architecture, Dataset data, String role) {
        if (architecture.inputs() != data.featureCount()) {
            throw new IllegalArgumentException("the network takes " + architecture.inputs() + " inputs but the "
                    + role + " data " + data.name() + " has " + data.featureCount() + " features");
        }
        if (architecture.outputs() != data.targetCount()) {
            throw new IllegalArgumentException("the network has " + architecture.outputs() + " outputs but the "
                    + role + " data " + data.name() + " has " + data.targetCount() + " targets per row");
        }
    }
}
