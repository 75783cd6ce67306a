package org.momentum4j.train;

/**
 * How to train, apart from the update rule: how many epochs, how many items per update, and the seed
 * that fixes the order items are visited in.
 *
 * <p>{@code batchSize == 1} is online (stochastic) training, one update per item; {@code batchSize >= rows}
 * (e.g. {@link #FULL_BATCH}) is full-batch training; anything between is mini-batch. Gradients of a batch
 * are averaged. The last batch of an epoch may be smaller.
 *
 * @param epochs    passes over the data, at least 1
 * @param batchSize items per update, at least 1
 * @param seed      fixes the per-epoch item order (see {@link ItemOrder})
 * @param precision the floating-point type training computes in (see {@link Precision})
 */
public record TrainingConfig(int epochs, int batchSize, long seed, Precision precision) {
    /** A batch size that always means "the whole dataset". */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        java.util.Objects.requireNonNull(precision, "precision");
    }

    /** In double precision. */
    public TrainingConfig(int epochs, int batchSize, long seed) {
        this(epochs, batchSize, seed, Precision.DOUBLE);
    }

    /** The same settings, computed in {@code newPrecision}. */
    public TrainingConfig withPrecision(Precision newPrecision) {
        return new TrainingConfig(epochs, batchSize, seed, newPrecision);
    }

    /** A batch size as people and the CLI write it: {@code full} for {@link #FULL_BATCH}, else the number. */
    public static String batchSizeText(int batchSize) {
        return batchSize == FULL_BATCH ? "full" : Integer.toString(batchSize);
    }

    /** Online training: one update per item. */
    public static TrainingConfig online(int epochs, long seed) {
        return new TrainingConfig(epochs, 1, seed);
    }

    /** Full-batch training: one update per epoch from the average gradient over all items. */
    public static TrainingConfig fullBatch(int epochs, long seed) {
        return new TrainingConfig(epochs, FULL_BATCH, seed);
    }
}
