package org.momentum4j.schedule;

/**
 * Step decay: {@code base * factor^floor(e / every)}, e.g. a tenth of the learning rate every 30 epochs
 * (PyTorch's {@code StepLR}). Text form: {@code step:every=30,factor=0.1}.
 *
 * @param every  epochs between reductions, &gt;= 1
 * @param factor multiplier per reduction, finite and &gt; 0
 */
public record StepDecay(int every, double factor) implements Schedule {
    static final int DEFAULT_EVERY = 30;
    static final double DEFAULT_FACTOR = 0.1;

    public StepDecay {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1 epoch, got " + every);
        }
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and > 0, got " + factor);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        return base * StrictMath.pow(factor, epoch / every);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("step");
        if (every != DEFAULT_EVERY) {
            Text.setting(out, "every", Integer.toString(every));
        }
        if (factor != DEFAULT_FACTOR) {
            Text.setting(out, "factor", Text.number(factor));
        }
        return out.toString();
    }
}
