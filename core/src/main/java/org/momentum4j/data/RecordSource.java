package org.momentum4j.data;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a data file as trimmed text fields with their line numbers, whatever the file format. The
 * readers that build datasets ({@link TableBuilder}, {@link SchemaReader}) work on this, so CSV and ARFF
 * share one set of checks and messages.
 */
interface RecordSource extends Closeable {

    /** A column's type as the file declares it (ARFF), or null where the file declares nothing (CSV). */
    record Declared(Encoding.Kind kind, List<String> categories) {
    }

    /** The file as the user named it, for messages. */
    String file();

    /** Column names: from the header, or {@code column1, column2, ...}. */
    List<String> names();

    /** Whether the names come from the file. */
    boolean hasHeader();

    /** The line that names the columns (or the last line before the data), 0 if none. */
    long headerLine();

    /** Declared column types (one per column), or null if the format declares none. */
    List<Declared> declared();

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException;

    /** Number of fields in the current record. */
    int size();

    /** Field {@code i} (0-based) of the current record, without surrounding white space. */
    String get(int i);

    /** The 1-based line the current record starts on. */
    long line();

    /** SHA-256 of the file's bytes, lower-case hex; valid once {@link #next()} has returned false. */
    String sha256();
}
