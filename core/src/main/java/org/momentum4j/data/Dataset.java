package org.momentum4j.data;

import java.util.List;
import java.util.Objects;

/**
 * A table of training items held in two contiguous row-major {@code double[]} arrays: features
 * ({@code rows x featureCount}) and targets ({@code rows x targetCount}). Item {@code r}'s features start at
 * {@code r * featureCount}, so the engine reads rows in place without copying.
 *
 * <p>A classification dataset also has an integer label per row and the class names. Its targets are
 * one-hot ({@code targetCount == classes}), or, for a two-class problem with a single sigmoid output, the
 * label itself as 0 or 1 ({@code targetCount == 1}). A regression dataset has no labels.
 *
 * <p>The arrays are shared, not copied: treat what {@link #features()} and {@link #targets()} return as
 * read-only.
 */
public final class Dataset {
    private final String name;
    private final int rows;
    private final List<String> featureNames;
    private final double[] features;
    private final int targetCount;
    private final double[] targets;
    private final int[] labels;
    private final List<String> classNames;

    private Dataset(String name, List<String> featureNames, double[] features, int targetCount, double[] targets,
                    int[] labels, List<String> classNames) {
        this.name = Objects.requireNonNull(name, "name");
        this.featureNames = List.copyOf(featureNames);
        int cols = this.featureNames.size();
        if (cols < 1) {
            throw new IllegalArgumentException("a dataset needs at least one feature column");
        }
        if (features.length % cols != 0) {
            throw new IllegalArgumentException("features length " + features.length + " is not a multiple of "
                    + cols + " columns");
        }
        this.rows = features.length / cols;
        if (targetCount < 1 || targets.length != (long) rows * targetCount) {
            throw new IllegalArgumentException("expected " + rows + " x " + targetCount + " targets, got "
                    + targets.length + " values");
        }
        this.features = features;
        this.targetCount = targetCount;
        this.targets = targets;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
    }

    /**
     * A classification dataset with one-hot targets.
     *
     * @param features   row-major, {@code labels.length * featureNames.size()} values (not copied)
     * @param labels     class index per row, in {@code [0, classNames.size())}
     * @param classNames at least two
     */
    public static Dataset classification(String name, List<String> featureNames, double[] features, int[] labels,
                                         List<String> classNames) {
        int k = checkLabels(labels, classNames);
        double[] oneHot = new double[labels.length * k];
        for (int r = 0; r < labels.length; r++) {
            oneHot[r * k + labels[r]] = 1.0;
        }
        return new Dataset(name, featureNames, features, k, oneHot, labels, classNames);
    }

    /** A two-class dataset whose single target per row is the label (0 or 1), for one sigmoid output unit. */
    public static Dataset binary(String name, List<String> featureNames, double[] features, int[] labels,
                                 List<String> classNames) {
        if (checkLabels(labels, classNames) != 2) {
            throw new IllegalArgumentException("a binary dataset needs exactly 2 classes, got " + classNames.size());
        }
        double[] t = new double[labels.length];
        for (int r = 0; r < labels.length; r++) {
            t[r] = labels[r];
        }
        return new Dataset(name, featureNames, features, 1, t, labels, classNames);
    }

    /** A regression dataset with {@code targetCount} real-valued targets per row. */
    public static Dataset regression(String name, List<String> featureNames, double[] features, int targetCount,
                                     double[] targets) {
        return new Dataset(name, featureNames, features, targetCount, targets, null, List.of());
    }

    private static int checkLabels(int[] labels, List<String> classNames) {
        int k = classNames.size();
        if (k < 2) {
            throw new IllegalArgumentException("classification needs at least 2 classes, got " + k);
        }
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0 || labels[r] >= k) {
                throw new IllegalArgumentException("row " + r + " has label " + labels[r] + ", expected 0.." + (k - 1));
            }
        }
        return k;
    }

    /** The rows at the given indices, in that order, as a new dataset (copies the values). */
    public Dataset select(int[] indices, String newName) {
        int cols = featureCount();
        double[] f = new double[indices.length * cols];
        double[] t = new double[indices.length * targetCount];
        int[] l = labels == null ? null : new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int r = indices[k];
            System.arraycopy(features, r * cols, f, k * cols, cols);
            System.arraycopy(targets, r * targetCount, t, k * targetCount, targetCount);
            if (l != null) {
                l[k] = labels[r];
            }
        }
        return new Dataset(newName, featureNames, f, targetCount, t, l, classNames);
    }

    /** The same targets and labels with other feature values (e.g. normalised), same shape. */
    public Dataset withFeatures(double[] newFeatures) {
        if (newFeatures.length != features.length) {
            throw new IllegalArgumentException("expected " + features.length + " feature values, got "
                    + newFeatures.length);
        }
        return new Dataset(name, featureNames, newFeatures, targetCount, targets, labels, classNames);
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int featureCount() {
        return featureNames.size();
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Row-major features, shared (read-only by convention). */
    public double[] features() {
        return features;
    }

    public int targetCount() {
        return targetCount;
    }

    /** Row-major targets, shared (read-only by convention). */
    public double[] targets() {
        return targets;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** Class index of row {@code r}; only for classification. */
    public int label(int r) {
        if (labels == null) {
            throw new IllegalStateException("dataset " + name + " is a regression dataset and has no labels");
        }
        return labels[r];
    }

    /** Class names (empty for regression). */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * SHA-256 (lower-case hex) of the values: the features, then the targets, each value as its 8-byte
     * big-endian IEEE 754 bit pattern. Identifies the data a model or checkpoint was made from.
     */
    public String contentSha256() {
        java.security.MessageDigest digest = Sha256.newDigest();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 * 1024);
        for (double[] values : new double[][] {features, targets}) {
            for (double v : values) {
                if (!buf.hasRemaining()) {
                    digest.update(buf.array(), 0, buf.position());
                    buf.clear();
                }
                buf.putLong(Double.doubleToRawLongBits(v));
            }
        }
        digest.update(buf.array(), 0, buf.position());
        return Sha256.hex(digest.digest());
    }

    /**
     * The same features and labels with other target values (e.g. standardised regression targets), same
     * shape.
     */
    public Dataset withTargets(double[] newTargets) {
        if (newTargets.length != targets.length) {
            throw new IllegalArgumentException("expected " + targets.length + " target values, got "
                    + newTargets.length);
        }
        return new Dataset(name, featureNames, features, targetCount, newTargets, labels, classNames);
    }

    @Override
    public String toString() {
        return name + " (" + rows + " rows, " + featureCount() + " features, "
                + (isClassification() ? classNames.size() + " classes" : targetCount + " targets") + ")";
    }
}
