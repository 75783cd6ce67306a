package org.momentum4j.train;

/**
 * What divergence handling remembers between epochs, for checkpoints: the first and best epoch losses,
 * the factor that recoveries have scaled the learning rate by, and how many recoveries there were.
 *
 * @param firstLoss         the first epoch's training loss, NaN before it
 * @param bestLoss          the best training loss so far: of the starting weights (once measured, at the start
 *                          of the first epoch) and of every good epoch; +Infinity before any
 * @param learningRateScale product of the halvings so far (1 without recoveries)
 * @param recoveries        recoveries so far
 */
public record DivergenceState(double firstLoss, double bestLoss, double learningRateScale, int recoveries) {
    /** Before the first epoch. */
    public static final DivergenceState INITIAL = new DivergenceState(Double.NaN, Double.POSITIVE_INFINITY, 1.0, 0);

    /** Before the first epoch, with the training loss {@code loss} of the starting weights (ignored unless finite). */
    static DivergenceState startingAt(double loss) {
        return Double.isFinite(loss) ? new DivergenceState(Double.NaN, loss, 1.0, 0) : INITIAL;
    }

    /** After a good epoch with loss {@code loss}. */
    DivergenceState afterGoodEpoch(double loss) {
        return new DivergenceState(Double.isNaN(firstLoss) ? loss : firstLoss, Math.min(bestLoss, loss),
                learningRateScale, recoveries);
    }

    /** After a recovery. */
    DivergenceState afterRecovery() {
        return new DivergenceState(firstLoss, bestLoss, learningRateScale / 2, recoveries + 1);
    }
}
