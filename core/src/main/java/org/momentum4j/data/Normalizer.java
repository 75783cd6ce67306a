package org.momentum4j.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fitted per-column affine rescaling, {@code x' = (x - offset) / scale}, stored with a model and applied
 * unchanged at prediction. A missing value (NaN, only present under {@link MissingPolicy#MEAN}) is first
 * replaced by {@code fill}, the column's training mean. Fitting skips missing values.
 *
 * <table>
 *   <caption>offset and scale per method</caption>
 *   <tr><th>method</th><th>offset</th><th>scale</th></tr>
 *   <tr><td>{@link Normalization#ZSCORE zscore}</td><td>mean</td><td>population std (1 if 0)</td></tr>
 *   <tr><td>{@link Normalization#MINMAX minmax}</td><td>min</td><td>max - min (1 if 0)</td></tr>
 *   <tr><td>{@link Normalization#NONE none}</td><td>0</td><td>1</td></tr>
 * </table>
 *
 * <p>The same object rescales regression targets (always z-score, {@link #fitTargets}); {@link #inverse}
 * maps network outputs back to target units: {@code y = y' * scale + offset}.
 *
 * @param method how offset and scale were chosen
 * @param offset per column, finite
 * @param scale  per column, finite and &gt; 0
 * @param fill   per column, the value that replaces a missing one; finite
 */
public record Normalizer(Normalization method, double[] offset, double[] scale, double[] fill) {
    public Normalizer {
        Objects.requireNonNull(method, "method");
        if (offset.length != scale.length || offset.length != fill.length) {
            throw new IllegalArgumentException("offset, scale and fill must have one value per column, got "
                    + offset.length + ", " + scale.length + " and " + fill.length);
        }
        offset = offset.clone();
        scale = scale.clone();
        fill = fill.clone();
        for (int c = 0; c < offset.length; c++) {
            if (!Double.isFinite(offset[c]) || !Double.isFinite(fill[c]) || !(scale[c] > 0) || !Double.isFinite(scale[c])) {
                throw new IllegalArgumentException("column " + (c + 1) + " needs a finite offset and fill and a finite"
                        + " scale > 0, got offset " + offset[c] + ", scale " + scale[c] + ", fill " + fill[c]);
            }
        }
    }

    /**
     * Fits {@code method} on a row-major table of {@code cols} columns, skipping NaN values.
     *
     * @param names column names, for the error when a column has no values at all
     */
    public static Normalizer fit(Normalization method, double[] values, int cols, List<String> names) {
        if (cols < 1 || values.length % cols != 0) {
            throw new IllegalArgumentException(values.length + " values do not form rows of " + cols + " columns");
        }
        int rows = values.length / cols;
        double[] mean = new double[cols];
        long[] count = new long[cols];
        double[] min = new double[cols];
        double[] max = new double[cols];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r * cols + c];
                if (!Double.isNaN(v)) {
                    mean[c] += v;
                    count[c]++;
                    min[c] = Math.min(min[c], v);
                    max[c] = Math.max(max[c], v);
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            if (count[c] == 0) {
                throw new IllegalArgumentException("column '" + names.get(c) + "' has no values to fit a normaliser on");
            }
            mean[c] /= count[c];
        }
        double[] offset = new double[cols];
        double[] scale = new double[cols];
        Arrays.fill(scale, 1.0);
        switch (method) {
            case ZSCORE: {
                double[] sq = new double[cols];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        double v = values[r * cols + c];
                        if (!Double.isNaN(v)) {
                            double d = v - mean[c];
                            sq[c] += d * d;
                        }
                    }
                }
                for (int c = 0; c < cols; c++) {
                    double std = Math.sqrt(sq[c] / count[c]);
                    offset[c] = mean[c];
                    scale[c] = std > 0 ? std : 1.0;
                }
                break;
            }
            case MINMAX:
                for (int c = 0; c < cols; c++) {
                    offset[c] = min[c];
                    double range = max[c] - min[c];
                    scale[c] = range > 0 && Double.isFinite(range) ? range : 1.0;
                }
                break;
            case NONE:
                break;
            default:
                throw new AssertionError(method);
        }
        return new Normalizer(method, offset, scale, mean);
    }

    /** Fits on the features of {@code train} (the training split). */
    public static Normalizer fitFeatures(Normalization method, Dataset train) {
        return fit(method, train.features(), train.featureCount(), train.featureNames());
    }

    /** Fits a z-score on the targets of a regression dataset. */
    public static Normalizer fitTargets(Dataset train) {
        if (train.isClassification()) {
            throw new IllegalArgumentException("targets are normalised for regression only; " + train.name()
                    + " is a classification dataset");
        }
        String[] names = new String[train.targetCount()];
        for (int t = 0; t < names.length; t++) {
            names[t] = "target " + (t + 1);
        }
        return fit(Normalization.ZSCORE, train.targets(), train.targetCount(), List.of(names));
    }

    /** Number of columns. */
    public int size() {
        return offset.length;
    }

    /** Rescales {@code x[off .. off + size())} in place (missing values filled first). */
    public void transformInPlace(double[] x, int off) {
        for (int c = 0; c < offset.length; c++) {
            double v = x[off + c];
            if (Double.isNaN(v)) {
                v = fill[c];
            }
            x[off + c] = (v - offset[c]) / scale[c];
        }
    }

    /** A rescaled copy of one row. */
    public double[] transform(double[] row) {
        check(row.length);
        double[] out = row.clone();
        transformInPlace(out, 0);
        return out;
    }

    /** Maps a rescaled row back: {@code y = y' * scale + offset} (a copy). */
    public double[] inverse(double[] row) {
        check(row.length);
        double[] out = new double[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = row[c] * scale[c] + offset[c];
        }
        return out;
    }

    /** A copy of {@code data} with rescaled features. */
    public Dataset apply(Dataset data) {
        check(data.featureCount());
        return data.withFeatures(transformAll(data.features()));
    }

    /** A copy of regression {@code data} with rescaled targets. */
    public Dataset applyToTargets(Dataset data) {
        check(data.targetCount());
        return data.withTargets(transformAll(data.targets()));
    }

    private double[] transformAll(double[] values) {
        double[] x = values.clone();
        for (int off = 0; off < x.length; off += offset.length) {
            transformInPlace(x, off);
        }
        return x;
    }

    private void check(int columns) {
        if (columns != offset.length) {
            throw new IllegalArgumentException("the normaliser was fitted on " + offset.length + " columns, got "
                    + columns);
        }
    }

    @Override
    public double[] offset() {
        return offset.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public double[] fill() {
        return fill.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalizer n && method == n.method && Arrays.equals(offset, n.offset)
                && Arrays.equals(scale, n.scale) && Arrays.equals(fill, n.fill);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Arrays.hashCode(offset), Arrays.hashCode(scale), Arrays.hashCode(fill));
    }

    @Override
    public String toString() {
        return "Normalizer[" + method.id() + ", " + offset.length + " columns]";
    }
}
