package org.momentum4j.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for a terminal: a header row, a rule, then the rows, each column as wide as its widest cell,
 * columns two spaces apart. Text columns are left-aligned and number columns right-aligned, so digits
 * line up. The same cells also feed the HTML report.
 */
public final class TextTable {
    /** How a column's cells sit in their width. */
    public enum Align { LEFT, RIGHT }

    /**
     * One column.
     *
     * @param header its title
     * @param align  {@link Align#RIGHT} for numbers
     */
    public record Column(String header, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
        }

        public static Column text(String header) {
            return new Column(header, Align.LEFT);
        }

        public static Column number(String header) {
            return new Column(header, Align.RIGHT);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public TextTable(Column... columns) {
        this(List.of(columns));
    }

    /** Adds a row; it must have one cell per column. */
    public TextTable row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row of this table needs " + columns.size() + " cells, got "
                    + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public TextTable row(String... cells) {
        return row(List.of(cells));
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The table as text, one line per row, each line ending in a newline; no trailing spaces. */
    public String render() {
        int[] width = new int[columns.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = columns.get(c).header().length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        List<String> headers = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (int c = 0; c < width.length; c++) {
            headers.add(columns.get(c).header());
            rules.add("-".repeat(width[c]));
        }
        line(sb, headers, width);
        line(sb, rules, width);
        for (List<String> row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(columns.get(c).align() == Align.RIGHT ? pad + cell : cell + pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        sb.append(line, 0, end).append('\n');
    }
}
