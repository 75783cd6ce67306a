package org.momentum4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.Task;
import org.momentum4j.model.Model;
import org.momentum4j.train.Evaluation;

/**
 * The CSV {@code m4j predict} writes: a header, then one record per input row. Columns: {@code line} (the
 * line of the input file the row starts on, so rows can be matched even when some were dropped); for
 * classification {@code label} (the predicted class) and {@code p(<class>)} per class; for regression one
 * column per target, named like it. Numbers are written with {@link Double#toString}, the shortest text that
 * reads back to the same double.
 */
final class PredictionCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private PredictionCsv() {
    }

    /** The header row for {@code model}. */
    static List<String> header(Model model) {
        List<String> h = new ArrayList<>();
        h.add("line");
        if (model.task() == Task.CLASSIFICATION) {
            h.add("label");
            for (String c : model.classNames()) {
                h.add("p(" + c + ")");
            }
        } else {
            h.addAll(model.encoding().targetNames());
        }
        return h;
    }

    /** Writes the header and one record per row of {@code data}, whose outputs are {@code outputs}. */
    static void write(Model model, LoadedData data, double[][] outputs, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(header(model));
        boolean classify = model.task() == Task.CLASSIFICATION;
        List<String> record = new ArrayList<>();
        for (int r = 0; r < outputs.length; r++) {
            record.clear();
            record.add(Long.toString(data.line(r)));
            double[] y = outputs[r];
            if (classify) {
                record.add(model.classNames().get(Evaluation.predictedClass(y)));
                if (y.length == 1) {
                    // A single sigmoid output is the probability of the second class.
                    record.add(Double.toString(1 - y[0]));
                }
            }
            for (double v : y) {
                record.add(Double.toString(v));
            }
            csv.printRecord(record);
        }
        csv.flush();
    }
}
