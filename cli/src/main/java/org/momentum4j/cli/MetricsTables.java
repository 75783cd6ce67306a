package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.train.ClassificationMetrics;
import org.momentum4j.train.RegressionMetrics;

/**
 * Scores as aligned text: for classification the accuracy, the confusion matrix and per-class precision,
 * recall and F1 (with their plain means over classes, "macro avg"); for regression RMSE, MAE and R² per
 * target. The formulas are in {@link ClassificationMetrics} and {@link RegressionMetrics}.
 */
final class MetricsTables {
    private MetricsTables() {
    }

    /** The lines for classification scores. */
    static List<String> classification(ClassificationMetrics m) {
        List<String> names = m.classNames();
        int[][] c = m.confusion();
        int k = names.size();
        int correct = 0;
        for (int i = 0; i < k; i++) {
            correct += c[i][i];
        }
        List<String> lines = new ArrayList<>();
        lines.add("accuracy " + Table.number(m.accuracy(), 4) + " (" + correct + " of " + m.total() + " right)");
        lines.add("");
        lines.add("confusion matrix (rows: actual class, columns: predicted class)");
        int labelWidth = Math.max("macro avg".length(), longest(names));
        String[] headings = new String[k + 1];
        int[] widths = new int[k + 1];
        headings[0] = "actual";
        widths[0] = labelWidth;
        for (int j = 0; j < k; j++) {
            headings[j + 1] = names.get(j);
            widths[j + 1] = Math.max(5, Integer.toString(m.total()).length());
        }
        Table confusion = new Table(headings, widths, true);
        lines.add(confusion.header());
        for (int i = 0; i < k; i++) {
            String[] cells = new String[k + 1];
            cells[0] = names.get(i);
            for (int j = 0; j < k; j++) {
                cells[j + 1] = Integer.toString(c[i][j]);
            }
            lines.add(confusion.line(cells));
        }
        lines.add("");
        Table scores = new Table(new String[] {"class", "precision", "recall", "f1", "support"},
                new int[] {labelWidth, 9, 6, 6, 7}, true);
        lines.add(scores.header());
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < k; i++) {
            int support = 0;
            for (int v : c[i]) {
                support += v;
            }
            precision += m.precision(i) / k;
            recall += m.recall(i) / k;
            lines.add(scores.line(names.get(i), Table.number(m.precision(i), 4), Table.number(m.recall(i), 4),
                    Table.number(m.f1(i), 4), Integer.toString(support)));
        }
        lines.add(scores.line("macro avg", Table.number(precision, 4), Table.number(recall, 4),
                Table.number(m.macroF1(), 4), Integer.toString(m.total())));
        return lines;
    }

    /** The lines for regression scores, one row per target. */
    static List<String> regression(RegressionMetrics m) {
        Table table = new Table(new String[] {"target", "rmse", "mae", "r2"},
                new int[] {longest(m.targetNames()), 10, 10, 7}, true);
        List<String> lines = new ArrayList<>();
        lines.add(table.header());
        double[] rmse = m.rmse();
        double[] mae = m.mae();
        double[] r2 = m.r2();
        for (int t = 0; t < rmse.length; t++) {
            lines.add(table.line(m.targetNames().get(t), number(rmse[t]), number(mae[t]), Table.number(r2[t], 4)));
        }
        return lines;
    }

    /**
     * An error in target units: six significant digits, without an exponent for the magnitudes of everyday
     * data (so 0.00123457 and 12345.7 rather than 1.23457e-03).
     */
    static String number(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return Table.number(x, 6);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        if (magnitude < -6 || magnitude > 9) {
            return String.format(java.util.Locale.ROOT, "%.5e", x);
        }
        return Table.number(x, Math.max(0, 5 - magnitude));
    }

    private static int longest(List<String> names) {
        int w = 0;
        for (String n : names) {
            w = Math.max(w, n.length());
        }
        return w;
    }
}
