package org.momentum4j.compare;

/**
 * One point of a learning curve: where a run stood at the end of an epoch.
 *
 * <p>Epoch 0 is the start, before any update; its training figures come from {@code Evaluation.of} on the
 * training data. From epoch 1 on, the training figures are the epoch's running means (each item's loss
 * measured in the pass that computed its gradient, as {@code EpochStats} documents and {@code m4j train}
 * prints). Validation figures are always measured at the epoch's end, at fixed weights.
 *
 * @param epoch              0 for the start, then 1, 2, ...
 * @param trainingLoss       mean loss per training item
 * @param trainingAccuracy   fraction of training items classified right, NaN for regression
 * @param validationLoss     mean loss per validation item, NaN without validation data
 * @param validationAccuracy fraction of validation items classified right, NaN for regression or without
 *                           validation data
 */
public record EpochPoint(int epoch, double trainingLoss, double trainingAccuracy, double validationLoss,
                         double validationAccuracy) {
}
