package org.momentum4j.train;

/**
 * Where early stopping stands during a run, immutable so a checkpoint can save it as it is.
 *
 * @param bestLoss   lowest validation loss so far, {@code +Infinity} before the first epoch
 * @param bestEpoch  the 1-based epoch that reached it, 0 before the first
 * @param badEpochs  epochs in a row since then that did not improve on it by more than min-delta, &gt;= 0
 */
public record EarlyStoppingState(double bestLoss, int bestEpoch, int badEpochs) {
    /** Before the first epoch. */
    public static final EarlyStoppingState INITIAL = new EarlyStoppingState(Double.POSITIVE_INFINITY, 0, 0);

    public EarlyStoppingState {
        if (Double.isNaN(bestLoss)) {
            throw new IllegalArgumentException("early-stopping best loss must not be NaN");
        }
        if (bestEpoch < 0 || badEpochs < 0) {
            throw new IllegalArgumentException("early-stopping epochs must be >= 0, got best epoch " + bestEpoch
                    + " and bad epochs " + badEpochs);
        }
    }
}
