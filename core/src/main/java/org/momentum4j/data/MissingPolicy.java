package org.momentum4j.data;

import java.util.Locale;

/**
 * What to do with a missing value: an empty field, {@code NA} or {@code ?}.
 *
 * <ul>
 *   <li>{@link #ERROR} (the default): stop at the first one, naming its file, line and column.</li>
 *   <li>{@link #DROP}: leave out every row that has one.</li>
 *   <li>{@link #MEAN}: keep the row; a missing feature becomes the mean of that feature over the training
 *       split (for a categorical feature, each of its one-hot columns becomes its training mean, i.e. the
 *       category frequencies). The mean is stored with the model and used at prediction too. A missing
 *       target cannot be invented, so it is still an error.</li>
 * </ul>
 */
public enum MissingPolicy {
    ERROR, DROP, MEAN;

    /** The lower-case name used in the CLI and in model files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, ignoring case. */
    public static MissingPolicy parse(String text) {
        for (MissingPolicy p : values()) {
            if (p.id().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown missing-value policy '" + text + "': expected error, drop or mean");
    }

    /** Whether {@code text} (already trimmed) marks a missing value: empty, {@code NA} or {@code ?}. */
    public static boolean isMissing(String text) {
        return text.isEmpty() || text.equals("NA") || text.equals("?");
    }
}
