package org.momentum4j.data;

import java.util.Objects;

/**
 * A data file read into memory: its encoded features (and targets, when the file has them), the
 * {@link Encoding} that produced them, the SHA-256 of the file's bytes, and the line each kept row came
 * from (for messages and for matching predictions to input lines).
 *
 * <p>Under {@link MissingPolicy#MEAN} the features may contain NaN where values were missing; a
 * {@link Normalizer} fitted on the training split fills them. Train only on filled data.
 */
public final class LoadedData {
    private final String source;
    private final String sha256;
    private final Encoding encoding;
    private final Dataset dataset;
    private final double[] features;
    private final int rows;
    private final long[] lines;
    private final int droppedRows;

    LoadedData(String source, String sha256, Encoding encoding, Dataset dataset, double[] features, int rows,
               long[] lines, int droppedRows) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.dataset = dataset;
        this.features = Objects.requireNonNull(features, "features");
        this.rows = rows;
        this.lines = lines;
        this.droppedRows = droppedRows;
        if (lines.length != rows || (long) rows * encoding.featureCount() != features.length) {
            throw new IllegalArgumentException("inconsistent table: " + rows + " rows, " + lines.length + " lines, "
                    + features.length + " feature values for " + encoding.featureCount() + " inputs");
        }
    }

    /** The file as the user named it, or the bundled dataset's name. */
    public String source() {
        return source;
    }

    /** SHA-256 of the file's bytes (lower-case hex); for bundled data, of its values (see {@link Datasets}). */
    public String sha256() {
        return sha256;
    }

    /** How the file's columns became features and targets. */
    public Encoding encoding() {
        return encoding;
    }

    /** Whether the file has the target columns (a file to predict from may lack them). */
    public boolean hasTargets() {
        return dataset != null;
    }

    /**
     * Features and targets as a dataset.
     *
     * @throws IllegalStateException if the file has no target columns
     */
    public Dataset dataset() {
        if (dataset == null) {
            throw new IllegalStateException(source + " has no target columns " + encoding.targetNames());
        }
        return dataset;
    }

    /** Encoded features, row-major, {@code rows() x encoding().featureCount()} (shared; read-only). */
    public double[] features() {
        return features;
    }

    /** Rows kept. */
    public int rows() {
        return rows;
    }

    /** The 1-based line row {@code r} starts on in the file. */
    public long line(int r) {
        return lines[r];
    }

    /** Rows left out because they had a missing value ({@link MissingPolicy#DROP}). */
    public int droppedRows() {
        return droppedRows;
    }

    /** Whether any feature is missing (NaN), which only {@link MissingPolicy#MEAN} allows. */
    public boolean hasMissing() {
        for (double v : features) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source + " (" + rows + " rows, " + encoding + ")";
    }
}
