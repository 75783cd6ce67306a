package org.momentum4j.train;

import java.time.Duration;

/**
 * What happened in one epoch, as reported to {@link TrainingListener}s.
 *
 * <p>The loss and accuracy are the running figures of the epoch: each item's loss (and whether its
 * predicted class was right) measured in the forward pass that computed its gradient, before the update
 * it led to, averaged over the epoch: one loss per item, no extra pass (a few percent of a small network's
 * time; {@link TrainingRun#runEpochWithoutStatistics} trains without them). For figures at fixed weights, use
 * {@link Evaluation#of}. The validation figures, when there is validation data, are measured at the
 * weights the epoch ended with.
 *
 * @param epoch              1-based epoch number
 * @param trainingLoss       mean loss over the epoch's items
 * @param trainingAccuracy   fraction of items classified right, or NaN for regression
 * @param learningRate       the learning rate in force during the epoch (set by a schedule, if any)
 * @param momentum           the momentum in force during the epoch (0 if the rule has none)
 * @param elapsed            time since training started
 * @param validationLoss     mean loss on the validation data after the epoch, or NaN without validation data
 * @param validationAccuracy validation accuracy after the epoch, or NaN (regression, or no validation data)
 */
public record EpochStats(int epoch, double trainingLoss, double trainingAccuracy, double learningRate,
                         double momentum, Duration elapsed, double validationLoss, double validationAccuracy) {

    /** Without validation figures. */
    public EpochStats(int epoch, double trainingLoss, double trainingAccuracy, double learningRate,
                      double momentum, Duration elapsed) {
        this(epoch, trainingLoss, trainingAccuracy, learningRate, momentum, elapsed, Double.NaN, Double.NaN);
    }

    /** These statistics with the validation figures set. */
    public EpochStats withValidation(double loss, double accuracy) {
        return new EpochStats(epoch, trainingLoss, trainingAccuracy, learningRate, momentum, elapsed, loss, accuracy);
    }

    /** Whether validation figures were measured. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
