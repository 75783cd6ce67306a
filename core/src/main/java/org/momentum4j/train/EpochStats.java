package org.momentum4j.train;

import java.time.Duration;

/**
 * What happened in one epoch, as reported to {@link TrainingListener}s.
 *
 * <p>The loss and accuracy are the running figures of the epoch: each item's loss (and whether its
 * predicted class was right) measured in the forward pass that computed its gradient, before the update
 * it led to, averaged over the epoch. This costs nothing extra; for figures at fixed weights, use
 * {@link Evaluation#of}.
 *
 * @param epoch            1-based epoch number
 * @param trainingLoss     mean loss over the epoch's items
 * @param trainingAccuracy fraction of items classified right, or NaN for regression
 * @param learningRate     the learning rate in force at the end of the epoch
 * @param momentum         the momentum in force at the end of the epoch (0 if the rule has none)
 * @param elapsed          time since training started
 */
public record EpochStats(int epoch, double trainingLoss, double trainingAccuracy, double learningRate,
                         double momentum, Duration elapsed) {
}
