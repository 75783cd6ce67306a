package org.momentum4j.schedule;

/**
 * A linear ramp between two absolute values, meant for momentum (e.g. 0.5 rising to 0.99, in the spirit of
 * Sutskever et al., 2013, who raise momentum as training settles): {@code from} in the first epoch,
 * {@code to} in the last epoch of the ramp, then {@code to}:
 * <pre>
 *   value(e) = from + (to - from) * e / (epochs - 1)     for e &lt; epochs, then to
 * </pre>
 * Text form: {@code ramp:from=0.5,to=0.99,epochs=50}; left out, {@code to} is the optimizer's own value
 * and the ramp stretches over the rest of the run, so {@code --momentum 0.99} with bare {@code ramp} rises
 * from 0.5 to 0.99 by the last epoch.
 *
 * @param from   value in the first epoch, finite and &gt;= 0
 * @param to     value in the last epoch, finite and &gt;= 0, or NaN for the optimizer's value
 * @param epochs length of the ramp, &gt;= 1, or 0 for the rest of the run
 */
public record Ramp(double from, double to, int epochs) implements Schedule {
    static final double DEFAULT_FROM = 0.5;

    public Ramp {
        if (!(from >= 0) || !Double.isFinite(from)) {
            throw new IllegalArgumentException("from must be finite and >= 0, got " + from);
        }
        if (!Double.isNaN(to) && (!(to >= 0) || !Double.isFinite(to))) {
            throw new IllegalArgumentException("to must be finite and >= 0, got " + to);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be at least 1 (or left out for the rest of the run), got "
                    + epochs);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        double end = Double.isNaN(to) ? base : to;
        int n = epochs > 0 ? epochs : span;
        if (epoch >= n - 1) {
            return end;
        }
        return from + (end - from) * epoch / (n - 1);
    }

    @Override
    public int length() {
        return epochs;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("ramp");
        if (from != DEFAULT_FROM) {
            Text.setting(out, "from", Text.number(from));
        }
        if (!Double.isNaN(to)) {
            Text.setting(out, "to", Text.number(to));
        }
        if (epochs > 0) {
            Text.setting(out, "epochs", Integer.toString(epochs));
        }
        return out.toString();
    }
}
