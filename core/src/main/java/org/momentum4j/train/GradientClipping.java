package org.momentum4j.train;

/**
 * Gradient clipping, applied to the averaged batch gradient just before the optimizer's step (so before
 * any weight decay the rule adds). First by value, then by global norm, so both bounds hold afterwards:
 * <pre>
 *   by value:  g_i = clamp(g_i, -maxValue, maxValue)                (torch.nn.utils.clip_grad_value_)
 *   by norm:   n = sqrt(sum_i g_i^2) over all parameters;  c = maxNorm / (n + 1e-6);
 *              if c &lt; 1: g_i *= c                                  (torch.nn.utils.clip_grad_norm_)
 * </pre>
 * The {@code 1e-6} is PyTorch's, kept so that clipped steps match it. Infinity switches a bound off.
 * {@link #apply} allocates nothing.
 *
 * @param maxNorm  largest global L2 norm, &gt; 0, or {@code +Infinity} for none
 * @param maxValue largest absolute component, &gt; 0, or {@code +Infinity} for none
 */
public record GradientClipping(double maxNorm, double maxValue) {
    /** No clipping. */
    public static final GradientClipping NONE =
            new GradientClipping(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** PyTorch adds this to the norm before dividing, which also keeps a zero gradient finite. */
    static final double NORM_EPSILON = 1e-6;

    public GradientClipping {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("clip norm must be > 0, got " + maxNorm);
        }
        if (!(maxValue > 0)) {
            throw new IllegalArgumentException("clip value must be > 0, got " + maxValue);
        }
    }

    /** Clipping by global norm only. */
    public static GradientClipping byNorm(double maxNorm) {
        return new GradientClipping(maxNorm, Double.POSITIVE_INFINITY);
    }

    /** Clipping by value only. */
    public static GradientClipping byValue(double maxValue) {
        return new GradientClipping(Double.POSITIVE_INFINITY, maxValue);
    }

    public GradientClipping withMaxNorm(double newMaxNorm) {
        return new GradientClipping(newMaxNorm, maxValue);
    }

    public GradientClipping withMaxValue(double newMaxValue) {
        return new GradientClipping(maxNorm, newMaxValue);
    }

    /** Whether any bound is finite. */
    public boolean isActive() {
        return maxNorm != Double.POSITIVE_INFINITY || maxValue != Double.POSITIVE_INFINITY;
    }

    /** Clips {@code g} in place. */
    public void apply(double[] g) {
        if (maxValue != Double.POSITIVE_INFINITY) {
            double hi = maxValue;
            for (int i = 0; i < g.length; i++) {
                double gi = g[i];
                if (gi > hi) {
                    g[i] = hi;
                } else if (gi < -hi) {
                    g[i] = -hi;
                }
            }
        }
        if (maxNorm != Double.POSITIVE_INFINITY) {
            double sum = 0;
            for (int i = 0; i < g.length; i++) {
                sum += g[i] * g[i];
            }
            double c = maxNorm / (Math.sqrt(sum) + NORM_EPSILON);
            if (c < 1) {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= c;
                }
            }
        }
    }

    /** {@code clip-norm=1 clip-value=0.5}, the bounds that are on, or {@code none}. */
    @Override
    public String toString() {
        if (!isActive()) {
            return "none";
        }
        String norm = maxNorm == Double.POSITIVE_INFINITY ? "" : "clip-norm=" + maxNorm;
        String value = maxValue == Double.POSITIVE_INFINITY ? "" : "clip-value=" + maxValue;
        return norm.isEmpty() || value.isEmpty() ? norm + value : norm + " " + value;
    }
}
