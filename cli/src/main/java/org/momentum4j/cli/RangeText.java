package org.momentum4j.cli;

import org.momentum4j.tune.ValueRange;

/** Reads the {@code MIN:MAX} (or a single {@code VALUE}) of a search range such as {@code --lr 0.001:0.3}. */
final class RangeText {
    private RangeText() {
    }

    /**
     * The range {@code text} describes, named {@code name} in core's messages.
     *
     * @throws UsageException naming {@code flag} when the text is empty, not numbers, or inverted
     */
    static ValueRange parse(String flag, String name, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw UsageException.about(flag, "empty range: expected MIN:MAX, e.g. " + example(flag));
        }
        String[] parts = t.split(":", -1);
        if (parts.length > 2) {
            throw UsageException.about(flag, "'" + t + "' has " + (parts.length - 1) + " colons: expected MIN:MAX,"
                    + " e.g. " + example(flag));
        }
        double min = number(flag, parts[0], "MIN", t);
        double max = parts.length == 1 ? min : number(flag, parts[1], "MAX", t);
        try {
            return new ValueRange(name, min, max);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(flag, e);
        }
    }

    private static double number(String flag, String part, String which, String text) {
        if (part.isBlank()) {
            throw UsageException.about(flag, which + " is missing in '" + text + "': expected MIN:MAX, e.g. "
                    + example(flag));
        }
        try {
            return Double.parseDouble(part.trim());
        } catch (NumberFormatException e) {
            throw UsageException.about(flag, which + " '" + part.trim() + "' in '" + text + "' is not a number");
        }
    }

    private static String example(String flag) {
        return flag.equals("--lr") ? "0.001:0.3" : "0:0.95";
    }
}
