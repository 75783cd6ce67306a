package org.momentum4j.nn;

import java.util.Locale;

/**
 * What training minimises, per item, and the output-layer delta {@code dL/dz} it starts back-propagation with.
 *
 * <ul>
 *   <li>{@link #MEAN_SQUARED_ERROR}: {@code L = 1/2 * sum_k (a_k - t_k)^2}; the half makes {@code dL/da = a - t}.
 *       Reported losses are this value averaged over items. Works with every output activation.</li>
 *   <li>{@link #CROSS_ENTROPY}: with a softmax output, {@code L = -sum_k t_k log a_k}; with a sigmoid output
 *       (independent binary outputs), {@code L = -sum_k [t_k log a_k + (1 - t_k) log(1 - a_k)]}. In both cases
 *       the activation's derivative cancels and the fused delta is {@code a - t}.</li>
 * </ul>
 */
public enum Loss {
    MEAN_SQUARED_ERROR("mse"), CROSS_ENTROPY("cross-entropy");

    /** Guards {@code log(0)}: a probability this small already means a loss of about 690. */
    private static final double TINY = 1e-300;

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** The name used in the CLI and in model files: {@code mse} or {@code cross-entropy}. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()} (also {@code ce}, {@code crossentropy} and the enum name), ignoring case. */
    public static Loss parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (t) {
            case "mse":
            case "mean-squared-error":
                return MEAN_SQUARED_ERROR;
            case "cross-entropy":
            case "crossentropy":
            case "ce":
                return CROSS_ENTROPY;
            default:
                throw new IllegalArgumentException("unknown loss '" + text + "': expected mse or cross-entropy");
        }
    }

    /** Whether this loss is defined for that output activation. */
    public boolean supports(Activation output) {
        return this == MEAN_SQUARED_ERROR || output == Activation.SOFTMAX || output == Activation.SIGMOID;
    }

    /**
     * Computes the loss of outputs {@code a[0..n)} against targets {@code t[tOff .. tOff+n)} and writes
     * {@code dL/dz} of the output layer into {@code delta[0..n)}: {@link #delta} then {@link #loss}.
     */
    double lossAndDelta(Activation output, double[] a, double[] t, int tOff, double[] delta, int n) {
        delta(output, a, t, tOff, delta, n);
        return loss(output, a, t, tOff, n);
    }

    /** Writes {@code dL/dz} of the output layer for outputs {@code a[0..n)} into {@code delta[0..n)}. */
    void delta(Activation output, double[] a, double[] t, int tOff, double[] delta, int n) {
        for (int k = 0; k < n; k++) {
            delta[k] = a[k] - t[tOff + k];
        }
        if (this == CROSS_ENTROPY) {
            return;
        }
        if (output == Activation.SOFTMAX) {
            // Softmax Jacobian: dL/dz_j = a_j * (dL/da_j - sum_k a_k dL/da_k).
            double dot = 0;
            for (int k = 0; k < n; k++) {
                dot += a[k] * delta[k];
            }
            for (int k = 0; k < n; k++) {
                delta[k] = a[k] * (delta[k] - dot);
            }
        } else {
            output.multiplyByDerivative(a, delta, n);
        }
    }

    /** The loss alone, without a delta; used for evaluation. */
    double loss(Activation output, double[] a, double[] t, int tOff, int n) {
        if (this == CROSS_ENTROPY) {
            return crossEntropy(output, a, t, tOff, n);
        }
        double loss = 0;
        for (int k = 0; k < n; k++) {
            double e = a[k] - t[tOff + k];
            loss += 0.5 * e * e;
        }
        return loss;
    }

    /**
     * {@link #loss} for a one-hot target: {@code t[tOff + c] == 1} and every other target value 0 (the
     * caller guarantees it). With cross-entropy and a softmax output only class {@code c}'s term is added,
     * so this computes {@link #crossEntropy}'s one term, {@code 0 - 1 * log(max(a_c, tiny))}, the same
     * bits, without reading the targets or branching on them: in training's loop over a block of items
     * (one logarithm each) those branches were unpredictable and kept the logarithms from overlapping.
     */
    double lossOfClass(Activation output, double[] a, int c, double[] t, int tOff, int n) {
        if (this == CROSS_ENTROPY && output == Activation.SOFTMAX) {
            return 0.0 - 1.0 * ReproducibleMath.log(Math.max(a[c], TINY));
        }
        return loss(output, a, t, tOff, n);
    }

    /**
     * Cross-entropy of {@code a} against {@code t}. A term whose target weight is exactly 0 is skipped: it
     * would add {@code 0 * log(...)}, a zero, so the sum has the same bits, and one-hot targets then cost
     * one logarithm per item instead of one per output.
     */
    private static double crossEntropy(Activation output, double[] a, double[] t, int tOff, int n) {
        double loss = 0;
        for (int k = 0; k < n; k++) {
            double y = t[tOff + k];
            if (y != 0) {
                loss -= y * ReproducibleMath.log(Math.max(a[k], TINY));
            }
            if (output == Activation.SIGMOID && y != 1) {
                loss -= (1.0 - y) * ReproducibleMath.log(Math.max(1.0 - a[k], TINY));
            }
        }
        return loss;
    }
}
