package org.momentum4j.data;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read a data file: which columns are targets, what task they pose, what to do with missing
 * values, and (for CSV) the delimiter and whether there is a header row. {@link #defaults()} detects
 * everything it can; each {@code with...} method returns a copy with one setting changed.
 *
 * @param target      target columns, each a column name or a 1-based column number; empty means the last
 *                    column. Several are allowed for regression only.
 * @param task        classification, regression, or {@link Task#AUTO} (decided by the target's values)
 * @param missing     what to do with empty, {@code NA} and {@code ?} fields
 * @param delimiter   CSV field separator, or {@link Delimiter#AUTO} to detect it from the first lines
 * @param header      whether the first CSV row names the columns, or {@link Header#AUTO} to detect it
 * @param categorical feature columns (names or 1-based numbers) to treat as categories even though their
 *                    values look like numbers; other columns are categorical when their first value is
 *                    not a number
 */
public record ReadOptions(List<String> target, Task task, MissingPolicy missing, Delimiter delimiter, Header header,
                          List<String> categorical) {

    /** The CSV field separator. */
    public enum Delimiter {
        AUTO('\0'), COMMA(','), SEMICOLON(';'), TAB('\t');

        private final char symbol;

        Delimiter(char symbol) {
            this.symbol = symbol;
        }

        /** The separator character ({@code '\0'} for {@link #AUTO}). */
        public char symbol() {
            return symbol;
        }

        /** Parses {@code auto}, {@code comma} or {@code ,}, {@code semicolon} or {@code ;}, {@code tab} or {@code \t}. */
        public static Delimiter parse(String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "auto":
                    return AUTO;
                case ",":
                case "comma":
                    return COMMA;
                case ";":
                case "semicolon":
                    return SEMICOLON;
                case "tab":
                case "\\t":
                    return TAB;
                default:
                    if (text.equals("\t")) {
                        return TAB;
                    }
                    throw new IllegalArgumentException("unknown delimiter '" + text
                            + "': expected auto, comma, semicolon or tab");
            }
        }
    }

    /** Whether the first CSV row is a header. */
    public enum Header {
        AUTO, PRESENT, ABSENT;

        /** Parses {@code auto}, {@code yes}/{@code true}/{@code present}, {@code no}/{@code false}/{@code absent}. */
        public static Header parse(String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "auto":
                    return AUTO;
                case "yes":
                case "true":
                case "present":
                    return PRESENT;
                case "no":
                case "false":
                case "absent":
                    return ABSENT;
                default:
                    throw new IllegalArgumentException("unknown header setting '" + text + "': expected auto, yes or no");
            }
        }
    }

    public ReadOptions {
        target = List.copyOf(target);
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(header, "header");
        categorical = List.copyOf(categorical);
        for (String t : target) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("target column must be a name or a 1-based number, got an empty string");
            }
        }
        if (target.size() > 1 && task == Task.CLASSIFICATION) {
            throw new IllegalArgumentException("classification takes exactly one target column, got " + target.size()
                    + ": " + target);
        }
    }

    /** Last column as target, task detected, missing values an error, delimiter and header detected. */
    public static ReadOptions defaults() {
        return new ReadOptions(List.of(), Task.AUTO, MissingPolicy.ERROR, Delimiter.AUTO, Header.AUTO, List.of());
    }

    /** Target columns by name or 1-based number. */
    public ReadOptions withTarget(String... columns) {
        return new ReadOptions(List.of(columns), task, missing, delimiter, header, categorical);
    }

    public ReadOptions withTask(Task newTask) {
        return new ReadOptions(target, newTask, missing, delimiter, header, categorical);
    }

    public ReadOptions withMissing(MissingPolicy newMissing) {
        return new ReadOptions(target, task, newMissing, delimiter, header, categorical);
    }

    public ReadOptions withDelimiter(Delimiter newDelimiter) {
        return new ReadOptions(target, task, missing, newDelimiter, header, categorical);
    }

    public ReadOptions withHeader(Header newHeader) {
        return new ReadOptions(target, task, missing, delimiter, newHeader, categorical);
    }

    /** Feature columns (names or 1-based numbers) forced to be categorical. */
    public ReadOptions withCategorical(String... columns) {
        return new ReadOptions(target, task, missing, delimiter, header, List.of(columns));
    }
}
