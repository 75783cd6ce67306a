package org.momentum4j.schedule;

/**
 * Linear warm-up (Goyal et al., 2017; PyTorch's {@code LinearLR} with end factor 1): the value rises from
 * {@code start * base} towards {@code base} over {@code epochs} epochs, then stays at {@code base} (or the
 * next stage of a chain takes over):
 * <pre>
 *   value(e) = base * (start + (1 - start) * e / epochs)     for e &lt; epochs, then base
 * </pre>
 * Text form: {@code warmup:epochs=5,start=0.1}; followed by another stage, e.g. {@code warmup:epochs=5>cosine}.
 *
 * @param epochs length of the warm-up, &gt;= 1
 * @param start  fraction of {@code base} in the first epoch, in (0, 1]
 */
public record Warmup(int epochs, double start) implements Schedule {
    static final int DEFAULT_EPOCHS = 5;
    static final double DEFAULT_START = 0.1;

    public Warmup {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (!(start > 0 && start <= 1)) {
            throw new IllegalArgumentException("start must be in (0, 1], got " + start);
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        if (epoch >= epochs) {
            return base;
        }
        return base * (start + (1 - start) * epoch / epochs);
    }

    @Override
    public int length() {
        return epochs;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("warmup");
        if (epochs != DEFAULT_EPOCHS) {
            Text.setting(out, "epochs", Integer.toString(epochs));
        }
        if (start != DEFAULT_START) {
            Text.setting(out, "start", Text.number(start));
        }
        return out.toString();
    }
}
