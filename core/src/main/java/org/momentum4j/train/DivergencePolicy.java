package org.momentum4j.train;

import java.util.Locale;

/**
 * What training does when the loss diverges. An epoch has diverged when its training loss is not finite,
 * or when it is both more than {@code lossFactor} times the best loss so far and above the first epoch's
 * loss (so a loss that merely bounces near its best after a long descent does not count). The best loss so
 * far includes the loss of the starting weights, measured on the training data before the first epoch, so
 * a run whose first epoch already blows up (a learning rate far too large) is caught in that epoch; the
 * first epoch itself has no first-epoch loss to stay below.
 *
 * <ul>
 *   <li>{@link Action#STOP} (the default): put back the weights the last good epoch started from and stop, with a
 *       message naming the learning rate and momentum ({@link TrainingResult#describeStop()}).</li>
 *   <li>{@link Action#RECOVER}: put back those weights, halve the learning rate (from then on,
 *       every scheduled value is halved once more per recovery), reset the optimizer's state (velocities),
 *       and continue; after {@code maxRecoveries} recoveries, stop as with STOP. Each recovery is recorded
 *       ({@link TrainingResult#divergences()}).</li>
 * </ul>
 * Weka's MultilayerPerceptron restarts from scratch instead; most libraries just produce NaN.
 *
 * @param action        stop or recover
 * @param lossFactor    how many times the best loss counts as diverged, &gt; 1
 * @param maxRecoveries recoveries allowed before stopping (ignored for STOP), &gt;= 0
 */
public record DivergencePolicy(Action action, double lossFactor, int maxRecoveries) {
    /** Stop at the first divergence, loss factor 10. */
    public static final DivergencePolicy STOP = new DivergencePolicy(Action.STOP, 10, 0);

    /** The choices. */
    public enum Action {
        STOP, RECOVER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DivergencePolicy {
        if (action == null) {
            throw new IllegalArgumentException("divergence action must be stop or recover, got null");
        }
        if (!(lossFactor > 1) || Double.isNaN(lossFactor)) {
            throw new IllegalArgumentException("divergence loss factor must be > 1, got " + lossFactor);
        }
        if (maxRecoveries < 0) {
            throw new IllegalArgumentException("maximum recoveries must be >= 0, got " + maxRecoveries);
        }
    }

    /** Recover up to 10 times, loss factor 10. */
    public static DivergencePolicy recover() {
        return new DivergencePolicy(Action.RECOVER, 10, 10);
    }

    /** {@code stop} or {@code recover} (case-insensitive), with the default factor and limit. */
    public static DivergencePolicy parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "stop":
                return STOP;
            case "recover":
                return recover();
            default:
                throw new IllegalArgumentException("unknown divergence policy '" + text + "': expected stop or recover");
        }
    }

    /**
     * Whether an epoch loss counts as diverged, given the best loss so far and the first epoch's loss (NaN
     * during the first epoch, which then only has to stay within {@code lossFactor} of the starting loss).
     */
    boolean diverged(double loss, double best, double first) {
        return !Double.isFinite(loss) || (loss > lossFactor * best && !(loss <= first));
    }

    @Override
    public String toString() {
        return action.id();
    }
}
