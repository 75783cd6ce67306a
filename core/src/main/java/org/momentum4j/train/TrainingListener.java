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
}
