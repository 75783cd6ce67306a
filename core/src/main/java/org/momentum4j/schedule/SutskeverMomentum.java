package org.momentum4j.schedule;

/**
 * The momentum schedule of Sutskever, Martens, Dahl and Hinton (2013), "On the importance of initialization
 * and momentum in deep learning", counted in epochs instead of their blocks of 250 updates:
 * <pre>
 *   value(e) = min(1 - 2^(-1 - log2(floor(e / every) + 1)), max) = min(1 - 1 / (2 * (floor(e / every) + 1)), max)
 * </pre>
 * which gives 0.5, 0.75, 0.833, 0.875, 0.9, ... capped at {@code max}. Text form:
 * {@code sutskever:every=1,max=0.99}; left out, {@code max} is the optimizer's momentum.
 *
 * @param every epochs per rise, &gt;= 1
 * @param max   the cap, in [0, 1), or NaN for the optimizer's momentum
 */
public record SutskeverMomentum(int every, double max) implements Schedule {
    public SutskeverMomentum {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1 epoch, got " + every);
        }
        if (!Double.isNaN(max) && !(max >= 0 && max < 1)) {
            throw new IllegalArgumentException("max must be in [0, 1), got " + max);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        double cap = Double.isNaN(max) ? base : max;
        return Math.min(1 - 1.0 / (2.0 * (epoch / every + 1)), cap);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("sutskever");
        if (every != 1) {
            Text.setting(out, "every", Integer.toString(every));
        }
        if (!Double.isNaN(max)) {
            Text.setting(out, "max", Text.number(max));
        }
        return out.toString();
    }
}
