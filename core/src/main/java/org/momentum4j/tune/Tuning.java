package org.momentum4j.tune;

import java.util.List;
import java.util.Objects;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.MonitoredRun;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;

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
 * @param controls         learning-rate and momentum schedules for every trial ({@link TrainingControls#NONE}
 *                         for none; nothing but schedules). A schedule's base is the trial's own learning rate
 *                         or momentum; the momentum schedule steers only the rules that have momentum (see
 *                         {@link #controlsFor}). Schedules always run over {@code epochs}, the final budget,
 *                         also in the early rungs of successive halving: a rung of {@code b} epochs trains the
 *                         first {@code b} epochs of the full schedule (for a bare {@code cosine}, the learning
 *                         rate has only begun to anneal), so a promoted trial goes on exactly as a full run would,
 *                         and early rungs rank trials by how they start under the schedule.
 */
public record Tuning(Dataset data, Architecture architecture, WeightInit init, SearchSpace space,
                     SearchStrategy strategy, Selection selection, int epochs, long seed, boolean standardize,
                     double divergenceFactor, TrainingControls controls) {
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
        Objects.requireNonNull(controls, "controls");
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
            Optimizer o = c.spec().build();
            MonitoredRun.checkControls(controlsFor(controls, o), o, new TrainingConfig(epochs, c.batchSize(), 0), true);
        }
    }

    /**
     * A search with a 20% validation split, seed 1, standardised features and the default divergence
     * factor; change the rest with the {@code with...} methods.
     */
    public static Tuning of(Dataset data, Architecture architecture, WeightInit init, SearchSpace space,
                            SearchStrategy strategy, int epochs) {
        return new Tuning(data, architecture, init, space, strategy, new Selection.Holdout(0.2), epochs, 1, true,
                Comparison.DEFAULT_DIVERGENCE_FACTOR, TrainingControls.NONE);
    }

    public Tuning withSelection(Selection newSelection) {
        return new Tuning(data, architecture, init, space, strategy, newSelection, epochs, seed, standardize,
                divergenceFactor, controls);
    }

    public Tuning withSeed(long newSeed) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, newSeed, standardize,
                divergenceFactor, controls);
    }

    public Tuning withStandardize(boolean newStandardize) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, seed, newStandardize,
                divergenceFactor, controls);
    }

    public Tuning withDivergenceFactor(double newFactor) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, seed, standardize, newFactor,
                controls);
    }

    /** With {@code newControls} (schedules only) steering every trial. */
    public Tuning withControls(TrainingControls newControls) {
        return new Tuning(data, architecture, init, space, strategy, selection, epochs, seed, standardize,
                divergenceFactor, newControls);
    }

    /** The schedules that steer a trial of {@code optimizer}: {@link #controls} for that rule. */
    public TrainingControls controlsFor(Optimizer optimizer) {
        return controlsFor(controls, optimizer);
    }

    /** {@code controls}, without the momentum schedule when {@code optimizer} has no momentum. */
    static TrainingControls controlsFor(TrainingControls controls, Optimizer optimizer) {
        return optimizer.hasMomentum() ? controls : controls.withMomentumSchedule(Schedule.constant());
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
