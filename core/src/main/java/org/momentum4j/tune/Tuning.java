package org.momentum4j.tune;

import java.util.List;
import java.util.Objects;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.MonitoredRun;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;

/**
 * A hyper-parameter search, fully specified: run it with a {@link Tuner}. Everything that can be checked
 * before training is checked here, so a bad setting fails at once with a one-line message.
 *
 * @param data             the training data; the search holds its validation data out of it (see
 *                         {@link Selection}), so never pass test data
 * @param architecture     the network shape; its inputs and outputs must match the data
 * @param init             how initial weights are drawn
 * @param space            what may vary
 * @param strategy         grid, random or successive halving
 * @param selection        validation split or k-fold
 * @param epochs           the epoch budget of a trial (successive halving: of the last rung)
 * @param seed             the search seed: candidates, splits and (with the settings) each trial's seed
 * @param standardize      whether to z-score features, fitted on each training part
 * @param divergenceFactor a trial whose training loss exceeds this multiple of its start is diverged
 */
public record Tuning(Dataset data, Architecture architecture, WeightInit init, SearchSpace space,
                     SearchStrategy strategy, Selection selection, int epochs, long seed, boolean standardize,
                     double divergenceFactor) {
    public Tuning {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(selection, "selection");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        MonitoredRun.checkDivergenceFactor(divergenceFactor);
        if (architecture.inputs() != data.featureCount() || architecture.outputs() != data.targetCount()) {
            throw new IllegalArgumentException("the network " + architecture + " does not fit " + data + ": it needs "
                    + architecture.inputs() + " features and " + architecture.outputs() + " targets per row");
        }
        if (!space.hiddenSizes().isEmpty() && architecture.depth() < 2) {
            throw new IllegalArgumentException("hidden sizes " + space.hiddenSizes() + " were given, but the network "
                    + architecture + " has no hidden layer");
        }
        if (selection instanceof Selection.KFold kf && kf.k() > data.rows()) {
            throw new IllegalArgumentException(kf.k() + "-fold cross-validation needs at least " + kf.k() + " rows, "
                    + data.name() + " has " + data.rows());
        }
        List<TrialSettings> candidates = strategy.candidates(space, seed);
        strategy.rungs(candidates.size(), epochs);
        for (TrialSettings c : candidates) {
            if (c.spec().build().requiresFullBatch() && c.batchSize() < data.rows()) {
                throw new IllegalArgumentException("'" + c.optimizer() + "' needs full-batch training, but the search"
                        + " tries batch size " + c.batchSize() + "; search it with a batch size of at least "
                        + data.rows() + " only");
            }
            c.architecture(architecture);
        }
    }

    /**
     * A search with a 20% validation split, seed 1, standardised features and the default divergence
     * factor; change the rest with the {@code with...} methods.
     */
    public static Tuning of(Dataset data, Architecture architecture, WeightInit init, SearchSpace space,
                            SearchStrategy strategy, int epochs) {
        return new Tuning(data, architecture, init, space, strategy, new Selection.Holdout(0.2), epochs, 1, true,
                Comparison.DEFAULT_DIVERGENCE_FACTOR);
    }

    public Tuning withSelection(Selection newSelection) {
        return new Tuning(data, architecture, init, space, strategy, newSelection, epochs, seed, standardize,
                divergenceFactor);
    }

    public Tuning withSeed(long newSeed) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, newSeed, standardize,
                divergenceFactor);
    }

    public Tuning withStandardize(boolean newStandardize) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, seed, newStandardize,
                divergenceFactor);
    }

    public Tuning withDivergenceFactor(double newFactor) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, seed, standardize, newFactor);
    }

    /** The candidates the strategy draws, in index order. */
    public List<TrialSettings> candidates() {
        return strategy.candidates(space, seed);
    }

    /** The planned rungs. */
    public List<Rung> rungs() {
        return strategy.rungs(candidates().size(), epochs);
    }
}
