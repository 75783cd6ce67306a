package org.momentum4j.data;

import java.util.List;

/** Resolves column references (a name, or a 1-based number) against a file's columns. */
final class ColumnRefs {
    private ColumnRefs() {
    }

    /**
     * The 0-based index of {@code ref}: a column name first (exact, then ignoring case), else a 1-based
     * number.
     *
     * @param what what the column is for, e.g. "target column", for the message
     */
    static int resolve(RecordSource src, String ref, String what) {
        List<String> names = src.names();
        String r = ref.strip();
        int at = names.indexOf(r);
        if (at >= 0) {
            return at;
        }
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).equalsIgnoreCase(r)) {
                return c;
            }
        }
        if (r.matches("[0-9]+")) {
            long n = Long.parseLong(r.length() > 10 ? "99999999999" : r);
            if (n >= 1 && n <= names.size()) {
                return (int) n - 1;
            }
            throw new DataFormatException(src.file(), 0, 0, what + " " + r + " is out of range: the file has "
                    + names.size() + " columns");
        }
        String known = src.hasHeader() ? "the columns are " + Encoding.abbreviate(names)
                : "the file has no header, so give a 1-based column number (1.." + names.size() + ")";
        throw new DataFormatException(src.file(), src.headerLine(), 0, "unknown " + what + " '" + r + "': " + known);
    }
}
