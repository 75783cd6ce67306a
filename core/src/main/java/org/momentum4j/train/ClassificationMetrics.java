package org.momentum4j.train;

import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;

/**
 * How well predicted classes match actual ones: the confusion matrix and what follows from it. With
 * {@code C[a][p]} the number of items of actual class {@code a} predicted as {@code p}:
 * <ul>
 *   <li>accuracy = {@code sum_k C[k][k] / n}</li>
 *   <li>precision of k = {@code C[k][k] / sum_a C[a][k]} (of the items predicted k, the share that are k)</li>
 *   <li>recall of k = {@code C[k][k] / sum_p C[k][p]} (of the items that are k, the share found)</li>
 *   <li>F1 of k = {@code 2 P R / (P + R)}; macro F1 is their plain mean over classes</li>
 * </ul>
 * A ratio whose denominator is 0 (a class never predicted, or absent) is 0, as in scikit-learn.
 *
 * @param classNames class names, in index order
 * @param confusion  {@code confusion[actual][predicted]} counts
 */
public record ClassificationMetrics(List<String> classNames, int[][] confusion) {
    public ClassificationMetrics {
        classNames = List.copyOf(classNames);
        int k = classNames.size();
        if (confusion.length != k) {
            throw new IllegalArgumentException("expected a " + k + " x " + k + " confusion matrix, got " + confusion.length
                    + " rows");
        }
        int[][] copy = new int[k][];
        for (int a = 0; a < k; a++) {
            if (confusion[a].length != k) {
                throw new IllegalArgumentException("confusion row " + a + " has " + confusion[a].length + " columns, expected " + k);
            }
            copy[a] = confusion[a].clone();
        }
        confusion = copy;
    }

    /** Counts {@code actual[i]} against {@code predicted[i]} (class indices). */
    public static ClassificationMetrics of(int[] actual, int[] predicted, List<String> classNames) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " actual classes but " + predicted.length + " predictions");
        }
        int k = classNames.size();
        int[][] c = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            c[actual[i]][predicted[i]]++;
        }
        return new ClassificationMetrics(classNames, c);
    }

    /**
     * Counts the classes {@code network} predicts ({@link Evaluation#predictedClass}) for the rows of a
     * classification dataset against their labels.
     */
    public static ClassificationMetrics of(Network network, Dataset data) {
        if (!data.isClassification()) {
            throw new IllegalArgumentException(data.name() + " is a regression dataset; it has no classes");
        }
        Evaluation.checkShapes(network, data);
        Workspace ws = network.newWorkspace();
        int cols = data.featureCount();
        int[] actual = new int[data.rows()];
        int[] predicted = new int[data.rows()];
        for (int r = 0; r < actual.length; r++) {
            actual[r] = data.label(r);
            predicted[r] = Evaluation.predictedClass(network.forward(data.features(), r * cols, ws));
        }
        return of(actual, predicted, data.classNames());
    }

    /** Number of items counted. */
    public int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int k = 0; k < confusion.length; k++) {
            right += confusion[k][k];
        }
        int n = total();
        return n == 0 ? 0 : (double) right / n;
    }

    public double precision(int k) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
    }

    public double recall(int k) {
        int actual = 0;
        for (int v : confusion[k]) {
            actual += v;
        }
        return actual == 0 ? 0 : (double) confusion[k][k] / actual;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean of the per-class F1 scores. */
    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < confusion.length; k++) {
            sum += f1(k);
        }
        return sum / confusion.length;
    }

    /** {@code confusion[actual][predicted]} (a copy). */
    @Override
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int a = 0; a < copy.length; a++) {
            copy[a] = confusion[a].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationMetrics m && classNames.equals(m.classNames)
                && java.util.Arrays.deepEquals(confusion, m.confusion);
    }

    @Override
    public int hashCode() {
        return 31 * classNames.hashCode() + java.util.Arrays.deepHashCode(confusion);
    }
}
