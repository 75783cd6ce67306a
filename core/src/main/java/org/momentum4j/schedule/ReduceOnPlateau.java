package org.momentum4j.schedule;

/**
 * Reduce on plateau, driven by the validation loss, as PyTorch's {@code ReduceLROnPlateau} in mode
 * {@code min} with a relative threshold: at the end of each epoch,
 * <pre>
 *   if loss &lt; best * (1 - threshold):  best = loss; bad = 0      else: bad += 1
 *   if cooling down:                   cooldown -= 1; bad = 0
 *   if bad &gt; patience:                 scale *= factor; cooldown = cooldown epochs; bad = 0
 *   value = max(base * scale, min)
 * </pre>
 * so with patience 10 the value drops after the 11th epoch in a row without a relative improvement of
 * {@code threshold}, and applies from the next epoch. A reduction that would not lower the value (it is
 * already at {@code min}) is skipped. The state is a {@link PlateauState} kept by the run. Text form:
 * {@code plateau:patience=10,factor=0.1,threshold=1e-4,cooldown=0,min=0}.
 *
 * @param patience  bad epochs tolerated before a reduction, &gt;= 0
 * @param factor    multiplier per reduction, in (0, 1)
 * @param threshold relative improvement that counts, in [0, 1)
 * @param cooldown  epochs after a reduction in which bad epochs are not counted, &gt;= 0
 * @param min       floor of the value, finite and &gt;= 0
 */
public record ReduceOnPlateau(int patience, double factor, double threshold, int cooldown, double min)
        implements Schedule {
    static final int DEFAULT_PATIENCE = 10;
    static final double DEFAULT_FACTOR = 0.1;
    static final double DEFAULT_THRESHOLD = 1e-4;

    public ReduceOnPlateau {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0 epochs, got " + patience);
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1), got " + factor);
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
        }
        if (cooldown < 0) {
            throw new IllegalArgumentException("cooldown must be >= 0 epochs, got " + cooldown);
        }
        if (!(min >= 0) || !Double.isFinite(min)) {
            throw new IllegalArgumentException("min must be finite and >= 0, got " + min);
        }
    }

    /** PyTorch's defaults: patience 10, factor 0.1, threshold 1e-4, no cool-down, no floor. */
    public ReduceOnPlateau() {
        this(DEFAULT_PATIENCE, DEFAULT_FACTOR, DEFAULT_THRESHOLD, 0, 0.0);
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        return Math.max(base * plateau.scale(), min);
    }

    @Override
    public boolean needsValidationLoss() {
        return true;
    }

    @Override
    public PlateauState observe(int epoch, int span, double base, double validationLoss, PlateauState s) {
        double best = s.best();
        int bad = s.badEpochs();
        int cooling = s.cooldownLeft();
        double scale = s.scale();
        if (validationLoss < best * (1 - threshold)) {
            best = validationLoss;
            bad = 0;
        } else {
            bad++;
        }
        if (cooling > 0) {
            cooling--;
            bad = 0;
        }
        if (bad > patience) {
            double reduced = scale * factor;
            if (reduced > 0 && Math.max(base * reduced, min) < Math.max(base * scale, min)) {
                scale = reduced;
            }
            cooling = cooldown;
            bad = 0;
        }
        return new PlateauState(best, bad, cooling, scale);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("plateau");
        if (patience != DEFAULT_PATIENCE) {
            Text.setting(out, "patience", Integer.toString(patience));
        }
        if (factor != DEFAULT_FACTOR) {
            Text.setting(out, "factor", Text.number(factor));
        }
        if (threshold != DEFAULT_THRESHOLD) {
            Text.setting(out, "threshold", Text.number(threshold));
        }
        if (cooldown != 0) {
            Text.setting(out, "cooldown", Integer.toString(cooldown));
        }
        if (min != 0) {
            Text.setting(out, "min", Text.number(min));
        }
        return out.toString();
    }
}
