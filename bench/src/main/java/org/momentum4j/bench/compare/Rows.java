package org.momentum4j.bench.compare;

import org.momentum4j.data.Dataset;

/** A dataset as the arrays of rows other libraries take, and the losses computed the same way for all. */
public final class Rows {
    private Rows() {
    }

    /** Feature rows. */
    public static double[][] features(Dataset data) {
        int d = data.featureCount();
        double[][] x = new double[data.rows()][d];
        for (int r = 0; r < data.rows(); r++) {
            System.arraycopy(data.features(), r * d, x[r], 0, d);
        }
        return x;
    }

    /** One-hot target rows. */
    public static double[][] oneHot(Dataset data) {
        double[][] t = new double[data.rows()][data.classNames().size()];
        for (int r = 0; r < data.rows(); r++) {
            t[r][data.label(r)] = 1;
        }
        return t;
    }

    /** Class labels. */
    public static int[] labels(Dataset data) {
        int[] y = new int[data.rows()];
        for (int r = 0; r < data.rows(); r++) {
            y[r] = data.label(r);
        }
        return y;
    }

    /** {@code -ln p[label]}, with p floored at 1e-300 so a confident mistake stays finite. */
    public static double crossEntropy(double[] p, int label) {
        return -Math.log(Math.max(p[label], 1e-300));
    }

    /** {@code 1/2 sum (a - t)^2}, momentum4j's mean-squared-error item loss. */
    public static double squaredError(double[] a, double[] t) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double e = a[j] - t[j];
            s += e * e;
        }
        return 0.5 * s;
    }
}
