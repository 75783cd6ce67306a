package org.momentum4j.tune;

import java.time.Duration;
import java.util.Objects;

/**
 * Where one trial stood at the end of a rung. Losses and accuracy are means over the folds at the trial's
 * last epoch. A diverged trial has stopped for good; its numbers are not comparable and it is never
 * ranked.
 *
 * @param index              the trial's position among the candidates
 * @param settings           what it trained with
 * @param seed               its seed (initial weights and item order)
 * @param rung               the rung this result ends
 * @param epochs             epochs trained (fewer than the rung's when it diverged)
 * @param validationLoss     mean validation loss over the folds
 * @param validationAccuracy mean validation accuracy, NaN for regression
 * @param trainingLoss       mean training loss (the last epoch's running mean) over the folds
 * @param divergedAt         the epoch divergence was found at, or -1
 * @param wallTime           time spent on this trial so far, over all its folds and rungs
 */
public record TrialResult(int index, TrialSettings settings, long seed, int rung, int epochs, double validationLoss,
                          double validationAccuracy, double trainingLoss, int divergedAt, Duration wallTime) {
    public TrialResult {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(wallTime, "wallTime");
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }
}
