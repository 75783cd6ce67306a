package org.momentum4j.schedule;

/**
 * Exponential decay: {@code base * gamma^e} (PyTorch's {@code ExponentialLR}). Text form:
 * {@code exp:gamma=0.99}.
 *
 * @param gamma multiplier per epoch, finite and &gt; 0
 */
public record ExponentialDecay(double gamma) implements Schedule {
    static final double DEFAULT_GAMMA = 0.99;

    public ExponentialDecay {
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and > 0, got " + gamma);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        return base * StrictMath.pow(gamma, epoch);
    }

    @Override
    public String toString() {
        return gamma == DEFAULT_GAMMA ? "exp" : "exp:gamma=" + Text.number(gamma);
    }
}
