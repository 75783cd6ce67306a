package org.momentum4j.train;

import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Normalizer;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;

/**
 * How close predicted values are to actual ones, per target column, in the targets' own units. With
 * residuals {@code e_i = y_i - yhat_i} over {@code n} items:
 * <ul>
 *   <li>RMSE = {@code sqrt(sum e_i^2 / n)}</li>
 *   <li>MAE = {@code sum |e_i| / n}</li>
 *   <li>R² = {@code 1 - sum e_i^2 / sum (y_i - mean y)^2}; when the actual values are all equal, 1 if every
 *       prediction is exact, else 0 (as scikit-learn)</li>
 * </ul>
 *
 * @param targetNames one per target column
 * @param rmse        per target
 * @param mae         per target
 * @param r2          per target
 */
public record RegressionMetrics(List<String> targetNames, double[] rmse, double[] mae, double[] r2) {
    public RegressionMetrics {
        targetNames = List.copyOf(targetNames);
        rmse = rmse.clone();
        mae = mae.clone();
        r2 = r2.clone();
        if (rmse.length != targetNames.size() || mae.length != targetNames.size() || r2.length != targetNames.size()) {
            throw new IllegalArgumentException("need one RMSE, MAE and R² per target (" + targetNames.size() + ")");
        }
    }

    /**
     * Metrics of row-major {@code predicted} against {@code actual}, {@code targetNames.size()} values per row.
     */
    public static RegressionMetrics of(double[] actual, double[] predicted, List<String> targetNames) {
        int t = targetNames.size();
        if (actual.length != predicted.length || t == 0 || actual.length % t != 0 || actual.length == 0) {
            throw new IllegalArgumentException("need equally many actual and predicted values, a whole number of rows of "
                    + t + ", at least one row; got " + actual.length + " and " + predicted.length);
        }
        int n = actual.length / t;
        double[] rmse = new double[t];
        double[] mae = new double[t];
        double[] r2 = new double[t];
        for (int c = 0; c < t; c++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += actual[i * t + c];
            }
            mean /= n;
            double ssRes = 0;
            double ssTot = 0;
            double abs = 0;
            for (int i = 0; i < n; i++) {
                double y = actual[i * t + c];
                double e = y - predicted[i * t + c];
                ssRes += e * e;
                abs += Math.abs(e);
                ssTot += (y - mean) * (y - mean);
            }
            rmse[c] = Math.sqrt(ssRes / n);
            mae[c] = abs / n;
            r2[c] = ssTot == 0 ? (ssRes == 0 ? 1 : 0) : 1 - ssRes / ssTot;
        }
        return new RegressionMetrics(targetNames, rmse, mae, r2);
    }

    /**
     * Metrics of {@code network} in the targets' own units: it is fed the rows of {@code rescaled} (features
     * as it was trained on them), its outputs are mapped back with {@code targets.inverse}, and compared with
     * the true values of the same rows in {@code raw}.
     */
    public static RegressionMetrics of(Network network, Dataset rescaled, Normalizer targets, Dataset raw,
                                       List<String> targetNames) {
        if (rescaled.rows() != raw.rows() || rescaled.targetCount() != raw.targetCount()) {
            throw new IllegalArgumentException("the rescaled data (" + rescaled + ") and the raw data (" + raw
                    + ") must have the same rows");
        }
        Evaluation.checkShapes(network, rescaled);
        Workspace ws = network.newWorkspace();
        int cols = rescaled.featureCount();
        int t = rescaled.targetCount();
        double[] predicted = new double[rescaled.rows() * t];
        for (int r = 0; r < rescaled.rows(); r++) {
            double[] y = targets.inverse(network.forward(rescaled.features(), r * cols, ws));
            System.arraycopy(y, 0, predicted, r * t, t);
        }
        return of(raw.targets(), predicted, targetNames);
    }

    @Override
    public double[] rmse() {
        return rmse.clone();
    }

    @Override
    public double[] mae() {
        return mae.clone();
    }

    @Override
    public double[] r2() {
        return r2.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionMetrics m && targetNames.equals(m.targetNames)
                && java.util.Arrays.equals(rmse, m.rmse) && java.util.Arrays.equals(mae, m.mae)
                && java.util.Arrays.equals(r2, m.r2);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(targetNames, java.util.Arrays.hashCode(rmse), java.util.Arrays.hashCode(mae),
                java.util.Arrays.hashCode(r2));
    }
}
