package org.momentum4j.train;

import java.util.Locale;

/**
 * One divergence during training and what was done about it.
 *
 * @param epoch           the 1-based epoch whose loss diverged
 * @param loss            that epoch's training loss (possibly NaN or infinite)
 * @param bestLoss        the best loss before it (of a good epoch, or of the starting weights)
 * @param learningRate    the learning rate in force during the epoch
 * @param momentum        the momentum in force during the epoch (0 if the rule has none)
 * @param recovered       whether training went on (weights rolled back, rate halved, velocities reset)
 * @param newLearningRate the learning rate training went on with, or NaN if it stopped
 */
public record DivergenceEvent(int epoch, double loss, double bestLoss, double learningRate, double momentum,
                              boolean recovered, double newLearningRate) {

    /** One line for a person, e.g. {@code epoch 12: loss NaN (best 0.31) at lr 0.5, momentum 0.9; ...}. */
    public String describe() {
        String what = recovered
                ? String.format(Locale.ROOT, "rolled back, learning rate halved to %.6g, velocities reset", newLearningRate)
                : "stopped with the weights of the last good epoch";
        return String.format(Locale.ROOT, "epoch %d: training loss %s (best %.6g) at learning rate %.6g, momentum %.6g; %s",
                epoch, Double.isFinite(loss) ? String.format(Locale.ROOT, "%.6g", loss) : Double.toString(loss),
                bestLoss, learningRate, momentum, what);
    }
}
