package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.NormalizedSplit;
import org.momentum4j.nn.Network;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.RegressionMetrics;
import org.momentum4j.train.TrainingResult;

/** The end of a {@code m4j train} run: accuracy and loss of the final weights on each part, and why it stopped. */
final class FinalReport {
    private FinalReport() {
    }

    /** A blank line, then one row per non-empty part (train, validation, test) measured at the weights kept. */
    static void print(PrintWriter out, Network net, DataParts parts) {
        out.println();
        Table table = new Table(new String[] {"final", "accuracy", "correct", "loss"},
                new int[] {parts.validation() == null ? 5 : "validation".length(), 8, 9, 10}, true);
        out.println(table.header());
        out.println(row(table, "train", net, parts.train()));
        if (parts.validation() != null) {
            out.println(row(table, "validation", net, parts.validation()));
        }
        if (parts.test().rows() > 0) {
            out.println(row(table, "test", net, parts.test()));
        }
        out.flush();
    }

    /**
     * The final figures of a run trained on {@code s}: for classification as {@link #print(PrintWriter, Network,
     * DataParts)}; for regression RMSE, MAE and R² of each target, in the target's own units (the network's
     * outputs mapped back by the target normaliser, compared with the values as read), and the loss.
     */
    static void print(PrintWriter out, Network net, NormalizedSplit s, List<String> targetNames) {
        DataParts scaled = DataParts.of(s);
        if (s.targets() == null) {
            print(out, net, scaled);
            return;
        }
        DataParts raw = DataParts.raw(s);
        out.println();
        List<String> headings = new ArrayList<>(List.of("final"));
        for (String t : targetNames) {
            String suffix = targetNames.size() == 1 ? "" : "(" + t + ")";
            headings.addAll(List.of("rmse" + suffix, "mae" + suffix, "r2" + suffix));
        }
        headings.add("loss");
        int[] widths = new int[headings.size()];
        java.util.Arrays.fill(widths, 10);
        widths[0] = scaled.validation() == null ? 5 : "validation".length();
        Table table = new Table(headings.toArray(String[]::new), widths, true);
        out.println(table.header());
        out.println(regressionRow(table, "train", net, scaled.train(), raw.train(), s, targetNames));
        if (scaled.validation() != null) {
            out.println(regressionRow(table, "validation", net, scaled.validation(), raw.validation(), s, targetNames));
        }
        if (scaled.test().rows() > 0) {
            out.println(regressionRow(table, "test", net, scaled.test(), raw.test(), s, targetNames));
        }
        out.flush();
    }

    private static String regressionRow(Table table, String name, Network net, Dataset scaled, Dataset raw,
                                        NormalizedSplit s, List<String> targetNames) {
        RegressionMetrics m = RegressionMetrics.of(net, scaled, s.targets(), raw, targetNames);
        List<String> cells = new ArrayList<>(List.of(name));
        for (int t = 0; t < targetNames.size(); t++) {
            cells.add(MetricsTables.number(m.rmse()[t]));
            cells.add(MetricsTables.number(m.mae()[t]));
            cells.add(Table.number(m.r2()[t], 4));
        }
        cells.add(Table.number(Evaluation.of(net, scaled).loss(), 6));
        return table.line(cells.toArray(String[]::new));
    }

    /** Core's one-line account of where and why training ended, plus how often it recovered from divergence. */
    static String stop(TrainingResult result) {
        int recoveries = result.divergences().size();
        return result.describeStop() + (recoveries == 0 ? "" : "; recovered from " + recoveries
                + (recoveries == 1 ? " divergence" : " divergences"));
    }

    private static String row(Table table, String name, Network net, Dataset part) {
        Evaluation e = Evaluation.of(net, part);
        String correct = Double.isNaN(e.accuracy()) ? "-" : Math.round(e.accuracy() * e.rows()) + "/" + e.rows();
        return table.line(name, Table.accuracy(e.accuracy()), correct, Table.number(e.loss(), 6));
    }
}
