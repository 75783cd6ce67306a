package org.momentum4j.schedule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Stages run one after another, e.g. {@code warmup:epochs=5>cosine}: each stage but the last has a fixed
 * {@link Schedule#length()}, and each counts epochs from its own start. The last stage's span is what is
 * left of the run, so a bare {@code cosine} after a 5-epoch warm-up anneals over the remaining epochs.
 * All stages scale the same base, so a warm-up ends where the next stage starts.
 *
 * @param stages two or more schedules, none of them a chain; all but the last with a fixed length
 */
public record Chain(List<Schedule> stages) implements Schedule {
    public Chain {
        stages = List.copyOf(stages);
        if (stages.size() < 2) {
            throw new IllegalArgumentException("a chain needs at least two stages, got " + stages.size());
        }
        for (int i = 0; i < stages.size(); i++) {
            Schedule stage = stages.get(i);
            if (stage instanceof Chain) {
                throw new IllegalArgumentException("a chain's stages cannot be chains: " + stage);
            }
            if (i < stages.size() - 1 && stage.length() <= 0) {
                throw new IllegalArgumentException("'" + stage + "' has no fixed length, so '" + stages.get(i + 1)
                        + "' cannot follow it (only warmup, and cosine or ramp with epochs=N, can be followed)");
            }
        }
    }

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        int start = 0;
        int last = stages.size() - 1;
        for (int i = 0; i < last; i++) {
            int length = stages.get(i).length();
            if (epoch < start + length) {
                return stages.get(i).value(epoch - start, length, base, plateau);
            }
            start += length;
        }
        return stages.get(last).value(epoch - start, span - start, base, plateau);
    }

    @Override
    public boolean needsValidationLoss() {
        return stages.get(stages.size() - 1).needsValidationLoss();
    }

    @Override
    public PlateauState observe(int epoch, int span, double base, double validationLoss, PlateauState plateau) {
        int start = 0;
        int last = stages.size() - 1;
        for (int i = 0; i < last; i++) {
            start += stages.get(i).length();
        }
        if (epoch < start) {
            return plateau;
        }
        return stages.get(last).observe(epoch - start, span - start, base, validationLoss, plateau);
    }

    @Override
    public String toString() {
        return stages.stream().map(Schedule::toString).collect(Collectors.joining(">"));
    }
}
