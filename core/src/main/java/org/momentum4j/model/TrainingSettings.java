package org.momentum4j.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.TrainingConfig;

/**
 * How a model was trained, for the record: enough to run the training again.
 *
 * @param optimizer  the update rule as {@link Optimizer#describe()} writes it, e.g. {@code article lr=0.05 momentum=0.75}
 * @param weightInit the initialisation, as {@link WeightInit} parses it, e.g. {@code uniform:-0.01:0.01}
 * @param epochs     epochs actually trained (fewer than configured when training stopped early), &gt;= 0
 * @param batchSize  items per update, &gt;= 1 ({@link TrainingConfig#FULL_BATCH} for full batch)
 * @param seed       the seed of the weights and the item order
 * @param settings   anything else the trainer wants recorded (e.g. the CLI's options), sorted by key
 */
public record TrainingSettings(String optimizer, String weightInit, int epochs, int batchSize, long seed,
                               Map<String, String> settings) {
    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(weightInit, "weightInit");
        if (optimizer.isBlank()) {
            throw new IllegalArgumentException("the optimizer description must not be blank");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** The settings of a run of {@code config} with {@code optimizer}, {@code epochs} epochs trained. */
    public static TrainingSettings of(Optimizer optimizer, WeightInit init, TrainingConfig config, int epochs) {
        return new TrainingSettings(optimizer.describe(), init.toString(), epochs, config.batchSize(), config.seed(),
                Map.of());
    }

    /** A copy with more recorded settings. */
    public TrainingSettings with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(settings);
        all.putAll(more);
        return new TrainingSettings(optimizer, weightInit, epochs, batchSize, seed, all);
    }
}
