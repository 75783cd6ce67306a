package org.momentum4j.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a model came from: the data it was trained on (a name, the SHA-256 of the file, how many rows were
 * used for training) and the momentum4j version that trained it. No time stamp: the same run saves a
 * byte-identical file.
 *
 * @param data       the data file as named when training, or a bundled dataset's name
 * @param dataSha256 SHA-256 of the data file's bytes (see {@code LoadedData#sha256()}), lower-case hex, or empty
 * @param rows       rows trained on
 * @param library    {@code momentum4j <version>}
 */
public record Provenance(String data, String dataSha256, long rows, String library) {
    /** This library's version, from the build. */
    public static final String LIBRARY_VERSION = readVersion();

    public Provenance {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dataSha256, "dataSha256");
        Objects.requireNonNull(library, "library");
        if (!dataSha256.isEmpty() && !dataSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("dataSha256 must be 64 lower-case hex digits or empty, got '"
                    + dataSha256 + "'");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        }
    }

    /** Provenance for data trained on now, by this library. */
    public static Provenance of(String data, String dataSha256, long rows) {
        return new Provenance(data, dataSha256, rows, "momentum4j " + LIBRARY_VERSION);
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
