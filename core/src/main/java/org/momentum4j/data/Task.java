package org.momentum4j.data;

import java.util.Locale;

/**
 * What the target column asks for. {@link #AUTO} decides from the data: classification when the target
 * holds categories (text labels), regression when it holds numbers.
 */
public enum Task {
    AUTO, CLASSIFICATION, REGRESSION;

    /** The lower-case name used in the CLI and in model files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, ignoring case. */
    public static Task parse(String text) {
        for (Task t : values()) {
            if (t.id().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + text + "': expected auto, classification or regression");
    }
}
