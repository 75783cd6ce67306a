package org.momentum4j.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file with an {@link Encoding} fixed in advance (a saved model's), for prediction and evaluation:
 * the columns must be the model's, found by name when the file has a header, else by position (all
 * columns in the training file's order, or only the feature columns in that order). Target columns may be
 * absent (prediction); the model's missing-value policy applies. Values are encoded exactly as in training; an unknown category is an error.
 */
final class SchemaReader {
    private final RecordSource src;
    private final Encoding encoding;
    private final String file;
    /** For each file column: index into encoding.columns(). */
    private final int[] columnOf;
    private final boolean hasTargets;

    private SchemaReader(RecordSource src, Encoding encoding) {
        this.src = src;
        this.encoding = encoding;
        this.file = src.file();
        List<String> names = src.names();
        List<Encoding.Column> expected = encoding.columns();
        int n = names.size();
        columnOf = new int[n];
        int features = encoding.featureColumns().size();
        if (src.hasHeader()) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < expected.size(); i++) {
                byName.put(expected.get(i).name(), i);
            }
            boolean[] present = new boolean[expected.size()];
            for (int c = 0; c < n; c++) {
                Integer i = byName.get(names.get(c));
                if (i == null) {
                    throw new DataFormatException(file, src.headerLine(), c + 1, "column '" + names.get(c)
                            + "' is not one the model knows; it expects " + Encoding.abbreviate(columnNames(expected)));
                }
                columnOf[c] = i;
                present[i] = true;
            }
            int targetsPresent = 0;
            for (int i = 0; i < expected.size(); i++) {
                Encoding.Column col = expected.get(i);
                if (col.role() == Encoding.Role.FEATURE && !present[i]) {
                    throw new DataFormatException(file, src.headerLine(), 0, "column '" + col.name()
                            + "' is missing; the model needs it");
                }
                if (col.role() == Encoding.Role.TARGET && present[i]) {
                    targetsPresent++;
                }
            }
            if (targetsPresent != 0 && targetsPresent != encoding.targetColumns().size()) {
                throw new DataFormatException(file, src.headerLine(), 0, "the file has some of the target columns "
                        + encoding.targetNames() + " but not all");
            }
            hasTargets = targetsPresent > 0;
        } else {
            if (n == expected.size()) {
                hasTargets = true;
                for (int c = 0; c < n; c++) {
                    columnOf[c] = c;
                }
            } else if (n == features) {
                hasTargets = false;
                int c = 0;
                for (int i = 0; i < expected.size(); i++) {
                    if (expected.get(i).role() == Encoding.Role.FEATURE) {
                        columnOf[c++] = i;
                    }
                }
            } else {
                throw new DataFormatException(file, 0, 0, "the file has " + n + " columns, but the model expects "
                        + features + " (its features) or " + expected.size() + " (features and targets)");
            }
        }
    }

    private static List<String> columnNames(List<Encoding.Column> cols) {
        List<String> names = new ArrayList<>();
        for (Encoding.Column c : cols) {
            names.add(c.name());
        }
        return names;
    }

    static LoadedData read(RecordSource src, Encoding encoding) throws IOException {
        return new SchemaReader(src, encoding).read();
    }

    private LoadedData read() throws IOException {
        int n = columnOf.length;
        List<Encoding.Column> expected = encoding.columns();
        // Where each encoding column's encoded features start, and which feature number it is.
        int[] featureNumber = new int[expected.size()];
        int[] offset = new int[expected.size()];
        int[] targetNumber = new int[expected.size()];
        int f = 0;
        int t = 0;
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            Encoding.Column col = expected.get(i);
            if (col.role() == Encoding.Role.FEATURE) {
                featureNumber[i] = f++;
                offset[i] = at;
                at += col.width();
            } else {
                targetNumber[i] = t++;
            }
        }
        int width = encoding.featureCount();
        boolean classify = encoding.task() == Task.CLASSIFICATION;
        int targetCount = encoding.targetColumns().size();
        Map<String, Integer> classIndex = new HashMap<>();
        for (String c : encoding.classNames()) {
            classIndex.put(c, classIndex.size());
        }
        MissingPolicy policy = encoding.missing();
        double[] row = new double[width];
        double[] targetRow = new double[targetCount];
        DoubleChunks features = new DoubleChunks();
        DoubleChunks targets = new DoubleChunks();
        LongList lines = new LongList();
        int dropped = 0;
        while (src.next()) {
            long line = src.line();
            if (src.size() != n) {
                // The column is where the row goes wrong: the first missing field, or the first extra one.
                throw new DataFormatException(file, line, Math.min(n, src.size()) + 1, "expected " + n
                        + " fields, found " + src.size());
            }
            boolean missing = false;
            for (int c = 0; c < n; c++) {
                if (MissingPolicy.isMissing(src.get(c))) {
                    Encoding.Column col = expected.get(columnOf[c]);
                    boolean target = col.role() == Encoding.Role.TARGET;
                    if (policy == MissingPolicy.ERROR || (target && policy == MissingPolicy.MEAN)) {
                        throw new DataFormatException(file, line, c + 1, "missing " + (target ? "target " : "")
                                + "value in column '" + col.name() + "'");
                    }
                    missing = true;
                }
            }
            if (missing && policy == MissingPolicy.DROP) {
                dropped++;
                continue;
            }
            for (int c = 0; c < n; c++) {
                int i = columnOf[c];
                Encoding.Column col = expected.get(i);
                String text = src.get(c);
                if (col.role() == Encoding.Role.FEATURE) {
                    String problem = encoding.encodeFeature(featureNumber[i], text, row, offset[i]);
                    if (problem != null) {
                        throw new DataFormatException(file, line, c + 1, problem);
                    }
                } else if (classify) {
                    Integer k = classIndex.get(text);
                    if (k == null) {
                        throw new DataFormatException(file, line, c + 1, "unknown class '" + text + "' in column '"
                                + col.name() + "': the model knows " + Encoding.abbreviate(encoding.classNames()));
                    }
                    targetRow[0] = k;
                } else {
                    double v = Numbers.parse(text);
                    if (!Double.isFinite(v)) {
                        throw new DataFormatException(file, line, c + 1, Numbers.problem(text, col.name()));
                    }
                    targetRow[targetNumber[i]] = v;
                }
            }
            for (double v : row) {
                features.add(v);
            }
            if (hasTargets) {
                for (double v : targetRow) {
                    targets.add(v);
                }
            }
            lines.add(line);
        }
        int rows = lines.size();
        if (rows == 0 && dropped == 0) {
            throw new DataFormatException(file, src.headerLine(), 0, src.hasHeader()
                    ? "the file has a header but no data rows" : "the file has no data rows");
        }
        if ((long) rows * width > Integer.MAX_VALUE - 16) {
            throw new DataFormatException(file, 0, 0, "the table is too large: " + rows + " rows of " + width
                    + " inputs exceed the 2^31 values a Java array holds");
        }
        double[] x = new double[rows * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.get(i);
        }
        Dataset dataset = null;
        if (hasTargets) {
            if (classify) {
                int[] labels = new int[rows];
                for (int r = 0; r < rows; r++) {
                    labels[r] = (int) targets.get(r);
                }
                dataset = Dataset.classification(file, encoding.featureNames(), x, labels, encoding.classNames());
            } else {
                double[] y = new double[rows * targetCount];
                for (int i = 0; i < y.length; i++) {
                    y[i] = targets.get(i);
                }
                dataset = Dataset.regression(file, encoding.featureNames(), x, targetCount, y);
            }
        }
        return new LoadedData(file, src.sha256(), encoding, dataset, x, rows, lines.toArray(), dropped);
    }
}
