package org.momentum4j.data;

/**
 * Z-score normalisation of features: {@code x' = (x - mean) / std} per column, with the mean and the
 * (population) standard deviation fitted on one dataset, usually the training split, and applied
 * unchanged to others. A constant column (std 0) is only centred.
 *
 * @param mean per-column mean
 * @param std  per-column standard deviation; 0 for constant columns
 */
public record Standardizer(double[] mean, double[] std) {
    public Standardizer {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " columns but std has " + std.length);
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** Fits column means and standard deviations on {@code data}. */
    public static Standardizer fit(Dataset data) {
        int cols = data.featureCount();
        int rows = data.rows();
        double[] x = data.features();
        double[] mean = new double[cols];
        double[] std = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                mean[c] += x[r * cols + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            mean[c] /= rows;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d = x[r * cols + c] - mean[c];
                std[c] += d * d;
            }
        }
        for (int c = 0; c < cols; c++) {
            std[c] = Math.sqrt(std[c] / rows);
        }
        return new Standardizer(mean, std);
    }

    /** A copy of {@code data} with standardised features. */
    public Dataset apply(Dataset data) {
        int cols = data.featureCount();
        if (cols != mean.length) {
            throw new IllegalArgumentException("fitted on " + mean.length + " columns, but " + data.name() + " has "
                    + cols);
        }
        double[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            int c = i % cols;
            x[i] = std[c] == 0 ? x[i] - mean[c] : (x[i] - mean[c]) / std[c];
        }
        return data.withFeatures(x);
    }

    /** A standardised copy of one feature vector. */
    public double[] transform(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("fitted on " + mean.length + " columns, got a row of " + row.length);
        }
        double[] out = new double[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = std[c] == 0 ? row[c] - mean[c] : (row[c] - mean[c]) / std[c];
        }
        return out;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }
}
