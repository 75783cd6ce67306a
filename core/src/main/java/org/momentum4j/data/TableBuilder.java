package org.momentum4j.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file whose encoding is not known yet (for training): decides each column's kind, collects the
 * categories, checks every value, then lays the table out as a {@link Dataset}.
 *
 * <p>Kinds: a column that the options force to be categorical, or that ARFF declares, is that; a target is
 * categorical for classification and numeric for regression; any other column is numeric when its first
 * non-missing value is a number and categorical otherwise. A later non-number in a numeric column is an
 * error, and so is a column made categorical by one stray word among numbers (the word is reported).
 * Categories are sorted (numerically when they all are numbers) unless ARFF declares their order.
 *
 * <p>Rows are stored while reading as raw doubles in chunks (a category as its code), then moved into the
 * final arrays chunk by chunk, so memory peaks at about twice the table.
 */
final class TableBuilder {
    private enum Kind { UNDECIDED, NUMERIC, CATEGORICAL }

    private static final class Col {
        final String name;
        final boolean target;
        Kind kind = Kind.UNDECIDED;
        boolean fixed;
        boolean declaredOrder;
        final Map<String, Integer> codes = new HashMap<>();
        final List<String> categories = new ArrayList<>();
        long numberLike;
        long words;
        long firstWordLine;
        String firstWord;

        /** Code in order of first appearance to index in the sorted categories; null when not sorted. */
        int[] order;

        Col(String name, boolean target) {
            this.name = name;
            this.target = target;
        }

        int remap(int code) {
            return order == null ? code : order[code];
        }
    }

    private final RecordSource src;
    private final ReadOptions options;
    private final String file;
    private final Col[] cols;

    private TableBuilder(RecordSource src, ReadOptions options) {
        this.src = src;
        this.options = options;
        this.file = src.file();
        int n = src.names().size();
        if (n < 2) {
            throw new DataFormatException(file, src.headerLine(), 0, "found only 1 column, but a dataset needs at"
                    + " least a feature and a target (is the delimiter right?)");
        }
        boolean[] isTarget = new boolean[n];
        if (options.target().isEmpty()) {
            isTarget[n - 1] = true;
        }
        for (String ref : options.target()) {
            isTarget[ColumnRefs.resolve(src, ref, "target column")] = true;
        }
        int targets = 0;
        for (boolean b : isTarget) {
            targets += b ? 1 : 0;
        }
        if (targets == n) {
            throw new DataFormatException(file, src.headerLine(), 0, "every column is a target; at least one must be"
                    + " a feature");
        }
        cols = new Col[n];
        for (int c = 0; c < n; c++) {
            cols[c] = new Col(src.names().get(c), isTarget[c]);
        }
        List<RecordSource.Declared> declared = src.declared();
        if (declared != null) {
            for (int c = 0; c < n; c++) {
                RecordSource.Declared d = declared.get(c);
                if (d.kind() == Encoding.Kind.NUMERIC) {
                    fix(cols[c], Kind.NUMERIC);
                } else {
                    fix(cols[c], Kind.CATEGORICAL);
                    cols[c].declaredOrder = true;
                    for (String v : d.categories()) {
                        cols[c].codes.put(v, cols[c].categories.size());
                        cols[c].categories.add(v);
                    }
                }
            }
        }
        for (String ref : options.categorical()) {
            int c = ColumnRefs.resolve(src, ref, "categorical column");
            if (cols[c].target) {
                throw new DataFormatException(file, src.headerLine(), 0, "column '" + cols[c].name + "' is the target;"
                        + " to treat its values as classes, choose the classification task");
            }
            fix(cols[c], Kind.CATEGORICAL);
        }
        for (Col col : cols) {
            if (!col.target || options.task() == Task.AUTO) {
                continue;
            }
            if (options.task() == Task.CLASSIFICATION && col.kind == Kind.NUMERIC) {
                col.kind = Kind.CATEGORICAL;
            } else if (options.task() == Task.REGRESSION && col.kind == Kind.CATEGORICAL) {
                throw new DataFormatException(file, src.headerLine(), 0, "target '" + col.name + "' is declared"
                        + " nominal, so it cannot be a regression target");
            }
            fix(col, options.task() == Task.CLASSIFICATION ? Kind.CATEGORICAL : Kind.NUMERIC);
        }
    }

    private static void fix(Col col, Kind kind) {
        col.kind = kind;
        col.fixed = true;
    }

    static LoadedData read(RecordSource src, ReadOptions options) throws IOException {
        return new TableBuilder(src, options).read();
    }

    private LoadedData read() throws IOException {
        int n = cols.length;
        MissingPolicy policy = options.missing();
        DoubleChunks raw = new DoubleChunks();
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
                    if (policy == MissingPolicy.ERROR || (cols[c].target && policy == MissingPolicy.MEAN)) {
                        throw new DataFormatException(file, line, c + 1, "missing " + (cols[c].target ? "target " : "")
                                + "value in column '" + cols[c].name + "'");
                    }
                    missing = true;
                }
            }
            if (missing && policy == MissingPolicy.DROP) {
                dropped++;
                continue;
            }
            for (int c = 0; c < n; c++) {
                raw.add(value(cols[c], src.get(c), line, c));
            }
            lines.add(line);
            if (lines.size() == Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file, line, 0, "too many rows");
            }
        }
        int rows = lines.size();
        if (rows == 0) {
            if (dropped > 0) {
                throw new DataFormatException(file, 0, 0, "every one of the " + dropped
                        + " rows has a missing value, so dropping them leaves nothing");
            }
            throw new DataFormatException(file, src.headerLine(), 0, "the file has a header but no data rows");
        }
        for (int c = 0; c < n; c++) {
            checkStrayWords(cols[c], c);
        }
        Encoding encoding = encoding();
        return layOut(encoding, raw, lines.toArray(), dropped, src.sha256());
    }

    private double value(Col col, String text, long line, int c) {
        if (MissingPolicy.isMissing(text)) {
            return Double.NaN;
        }
        switch (col.kind) {
            case NUMERIC: {
                double v = Numbers.parse(text);
                if (!Double.isFinite(v)) {
                    throw new DataFormatException(file, line, c + 1, Numbers.problem(text, col.name));
                }
                return v;
            }
            case CATEGORICAL:
                return code(col, text, line, c);
            default: {
                double v = Numbers.parse(text);
                if (Double.isFinite(v)) {
                    col.kind = Kind.NUMERIC;
                    return v;
                }
                if (Numbers.isNonFiniteWord(text)) {
                    throw new DataFormatException(file, line, c + 1, Numbers.problem(text, col.name));
                }
                col.kind = Kind.CATEGORICAL;
                return code(col, text, line, c);
            }
        }
    }

    private double code(Col col, String text, long line, int c) {
        Integer code = col.codes.get(text);
        if (code == null) {
            if (col.declaredOrder) {
                throw new DataFormatException(file, line, c + 1, "value '" + text + "' in column '" + col.name
                        + "' is not one of the declared values " + Encoding.abbreviate(col.categories));
            }
            code = col.categories.size();
            col.codes.put(text, code);
            col.categories.add(text);
        }
        if (!col.fixed) {
            if (Double.isFinite(Numbers.parse(text))) {
                col.numberLike++;
            } else if (col.words++ == 0) {
                col.firstWord = text;
                col.firstWordLine = line;
            }
        }
        return code;
    }

    /** A column that became categorical because of a few words among many numbers is a typo, not categories. */
    private void checkStrayWords(Col col, int c) {
        if (col.kind == Kind.CATEGORICAL && !col.fixed && col.numberLike > col.words) {
            throw new DataFormatException(file, col.firstWordLine, c + 1, "expected a number in column '" + col.name
                    + "', got '" + col.firstWord + "' (" + col.numberLike + " other values in it are numbers)");
        }
    }

    private Encoding encoding() {
        List<Encoding.Column> columns = new ArrayList<>();
        boolean categoricalTarget = false;
        int targets = 0;
        String firstCategoricalTarget = null;
        for (Col col : cols) {
            if (col.kind == Kind.UNDECIDED) {
                // Every value was missing (only possible under drop/mean policies for features).
                throw new DataFormatException(file, src.headerLine(), 0, "column '" + col.name + "' has no values");
            }
            if (col.kind == Kind.CATEGORICAL && !col.declaredOrder) {
                sortCategories(col);
            }
            if (col.target) {
                targets++;
                if (col.kind == Kind.CATEGORICAL && firstCategoricalTarget == null) {
                    firstCategoricalTarget = col.name;
                    categoricalTarget = true;
                }
            }
            columns.add(new Encoding.Column(col.name, col.target ? Encoding.Role.TARGET : Encoding.Role.FEATURE,
                    col.kind == Kind.NUMERIC ? Encoding.Kind.NUMERIC : Encoding.Kind.CATEGORICAL,
                    col.kind == Kind.NUMERIC ? List.of() : col.categories));
        }
        if (categoricalTarget && targets > 1) {
            throw new DataFormatException(file, src.headerLine(), 0, "several target columns are only possible for"
                    + " regression, but '" + firstCategoricalTarget + "' holds categories");
        }
        Task task = categoricalTarget ? Task.CLASSIFICATION : Task.REGRESSION;
        if (task == Task.CLASSIFICATION) {
            for (Col col : cols) {
                if (col.target && col.categories.size() < 2) {
                    throw new DataFormatException(file, 0, 0, "the target column '" + col.name + "' has only one class '"
                            + col.categories.get(0) + "'; classification needs at least 2");
                }
            }
        }
        return Encoding.of(columns, task, options.missing());
    }

    /** Sorts categories (numerically when every one is a number) and rewrites the codes to match. */
    private static void sortCategories(Col col) {
        List<String> sorted = new ArrayList<>(col.categories);
        boolean numeric = true;
        for (String s : sorted) {
            numeric &= Double.isFinite(Numbers.parse(s));
        }
        Comparator<String> order = numeric
                ? Comparator.<String>comparingDouble(Numbers::parse).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        sorted.sort(order);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        col.order = new int[sorted.size()];
        for (int old = 0; old < col.categories.size(); old++) {
            col.order[old] = index.get(col.categories.get(old));
        }
        col.categories.clear();
        col.categories.addAll(sorted);
    }

    private LoadedData layOut(Encoding encoding, DoubleChunks raw, long[] lines, int dropped, String sha256) {
        int n = cols.length;
        int rows = lines.length;
        int width = encoding.featureCount();
        if ((long) rows * width > Integer.MAX_VALUE - 16) {
            throw new DataFormatException(file, 0, 0, "the table is too large: " + rows + " rows of " + width
                    + " inputs exceed the 2^31 values a Java array holds");
        }
        boolean classify = encoding.task() == Task.CLASSIFICATION;
        int targetCount = encoding.targetColumns().size();
        double[] features = new double[rows * width];
        int[] labels = classify ? new int[rows] : null;
        double[] targets = classify ? null : new double[rows * targetCount];
        int fo = 0;
        for (int r = 0; r < rows; r++) {
            long base = (long) r * n;
            int t = 0;
            for (int c = 0; c < n; c++) {
                Col col = cols[c];
                double v = raw.get(base + c);
                if (col.target) {
                    if (classify) {
                        labels[r] = col.remap((int) v);
                    } else {
                        targets[r * targetCount + t++] = v;
                    }
                } else if (col.kind == Kind.NUMERIC) {
                    features[fo++] = v;
                } else {
                    int k = col.categories.size();
                    if (Double.isNaN(v)) {
                        for (int i = 0; i < k; i++) {
                            features[fo + i] = Double.NaN;
                        }
                    } else {
                        features[fo + col.remap((int) v)] = 1.0;
                    }
                    fo += k;
                }
            }
            raw.releaseBefore(base);
        }
        String name = file;
        Dataset dataset = classify
                ? Dataset.classification(name, encoding.featureNames(), features, labels, encoding.classNames())
                : Dataset.regression(name, encoding.featureNames(), features, targetCount, targets);
        return new LoadedData(file, sha256, encoding, dataset, features, rows, lines, dropped);
    }
}
