package org.momentum4j.compare;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;

/**
 * The outcome of one run of a {@link Comparison}: one optimizer setting with one seed.
 *
 * @param setting        the setting: rule and schedules
 * @param seed           the seed of its initial weights and item order
 * @param curve          the learning curve, epoch 0 (the start) first; it ends early when the run diverged
 * @param divergedAt     the epoch at whose end the run was found diverged, or -1
 * @param epochsToTarget the first epoch whose training loss was at most the target, or -1 (not reached,
 *                       or no target)
 * @param itemsToTarget  items visited by then ({@code epochsToTarget * rows}), or -1
 * @param wallTime       time spent training and evaluating
 * @param network        the trained network
 */
public record RunResult(Setting setting, long seed, List<EpochPoint> curve, int divergedAt, int epochsToTarget,
                        long itemsToTarget, Duration wallTime, Network network) {
    public RunResult {
        Objects.requireNonNull(setting, "setting");
        curve = List.copyOf(curve);
    }

    /** The setting's rule. */
    public Optimizer optimizer() {
        return setting.optimizer();
    }

    /** The setting's name in tables and legends: {@link Setting#describe()}. */
    public String label() {
        return setting.describe();
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    public boolean reachedTarget() {
        return epochsToTarget >= 0;
    }

    /** The last point of the curve. */
    public EpochPoint last() {
        return curve.get(curve.size() - 1);
    }

    public double finalTrainingLoss() {
        return last().trainingLoss();
    }

    public double finalValidationLoss() {
        return last().validationLoss();
    }

    public double finalTrainingAccuracy() {
        return last().trainingAccuracy();
    }

    public double finalValidationAccuracy() {
        return last().validationAccuracy();
    }

    /** The lowest finite training loss on the curve (NaN if none). */
    public double bestTrainingLoss() {
        return lowest(EpochPoint::trainingLoss);
    }

    /** The lowest finite validation loss on the curve (NaN without validation data). */
    public double bestValidationLoss() {
        return lowest(EpochPoint::validationLoss);
    }

    private double lowest(ToDoubleFunction<EpochPoint> figure) {
        double best = Double.NaN;
        for (EpochPoint p : curve) {
            double v = figure.applyAsDouble(p);
            if (Double.isFinite(v) && !(v >= best)) {
                best = v;
            }
        }
        return best;
    }
}
