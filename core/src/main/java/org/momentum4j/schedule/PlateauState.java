package org.momentum4j.schedule;

/**
 * The state of a {@link ReduceOnPlateau} schedule during one run, immutable so that a checkpoint can save
 * it as it is: the best validation loss so far, how many epochs in a row have not beaten it, how many
 * epochs of cool-down remain, and the factor the base value has been reduced by.
 *
 * @param best         lowest validation loss seen, {@code +Infinity} before the first
 * @param badEpochs    consecutive epochs without an improvement, &gt;= 0
 * @param cooldownLeft epochs left in which bad epochs are not counted, &gt;= 0
 * @param scale        product of all reductions so far, in (0, 1]
 */
public record PlateauState(double best, int badEpochs, int cooldownLeft, double scale) {
    /** The state at the start of a run: no best yet, no reductions. */
    public static final PlateauState INITIAL = new PlateauState(Double.POSITIVE_INFINITY, 0, 0, 1.0);

    public PlateauState {
        if (Double.isNaN(best)) {
            throw new IllegalArgumentException("plateau best loss must not be NaN");
        }
        if (badEpochs < 0 || cooldownLeft < 0) {
            throw new IllegalArgumentException("plateau counters must be >= 0, got bad epochs " + badEpochs
                    + " and cool-down " + cooldownLeft);
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("plateau scale must be in (0, 1], got " + scale);
        }
    }
}
