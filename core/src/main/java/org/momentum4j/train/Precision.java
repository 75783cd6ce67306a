package org.momentum4j.train;

import java.util.Locale;
import org.momentum4j.optim.Optimizer;

/**
 * The floating-point type training computes in.
 *
 * <ul>
 *   <li>{@link #DOUBLE} (the default): 64-bit {@code double} throughout, 53-bit mantissa.</li>
 *   <li>{@link #FLOAT}: during training, the parameters, the optimizer's buffers, the workspace and the
 *       dataset's features and targets are 32-bit {@code float} (24-bit mantissa), which halves the memory
 *       traffic per item and doubles the values per SIMD register. Sums, products and the update rules are
 *       computed in {@code float}; {@code tanh}, {@code exp} and {@code log} are computed in {@code double}
 *       by the same reproducible functions as in double precision and rounded to {@code float}, so a float
 *       run is bit-identical from run to run and machine to machine, like a double one.</li>
 * </ul>
 *
 * <p>The {@link org.momentum4j.nn.Network} keeps its {@code double[]} parameters: a float run copies them in
 * (rounding to the nearest {@code float}) at the start of every epoch and back out (exactly: every
 * {@code float} is a {@code double}) at its end, so evaluation, early stopping, divergence checks,
 * checkpoints and saved models see the float weights as doubles and work unchanged.
 *
 * <p>The trade-off: with a 24-bit mantissa, an update smaller than about {@code 2^-24 ~ 6e-8} of a weight's
 * magnitude is rounded away entirely (a weight of 1 cannot move by less than {@code 6e-8}); with small
 * learning rates and small gradients the float run stalls where a double run still creeps on. See
 * {@code docs/precision.md} for measurements.
 *
 * <p>{@link #FLOAT} supports online training (batch size 1) with {@link org.momentum4j.optim.Sgd},
 * {@link org.momentum4j.optim.ArticleMomentum}, {@link org.momentum4j.optim.HeavyBall} and
 * {@link org.momentum4j.optim.Nesterov} (both forms, with weight decay), schedules, early stopping,
 * divergence handling and checkpoints; {@link TrainingRun} rejects anything else (see {@link #FLOAT_SUPPORTS}).
 */
public enum Precision {
    DOUBLE, FLOAT;

    /** What {@link #FLOAT} can train, for error messages. */
    public static final String FLOAT_SUPPORTS = "online training (batch size 1) with sgd, article, momentum or"
            + " nesterov, without gradient clipping or step observers";

    /** The lower-case name used in the CLI: {@code double} or {@code float}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that this precision can train {@code optimizer} with {@code config} and {@code clipping} (always
     * true for {@link #DOUBLE}); {@link TrainingRun} calls it, callers may call it first to report early.
     *
     * @throws IllegalArgumentException saying what {@link #FLOAT} supports and what it got
     */
    public void requireSupported(Optimizer optimizer, TrainingConfig config, GradientClipping clipping) {
        if (this == FLOAT) {
            FloatTraining.check(optimizer, config, clipping);
        }
    }

    /** Parses {@link #id()}, ignoring case and surrounding blanks. */
    public static Precision parse(String text) {
        for (Precision p : values()) {
            if (p.id().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + text + "': expected double or float");
    }
}
