package org.momentum4j.tune;

/**
 * Hears about a {@link Tuner}'s trials as they finish, e.g. to draw a progress bar or print a live table.
 * Trials run in parallel, but the tuner never calls a listener from two threads at once; the order of
 * {@link #onTrialEnd} calls within a rung follows the finishing order, which varies between runs.
 */
@FunctionalInterface
public interface TuningListener {
    /** A listener that ignores everything. */
    TuningListener NONE = result -> { };

    /** A rung is starting with {@code trials} trials (fewer than planned when earlier ones diverged). */
    default void onRungStart(Rung rung, int trials) {
    }

    /** A trial finished a rung (or diverged). */
    void onTrialEnd(TrialResult result);
}
