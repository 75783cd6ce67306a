package org.momentum4j.cli;

import java.io.PrintWriter;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.train.Evaluation;
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
