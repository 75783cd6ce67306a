package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.momentum4j.compare.MeanStd;
import org.momentum4j.train.CrossValidation;

/**
 * The per-fold table of {@code m4j cv}: fold number, rows trained on and tested, then for classification the
 * accuracy and test loss, for regression RMSE, MAE and R² of each target (suffixed with the target's name
 * when there are several).
 */
final class FoldTable {
    private final boolean classification;
    private final Table table;
    private final int targets;

    FoldTable(boolean classification, List<String> targetNames, int folds) {
        this.classification = classification;
        this.targets = targetNames.size();
        List<String> headings = new ArrayList<>(List.of("fold", "train", "test"));
        if (classification) {
            headings.add("accuracy");
            headings.add("loss");
        } else {
            for (String t : targetNames) {
                String suffix = targets == 1 ? "" : "(" + t + ")";
                headings.add("rmse" + suffix);
                headings.add("mae" + suffix);
                headings.add("r2" + suffix);
            }
        }
        int[] widths = new int[headings.size()];
        widths[0] = Math.max(4, Integer.toString(folds).length());
        widths[1] = 6;
        widths[2] = 6;
        for (int c = 3; c < widths.length; c++) {
            widths[c] = 10;
        }
        this.table = new Table(headings.toArray(String[]::new), widths, true);
    }

    String header() {
        return table.header();
    }

    /** The line of one fold. */
    String row(CrossValidation.FoldResult r) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(r.fold()), Integer.toString(r.trainRows()),
                Integer.toString(r.testRows())));
        double[] values = values(r);
        for (int c = 0; c < values.length; c++) {
            cells.add(format(values[c], c));
        }
        return table.line(cells.toArray(String[]::new));
    }

    /** A line with {@code statistic} (mean or std) of every score column over the folds. */
    String summary(String label, List<CrossValidation.FoldResult> results, ToDoubleFunction<MeanStd> statistic) {
        int columns = values(results.get(0)).length;
        List<String> cells = new ArrayList<>(List.of(label, "", ""));
        for (int c = 0; c < columns; c++) {
            double[] column = new double[results.size()];
            for (int f = 0; f < column.length; f++) {
                column[f] = values(results.get(f))[c];
            }
            cells.add(format(statistic.applyAsDouble(MeanStd.of(column)), c));
        }
        return table.line(cells.toArray(String[]::new));
    }

    private double[] values(CrossValidation.FoldResult r) {
        if (classification) {
            return new double[] {r.classification().accuracy(), r.testLoss()};
        }
        double[] v = new double[3 * targets];
        for (int t = 0; t < targets; t++) {
            v[3 * t] = r.regression().rmse()[t];
            v[3 * t + 1] = r.regression().mae()[t];
            v[3 * t + 2] = r.regression().r2()[t];
        }
        return v;
    }

    private String format(double value, int column) {
        if (classification) {
            return column == 0 ? Table.number(value, 4) : Table.number(value, 6);
        }
        return column % 3 == 2 ? Table.number(value, 4) : MetricsTables.number(value);
    }

    /** An accuracy (4 decimals) or an RMSE (six significant digits). */
    static String format(double value, boolean accuracy) {
        return accuracy ? Table.number(value, 4) : MetricsTables.number(value);
    }
}
