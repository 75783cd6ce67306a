package org.momentum4j.train;

/**
 * Told at the end of every epoch; the CLI prints progress from it and reports build charts from it.
 * Called on the training thread, so it should return quickly.
 */
@FunctionalInterface
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = stats -> { };

    void onEpochEnd(EpochStats stats);

    /** Told when an epoch's loss diverged, after {@link #onEpochEnd} for that epoch; ignored by default. */
    default void onDivergence(DivergenceEvent event) {
    }
}
