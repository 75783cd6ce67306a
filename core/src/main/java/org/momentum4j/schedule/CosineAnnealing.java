package org.momentum4j.schedule;

/**
 * Cosine annealing (Loshchilov and Hutter, 2017, without restarts; PyTorch's {@code CosineAnnealingLR}):
 * <pre>
 *   value(e) = min + (base - min) * (1 + cos(pi * e / T)) / 2     for e &lt; T, then min
 * </pre>
 * Epoch 0 runs at {@code base}; the value reaches {@code min} at epoch {@code T}, one past the last annealed
 * epoch, so a run of exactly {@code T} epochs ends just above {@code min}, as in PyTorch stepped per epoch.
 * Text form: {@code cosine:epochs=200,min=1e-4}; bare {@code cosine} anneals to 0 over the rest of the run.
 *
 * @param epochs {@code T}, &gt;= 1, or 0 for the rest of the run (the span)
 * @param min    the value annealed to, finite and &gt;= 0
 */
public record CosineAnnealing(int epochs, double min) implements Schedule {
    public CosineAnnealing {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be at least 1 (or left out for the rest of the run), got "
                    + epochs);
        }
        if (!(min >= 0) || !Double.isFinite(min)) {
            throw new IllegalArgumentException("min must be finite and >= 0, got " + min);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        int t = epochs > 0 ? epochs : span;
        if (epoch >= t) {
            return min;
        }
        return min + (base - min) * (1 + StrictMath.cos(Math.PI * epoch / t)) / 2;
    }

    @Override
    public int length() {
        return epochs;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("cosine");
        if (epochs > 0) {
            Text.setting(out, "epochs", Integer.toString(epochs));
        }
        if (min != 0) {
            Text.setting(out, "min", Text.number(min));
        }
        return out.toString();
    }
}
