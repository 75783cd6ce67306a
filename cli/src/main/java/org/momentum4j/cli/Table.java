package org.momentum4j.cli;

import java.util.Locale;

/**
 * Fixed-width text columns for terminal output, two spaces apart, numbers right-aligned so they line up
 * under their headings; a first column of labels (such as {@code train}, {@code test}) is left-aligned.
 */
final class Table {
    private final String[] headings;
    private final int[] widths;
    private final boolean labels;

    /**
     * Each column is as wide as the larger of its heading and its given minimum width.
     *
     * @param labels whether the first column holds labels (left-aligned) rather than numbers
     */
    Table(String[] headings, int[] minWidths, boolean labels) {
        if (headings.length != minWidths.length) {
            throw new IllegalArgumentException(headings.length + " headings but " + minWidths.length + " widths");
        }
        this.labels = labels;
        this.headings = headings.clone();
        this.widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = Math.max(headings[c].length(), minWidths[c]);
        }
    }

    /** The heading line. */
    String header() {
        return line(headings);
    }

    /** One line with the given cells (a cell wider than its column pushes the rest right). */
    String line(String... cells) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String format = c == 0 && labels ? "%-" + widths[c] + "s" : "%" + widths[c] + "s";
            sb.append(String.format(Locale.ROOT, format, cells[c]));
        }
        return sb.toString().stripTrailing();
    }

    /** {@code x} with {@code decimals} digits after the point, locale-independent (NaN shows a diverged loss). */
    static String number(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** {@code x} with {@code digits} significant digits ({@code 0.05000}, {@code 2.447e-05}), locale-independent. */
    static String significant(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", x);
    }

    /** An accuracy with four decimals, or "-" where there is none (regression: NaN). */
    static String accuracy(double x) {
        return Double.isNaN(x) ? "-" : number(x, 4);
    }
}
