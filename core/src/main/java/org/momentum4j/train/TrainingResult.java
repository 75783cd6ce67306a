package org.momentum4j.train;

import java.util.List;
import org.momentum4j.nn.Network;

/**
 * The outcome of {@link Trainer#fit}: the trained network (the same object that was passed in) and the
 * statistics of every epoch.
 *
 * @param network the trained network
 * @param history one entry per epoch, in order
 */
public record TrainingResult(Network network, List<EpochStats> history) {
    public TrainingResult {
        history = List.copyOf(history);
    }

    /** The last epoch's statistics. */
    public EpochStats last() {
        return history.get(history.size() - 1);
    }
}
