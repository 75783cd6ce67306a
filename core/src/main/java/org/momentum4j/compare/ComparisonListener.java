package org.momentum4j.compare;

import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;

/**
 * Hears about a {@link Comparer}'s runs while they happen, e.g. to draw progress bars. Runs go on in
 * parallel, but the comparer never calls a listener from two threads at once, so implementations need
 * no locking of their own. Calls should return quickly.
 */
public interface ComparisonListener {
    /** A listener that ignores everything. */
    ComparisonListener NONE = new ComparisonListener() {
    };

    /**
     * A run is about to train {@code network} (live: it changes once this returns; copy what you need).
     */
    default void onRunStart(Optimizer optimizer, long seed, Network network) {
    }

    /** A run finished an epoch. */
    default void onEpoch(Optimizer optimizer, long seed, EpochPoint point) {
    }

    /**
     * A run of {@code setting} is about to train {@code network}; by default calls
     * {@link #onRunStart(Optimizer, long, Network)} with its rule.
     */
    default void onRunStart(Setting setting, long seed, Network network) {
        onRunStart(setting.optimizer(), seed, network);
    }

    /** A run of {@code setting} finished an epoch; by default calls {@link #onEpoch(Optimizer, long, EpochPoint)}. */
    default void onEpoch(Setting setting, long seed, EpochPoint point) {
        onEpoch(setting.optimizer(), seed, point);
    }

    /** A run finished (all its epochs, or diverged). */
    default void onRunEnd(RunResult result) {
    }
}
