package org.momentum4j.data;

/**
 * A data file that cannot be used as it is: its message is the one line a user should see, in the
 * compiler style {@code file:line:column: problem}, e.g. {@code iris.csv:12:3: expected a number in column
 * 'petal_length', got 'abc'}. Line and column are 1-based; a problem that concerns a whole line has no
 * column ({@code file:line: problem}), one that concerns the whole file neither ({@code file: problem}).
 *
 * <p>Unchecked because nothing in the program can repair the file; the caller reports it and stops.
 */
public class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file as the user named it
     * @param line    1-based line, or 0 when the problem is not on one line
     * @param column  1-based column (field position), or 0 when the problem is not in one field
     * @param problem what is wrong, without the location
     */
    public DataFormatException(String file, long line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, long line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when not applicable. */
    public long line() {
        return line;
    }

    /** 1-based column, 0 when not applicable. */
    public int column() {
        return column;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
