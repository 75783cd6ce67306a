package org.momentum4j.train;

import java.util.List;
import java.util.Objects;
import org.momentum4j.nn.Network;

/**
 * The outcome of {@link Trainer#fit}: the trained network (the same object that was passed in), the
 * statistics of every epoch, and why and where training ended.
 *
 * @param network            the trained network
 * @param history            one entry per epoch, in order
 * @param stopReason         why training ended
 * @param bestEpoch          the 1-based epoch with the lowest validation loss, or 0 without validation data
 * @param bestValidationLoss that loss, or NaN without validation data
 * @param weightsEpoch       the epoch whose end-of-epoch weights the network holds: the last epoch, or
 *                           {@code bestEpoch} when early stopping restored the best weights, or the last good
 *                           epoch after a divergence
 * @param divergences        every divergence and what was done about it, in order
 */
public record TrainingResult(Network network, List<EpochStats> history, StopReason stopReason, int bestEpoch,
                             double bestValidationLoss, int weightsEpoch, List<DivergenceEvent> divergences) {
    public TrainingResult {
        Objects.requireNonNull(stopReason, "stopReason");
        history = List.copyOf(history);
        divergences = List.copyOf(divergences);
    }

    /** A run that completed all its epochs without validation data. */
    public TrainingResult(Network network, List<EpochStats> history) {
        this(network, history, StopReason.COMPLETED, 0, Double.NaN, history.isEmpty() ? 0
                : history.get(history.size() - 1).epoch(), List.of());
    }

    /** The last epoch's statistics. */
    public EpochStats last() {
        return history.get(history.size() - 1);
    }

    /** The 1-based epoch training stopped after (0 if no epoch ran). */
    public int stoppedAtEpoch() {
        return history.isEmpty() ? 0 : last().epoch();
    }

    /**
     * One line saying where and why training ended, for reports and model files, e.g.
     * {@code stopped early after epoch 37: no validation improvement for 10 epochs; weights of epoch 27}.
     */
    public String describeStop() {
        String weights = weightsEpoch == stoppedAtEpoch() ? "" : "; weights of epoch " + weightsEpoch
                + " (validation loss " + bestValidationLoss + ")";
        if (stopReason == StopReason.EARLY_STOPPING) {
            return "stopped early after epoch " + stoppedAtEpoch() + ": no validation improvement for "
                    + (stoppedAtEpoch() - bestEpoch) + " epochs" + weights;
        }
        if (stopReason == StopReason.DIVERGED) {
            DivergenceEvent last = divergences.get(divergences.size() - 1);
            return "diverged in " + last.describe() + "; weights of epoch " + weightsEpoch
                    + ". Try a smaller learning rate (half or less) or less momentum, or --on-divergence recover";
        }
        if (stopReason == StopReason.INTERRUPTED) {
            return "interrupted after epoch " + stoppedAtEpoch() + weights;
        }
        return "completed " + stoppedAtEpoch() + " epochs" + weights;
    }
}
