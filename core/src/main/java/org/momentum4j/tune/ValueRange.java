package org.momentum4j.tune;

import java.util.random.RandomGenerator;

/**
 * A closed interval {@code [min, max]} of one searched setting, spaced or sampled either evenly
 * ({@link #linear}) or evenly in its logarithm ({@link #logSpaced}, {@link #sampleLog}), which suits
 * learning rates: 0.001, 0.01 and 0.1 are as far apart as they matter.
 *
 * @param name what the range is of, for messages, e.g. {@code learning rate}
 * @param min  finite
 * @param max  finite, at least {@code min}
 */
public record ValueRange(String name, double min, double max) {
    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max + "] must be finite");
        }
        if (min > max) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max + "] is inverted: min must be <= max");
        }
    }

    /** A range holding one value. */
    public static ValueRange single(String name, double value) {
        return new ValueRange(name, value, value);
    }

    public boolean isSingle() {
        return min == max;
    }

    /**
     * {@code n} values evenly spaced in log scale, both ends included:
     * {@code v_i = exp(log min + i * (log max - log min) / (n - 1))}, with {@code v_0 = min} and
     * {@code v_(n-1) = max} exactly. A single-valued range gives its value for {@code n == 1}.
     */
    public double[] logSpaced(int n) {
        checkCount(n);
        if (!(min > 0)) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max + "] must be > 0 for log spacing");
        }
        double[] v = new double[n];
        double lo = StrictMath.log(min);
        double hi = StrictMath.log(max);
        for (int i = 0; i < n; i++) {
            v[i] = i == 0 ? min : i == n - 1 ? max : StrictMath.exp(lo + i * (hi - lo) / (n - 1));
        }
        return v;
    }

    /** {@code n} values evenly spaced, both ends included: {@code v_i = min + i * (max - min) / (n - 1)}. */
    public double[] linear(int n) {
        checkCount(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i == 0 ? min : i == n - 1 ? max : min + i * (max - min) / (n - 1);
        }
        return v;
    }

    /** A value drawn log-uniformly: {@code exp(U[log min, log max))}. */
    public double sampleLog(RandomGenerator random) {
        if (isSingle()) {
            return min;
        }
        double lo = StrictMath.log(min);
        return StrictMath.exp(lo + random.nextDouble() * (StrictMath.log(max) - lo));
    }

    /** A value drawn uniformly from {@code [min, max)}. */
    public double sampleLinear(RandomGenerator random) {
        return isSingle() ? min : min + random.nextDouble() * (max - min);
    }

    private void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 " + name + ", got " + n);
        }
        if (n == 1 && !isSingle()) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max
                    + "] needs at least 2 grid points to cover it, got 1");
        }
        if (n > 1 && isSingle()) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max + "] holds a single value; a grid of "
                    + n + " would repeat it");
        }
    }

    @Override
    public String toString() {
        return isSingle() ? Double.toString(min) : "[" + min + ", " + max + "]";
    }
}
