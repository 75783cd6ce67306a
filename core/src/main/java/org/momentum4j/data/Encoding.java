package org.momentum4j.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The schema of a data file and how its rows become network inputs: the columns in file order, which are
 * features and which targets, which hold numbers and which categories (with the category lists), the task
 * and the missing-value policy. It is stored with a model so that prediction encodes exactly as training did.
 *
 * <p>Features are encoded in column order: a numeric column gives one input, its value; a categorical
 * column with categories {@code c_1 .. c_k} gives {@code k} inputs, one-hot: input {@code i} is 1 when the
 * value is {@code c_i}, else 0 (named {@code column=c_i}). A category the schema does not know is an error.
 * A missing value becomes NaN (every one-hot input NaN) when the policy is {@link MissingPolicy#MEAN}, to
 * be filled by the {@link Normalizer}; otherwise it is an error.
 *
 * <p>For classification there is one categorical target column whose categories are the class names; for
 * regression one or more numeric target columns.
 */
public final class Encoding {

    /** Whether a column holds numbers or categories. */
    public enum Kind {
        NUMERIC, CATEGORICAL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id().equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown column kind '" + text + "': expected numeric or categorical");
        }
    }

    /** Whether a column is an input or something to predict. */
    public enum Role {
        FEATURE, TARGET;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String text) {
            for (Role r : values()) {
                if (r.id().equals(text)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown column role '" + text + "': expected feature or target");
        }
    }

    /**
     * One column of the file.
     *
     * @param name       the header name, or {@code column<N>} (1-based) when the file has no header
     * @param role       feature or target
     * @param kind       numeric or categorical
     * @param categories the categories in encoding order (empty for numeric columns)
     */
    public record Column(String name, Role role, Kind kind, List<String> categories) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(kind, "kind");
            categories = List.copyOf(categories);
            if (kind == Kind.NUMERIC && !categories.isEmpty()) {
                throw new IllegalArgumentException("numeric column '" + name + "' cannot have categories");
            }
            if (kind == Kind.CATEGORICAL && categories.isEmpty()) {
                throw new IllegalArgumentException("categorical column '" + name + "' needs at least one category");
            }
            if (new HashSet<>(categories).size() != categories.size()) {
                throw new IllegalArgumentException("column '" + name + "' lists a category twice: " + categories);
            }
        }

        /** How many network inputs this column becomes as a feature: 1, or its number of categories. */
        public int width() {
            return kind == Kind.NUMERIC ? 1 : categories.size();
        }
    }

    private final List<Column> columns;
    private final Task task;
    private final MissingPolicy missing;
    private final List<Column> features;
    private final List<Column> targets;
    private final List<Map<String, Integer>> featureIndex;
    private final int featureCount;
    private final List<String> featureNames;

    private Encoding(List<Column> columns, Task task, MissingPolicy missing) {
        this.columns = List.copyOf(columns);
        this.task = Objects.requireNonNull(task, "task");
        this.missing = Objects.requireNonNull(missing, "missing");
        List<Column> f = new ArrayList<>();
        List<Column> t = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Column c : this.columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("column name '" + c.name() + "' appears twice");
            }
            (c.role() == Role.FEATURE ? f : t).add(c);
        }
        this.features = List.copyOf(f);
        this.targets = List.copyOf(t);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one feature column");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one target column");
        }
        if (task == Task.AUTO) {
            throw new IllegalArgumentException("an encoding needs a decided task: classification or regression");
        }
        if (task == Task.CLASSIFICATION) {
            if (targets.size() != 1) {
                throw new IllegalArgumentException("classification takes exactly one target column, got "
                        + targets.size());
            }
            Column target = targets.get(0);
            if (target.kind() != Kind.CATEGORICAL || target.categories().size() < 2) {
                throw new IllegalArgumentException("the classification target '" + target.name()
                        + "' needs at least 2 classes, got " + target.categories().size());
            }
        } else {
            for (Column c : targets) {
                if (c.kind() != Kind.NUMERIC) {
                    throw new IllegalArgumentException("regression targets must be numeric, but '" + c.name()
                            + "' holds categories");
                }
            }
        }
        List<Map<String, Integer>> index = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        long width = 0;
        for (Column c : features) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < c.categories().size(); i++) {
                m.put(c.categories().get(i), i);
                expanded.add(c.name() + "=" + c.categories().get(i));
            }
            if (c.kind() == Kind.NUMERIC) {
                expanded.add(c.name());
            }
            index.add(m);
            width += c.width();
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the features would encode to " + width + " inputs");
        }
        this.featureIndex = List.copyOf(index);
        this.featureCount = (int) width;
        this.featureNames = List.copyOf(expanded);
    }

    /**
     * A validated encoding.
     *
     * @param task classification or regression (not {@link Task#AUTO})
     */
    public static Encoding of(List<Column> columns, Task task, MissingPolicy missing) {
        return new Encoding(columns, task, missing);
    }

    /**
     * The encoding of an in-memory dataset: its features as numeric columns, its targets as one categorical
     * column {@code targetName} (classification) or numeric columns {@code target1..} (regression).
     */
    public static Encoding of(Dataset data, String targetName) {
        List<Column> cols = new ArrayList<>();
        for (String n : data.featureNames()) {
            cols.add(new Column(n, Role.FEATURE, Kind.NUMERIC, List.of()));
        }
        if (data.isClassification()) {
            cols.add(new Column(targetName, Role.TARGET, Kind.CATEGORICAL, data.classNames()));
            return new Encoding(cols, Task.CLASSIFICATION, MissingPolicy.ERROR);
        }
        for (int t = 0; t < data.targetCount(); t++) {
            cols.add(new Column(data.targetCount() == 1 ? targetName : targetName + (t + 1), Role.TARGET,
                    Kind.NUMERIC, List.of()));
        }
        return new Encoding(cols, Task.REGRESSION, MissingPolicy.ERROR);
    }

    /** All columns in file order. */
    public List<Column> columns() {
        return columns;
    }

    /** The feature columns in file order. */
    public List<Column> featureColumns() {
        return features;
    }

    /** The target columns in file order. */
    public List<Column> targetColumns() {
        return targets;
    }

    /** Classification or regression. */
    public Task task() {
        return task;
    }

    public MissingPolicy missing() {
        return missing;
    }

    /** Number of network inputs after encoding. */
    public int featureCount() {
        return featureCount;
    }

    /** Names of the network inputs: column names, {@code column=category} for one-hot inputs. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The class names (classification), else empty. */
    public List<String> classNames() {
        return task == Task.CLASSIFICATION ? targets.get(0).categories() : List.of();
    }

    /** The target column names. */
    public List<String> targetNames() {
        List<String> names = new ArrayList<>();
        for (Column c : targets) {
            names.add(c.name());
        }
        return Collections.unmodifiableList(names);
    }

    /** Whether any feature column is categorical. */
    public boolean hasCategoricalFeatures() {
        for (Column c : features) {
            if (c.kind() == Kind.CATEGORICAL) {
                return true;
            }
        }
        return false;
    }

    /** Index of {@code category} in feature column {@code feature}'s list, or -1 if unknown. */
    int categoryIndex(int feature, String category) {
        Integer i = featureIndex.get(feature).get(category);
        return i == null ? -1 : i;
    }

    /**
     * Encodes one row of raw feature values, given as numbers (one per feature column, in order), into
     * {@code out[off .. off + featureCount())}. Only for encodings without categorical features; NaN marks a
     * missing value.
     *
     * @throws IllegalArgumentException on a wrong count, a categorical feature, or a value that is not allowed
     */
    public void encodeFeatures(double[] raw, double[] out, int off) {
        if (raw.length != features.size()) {
            throw new IllegalArgumentException("expected " + features.size() + " feature values " + names(features)
                    + ", got " + raw.length);
        }
        for (int f = 0; f < raw.length; f++) {
            Column c = features.get(f);
            if (c.kind() == Kind.CATEGORICAL) {
                throw new IllegalArgumentException("feature '" + c.name() + "' is categorical; pass the values as text");
            }
            double v = raw[f];
            if (Double.isNaN(v)) {
                if (missing != MissingPolicy.MEAN) {
                    throw new IllegalArgumentException("feature '" + c.name() + "' is missing (NaN), and the model"
                            + " was trained with missing values as " + missing.id());
                }
            } else if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("feature '" + c.name() + "' must be finite, got " + v);
            }
            out[off + f] = v;
        }
    }

    /**
     * Encodes one row of raw feature values given as text, as in a data file (one per feature column, in
     * order), into {@code out[off .. off + featureCount())}.
     *
     * @throws IllegalArgumentException naming the column and the problem
     */
    public void encodeFeatures(List<String> raw, double[] out, int off) {
        if (raw.size() != features.size()) {
            throw new IllegalArgumentException("expected " + features.size() + " feature values " + names(features)
                    + ", got " + raw.size());
        }
        int at = off;
        for (int f = 0; f < raw.size(); f++) {
            String problem = encodeFeature(f, raw.get(f).strip(), out, at);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            at += features.get(f).width();
        }
    }

    /**
     * Encodes feature {@code f}'s trimmed text into {@code out[at ..]}; returns null, or the problem (without
     * location) when the text cannot be encoded.
     */
    String encodeFeature(int f, String text, double[] out, int at) {
        Column c = features.get(f);
        if (MissingPolicy.isMissing(text)) {
            if (missing != MissingPolicy.MEAN) {
                return "missing value in column '" + c.name() + "'";
            }
            for (int k = 0; k < c.width(); k++) {
                out[at + k] = Double.NaN;
            }
            return null;
        }
        if (c.kind() == Kind.NUMERIC) {
            double v = Numbers.parse(text);
            if (!Double.isFinite(v)) {
                return Numbers.problem(text, c.name());
            }
            out[at] = v;
            return null;
        }
        int i = categoryIndex(f, text);
        if (i < 0) {
            return "unknown category '" + text + "' in column '" + c.name() + "': the model knows "
                    + abbreviate(c.categories());
        }
        for (int k = 0; k < c.width(); k++) {
            out[at + k] = k == i ? 1.0 : 0.0;
        }
        return null;
    }

    static String abbreviate(List<String> values) {
        if (values.size() <= 10) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, 10)) + ", ... (" + values.size() + " in all)";
    }

    private static String names(List<Column> cols) {
        List<String> n = new ArrayList<>();
        for (Column c : cols) {
            n.add(c.name());
        }
        return "(" + abbreviate(n) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Encoding e && columns.equals(e.columns) && task == e.task && missing == e.missing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, task, missing);
    }

    @Override
    public String toString() {
        return "Encoding[" + task.id() + ", " + columns.size() + " columns, " + featureCount + " inputs]";
    }
}
