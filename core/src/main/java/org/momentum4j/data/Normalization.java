package org.momentum4j.data;

import java.util.Locale;

/**
 * How features are rescaled before training, each column on its own, with statistics of the training split:
 * <ul>
 *   <li>{@link #ZSCORE}: {@code x' = (x - mean) / std} (population standard deviation); the default.</li>
 *   <li>{@link #MINMAX}: {@code x' = (x - min) / (max - min)}, training values land in [0, 1].</li>
 *   <li>{@link #NONE}: {@code x' = x}.</li>
 * </ul>
 * A constant column (zero spread) is only shifted. See {@link Normalizer}.
 */
public enum Normalization {
    ZSCORE("zscore"), MINMAX("minmax"), NONE("none");

    private final String id;

    Normalization(String id) {
        this.id = id;
    }

    /** {@code zscore}, {@code minmax} or {@code none}: the name in the CLI and in model files. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}, also {@code z-score}, {@code standard}, {@code min-max}, ignoring case. */
    public static Normalization parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "zscore":
            case "z-score":
            case "standard":
                return ZSCORE;
            case "minmax":
            case "min-max":
                return MINMAX;
            case "none":
                return NONE;
            default:
                throw new IllegalArgumentException("unknown normalisation '" + text + "': expected zscore, minmax or none");
        }
    }
}
