package org.momentum4j.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.momentum4j.optim.Optimizer;

/**
 * One optimizer setting of a {@link Comparison} summarised over its seeds. The figures are the mean and
 * standard deviation over the runs that did not diverge; how many diverged is counted apart, never
 * averaged in as a number. Epochs and items to target are over the runs that reached it.
 *
 * @param setting       the setting: rule and schedules
 * @param runs          the runs of this setting, in seed order
 * @param meanCurve     per epoch, the mean of each figure over the runs that did not diverge (over all runs,
 *                      as far as they got, when every run diverged)
 */
public record SettingSummary(Setting setting, List<RunResult> runs, List<EpochPoint> meanCurve) {
    public SettingSummary {
        Objects.requireNonNull(setting, "setting");
        runs = List.copyOf(runs);
        meanCurve = List.copyOf(meanCurve);
    }

    /** Summarises the runs of one setting. */
    public static SettingSummary of(Setting setting, List<RunResult> runs) {
        List<RunResult> kept = runs.stream().filter(r -> !r.diverged()).toList();
        return new SettingSummary(setting, runs, meanCurve(kept.isEmpty() ? runs : kept));
    }

    /** Summarises the runs of a rule at constant learning rate and momentum. */
    public static SettingSummary of(Optimizer optimizer, List<RunResult> runs) {
        return of(Setting.of(optimizer), runs);
    }

    /** The setting's rule. */
    public Optimizer optimizer() {
        return setting.optimizer();
    }

    public String label() {
        return setting.describe();
    }

    /** How many runs diverged. */
    public int divergedCount() {
        return (int) runs.stream().filter(RunResult::diverged).count();
    }

    /** How many runs reached the target loss without diverging. */
    public int reachedCount() {
        return (int) runs.stream().filter(r -> !r.diverged() && r.reachedTarget()).count();
    }

    public MeanStd finalTrainingLoss() {
        return over(RunResult::finalTrainingLoss);
    }

    public MeanStd bestTrainingLoss() {
        return over(RunResult::bestTrainingLoss);
    }

    public MeanStd finalValidationLoss() {
        return over(RunResult::finalValidationLoss);
    }

    public MeanStd bestValidationLoss() {
        return over(RunResult::bestValidationLoss);
    }

    public MeanStd finalTrainingAccuracy() {
        return over(RunResult::finalTrainingAccuracy);
    }

    public MeanStd finalValidationAccuracy() {
        return over(RunResult::finalValidationAccuracy);
    }

    /** Wall time in seconds, over all runs (diverged ones too: their time was spent). */
    public MeanStd wallSeconds() {
        return MeanStd.of(runs.stream().mapToDouble(r -> r.wallTime().toNanos() / 1e9).toArray());
    }

    /** Epochs to target over the runs that did not diverge and reached it. */
    public MeanStd epochsToTarget() {
        return MeanStd.of(runs.stream().filter(r -> !r.diverged() && r.reachedTarget())
                .mapToDouble(RunResult::epochsToTarget).toArray());
    }

    /** Items to target over the runs that did not diverge and reached it. */
    public MeanStd itemsToTarget() {
        return MeanStd.of(runs.stream().filter(r -> !r.diverged() && r.reachedTarget())
                .mapToDouble(RunResult::itemsToTarget).toArray());
    }

    private MeanStd over(ToDoubleFunction<RunResult> figure) {
        return MeanStd.of(runs.stream().filter(r -> !r.diverged()).mapToDouble(figure).toArray());
    }

    private static List<EpochPoint> meanCurve(List<RunResult> runs) {
        int longest = runs.stream().mapToInt(r -> r.curve().size()).max().orElse(0);
        List<EpochPoint> mean = new ArrayList<>();
        for (int e = 0; e < longest; e++) {
            List<EpochPoint> at = new ArrayList<>();
            for (RunResult r : runs) {
                if (e < r.curve().size()) {
                    at.add(r.curve().get(e));
                }
            }
            mean.add(new EpochPoint(e, meanOf(at, EpochPoint::trainingLoss), meanOf(at, EpochPoint::trainingAccuracy),
                    meanOf(at, EpochPoint::validationLoss), meanOf(at, EpochPoint::validationAccuracy)));
        }
        return mean;
    }

    private static double meanOf(List<EpochPoint> points, ToDoubleFunction<EpochPoint> figure) {
        return MeanStd.of(points.stream().mapToDouble(figure).toArray()).mean();
    }
}
