package org.momentum4j.tune;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.momentum4j.compare.EpochPoint;
import org.momentum4j.compare.MonitoredRun;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.TrainingConfig;

/**
 * One trial in progress: a {@link MonitoredRun} per fold, all from the same initial weights (drawn with
 * the trial's seed), kept between rungs so that a promoted trial continues instead of starting over.
 * Touched by one thread at a time (the rung barrier orders the touches).
 */
final class Trial {
    private final int index;
    private final TrialSettings settings;
    private final long seed;
    private final Tuning tuning;
    private final List<Fold> folds;
    private final List<MonitoredRun> runs = new ArrayList<>();

    Trial(int index, TrialSettings settings, Tuning tuning, List<Fold> folds) {
        this.index = index;
        this.settings = settings;
        this.seed = settings.seed(tuning.seed());
        this.tuning = tuning;
        this.folds = folds;
    }

    int index() {
        return index;
    }

    /** Trains every fold to {@code rung.epochs()} (or until a fold diverges) and reports. */
    TrialResult advanceTo(Rung rung) {
        if (runs.isEmpty()) {
            start();
        }
        for (MonitoredRun run : runs) {
            run.advanceTo(rung.epochs(), p -> { });
            if (run.diverged()) {
                break;
            }
        }
        return report(rung);
    }

    private void start() {
        Architecture architecture = settings.architecture(tuning.architecture());
        Optimizer optimizer = settings.spec().build();
        TrainingConfig config = new TrainingConfig(tuning.epochs(), settings.batchSize(), seed);
        Network initial = Network.create(architecture, tuning.init(), seed);
        for (Fold fold : folds) {
            runs.add(new MonitoredRun(initial.copy(), fold.train(), fold.validation(), optimizer, config,
                    tuning.controlsFor(optimizer), tuning.divergenceFactor()));
        }
    }

    private TrialResult report(Rung rung) {
        double validationLoss = 0;
        double validationAccuracy = 0;
        double trainingLoss = 0;
        int divergedAt = -1;
        int epochs = Integer.MAX_VALUE;
        Duration wall = Duration.ZERO;
        for (MonitoredRun run : runs) {
            EpochPoint last = run.last();
            validationLoss += last.validationLoss() / runs.size();
            validationAccuracy += last.validationAccuracy() / runs.size();
            trainingLoss += last.trainingLoss() / runs.size();
            epochs = Math.min(epochs, run.epochsDone());
            wall = wall.plus(run.wallTime());
            if (run.diverged()) {
                divergedAt = run.divergedAt();
            }
        }
        return new TrialResult(index, settings, seed, rung.index(), epochs, validationLoss, validationAccuracy,
                trainingLoss, divergedAt, wall);
    }
}
