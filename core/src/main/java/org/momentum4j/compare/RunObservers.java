package org.momentum4j.compare;

import org.momentum4j.nn.Network;
import org.momentum4j.train.StepObserver;

/**
 * Chooses the instrument, if any, that watches each run of a comparison step by step (for example
 * {@link org.momentum4j.diagnostics.MomentumDiagnostics} on the first seed only). {@link Comparer} asks once per
 * run, before its first step, holding the same lock as the {@link ComparisonListener}, so an implementation
 * may keep what it hands out in an unsynchronised collection. The observer then runs on the run's thread.
 * Observing does not change the results: an observed online run takes the generic path, which gives the same
 * bits as the fused one.
 */
@FunctionalInterface
public interface RunObservers {
    /** No run is observed. */
    RunObservers NONE = (setting, seed, network) -> null;

    /**
     * The observer for the run of {@code setting} with {@code seed}, or null to leave it unobserved.
     *
     * @param network the run's network, holding its initial weights (trained in place afterwards)
     */
    StepObserver forRun(Setting setting, long seed, Network network);
}
