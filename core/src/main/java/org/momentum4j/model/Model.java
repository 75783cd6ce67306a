package org.momentum4j.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Task;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.train.ClassificationMetrics;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.RegressionMetrics;

/**
 * A trained network with everything needed to use it on raw data later: the {@link Encoding} that turns a
 * file's columns into inputs (and class names), the feature {@link Normalizer} fitted on the training split,
 * for regression the target normaliser whose inverse restores target units, and a record of how and on what
 * it was trained. Immutable.
 *
 * <pre>{@code
 * Model model = Model.load(Path.of("iris-model.json"));
 * String species = model.predictLabel(new double[] {5.1, 3.5, 1.4, 0.2});
 * double[] probabilities = model.predict(new double[] {5.1, 3.5, 1.4, 0.2});
 * }</pre>
 *
 * <p>Prediction: raw values, encoded as in training, normalised, through the network, and for regression
 * mapped back by the target normaliser. Every step is the same arithmetic as in training, so a model saved
 * and loaded predicts bit for bit what it predicted before saving. The file format is in
 * {@code docs/model-format.md}.
 */
public final class Model {
    /** The {@code format} member of a model file. */
    public static final String FORMAT = "momentum4j-model";
    /** The format version this library writes (and the highest it reads). */
    public static final int FORMAT_VERSION = 1;

    private final Network network;
    private final Encoding encoding;
    private final Normalizer featureNormalizer;
    private final Normalizer targetNormalizer;
    private final TrainingSettings training;
    private final Provenance provenance;

    /**
     * A model; the network's parameters are copied.
     *
     * @param targetNormalizer for regression, the z-score of the targets the network was trained on; null for
     *                         classification
     * @throws IllegalArgumentException when the parts do not fit together
     */
    public Model(Network network, Encoding encoding, Normalizer featureNormalizer, Normalizer targetNormalizer,
                 TrainingSettings training, Provenance provenance) {
        this.network = network.copy();
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.featureNormalizer = Objects.requireNonNull(featureNormalizer, "featureNormalizer");
        this.targetNormalizer = targetNormalizer;
        this.training = Objects.requireNonNull(training, "training");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        Architecture a = network.architecture();
        if (encoding.featureCount() != a.inputs()) {
            throw new IllegalArgumentException("the encoding gives " + encoding.featureCount()
                    + " inputs but the network takes " + a.inputs());
        }
        if (featureNormalizer.size() != a.inputs()) {
            throw new IllegalArgumentException("the feature normaliser has " + featureNormalizer.size()
                    + " columns but the network takes " + a.inputs() + " inputs");
        }
        if (encoding.task() == Task.CLASSIFICATION) {
            int k = encoding.classNames().size();
            if (!(a.outputs() == k || (a.outputs() == 1 && k == 2))) {
                throw new IllegalArgumentException("the network has " + a.outputs() + " outputs for " + k
                        + " classes; expected " + k + (k == 2 ? " (or 1 for a single sigmoid output)" : ""));
            }
            if (targetNormalizer != null) {
                throw new IllegalArgumentException("a classification model has no target normaliser");
            }
        } else {
            int t = encoding.targetColumns().size();
            if (a.outputs() != t) {
                throw new IllegalArgumentException("the network has " + a.outputs() + " outputs for " + t
                        + " regression targets");
            }
            if (targetNormalizer == null || targetNormalizer.size() != t) {
                throw new IllegalArgumentException("a regression model needs a target normaliser with " + t
                        + " columns");
            }
        }
        for (double w : this.network.parameters()) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("the network has a non-finite parameter (" + w + ")");
            }
        }
    }

    /**
     * Loads and fully checks a model file.
     *
     * @throws ModelFormatException naming the first problem, when the file is not a valid model
     * @throws IOException          when the file cannot be read
     */
    public static Model load(Path path) throws IOException {
        String file = path.toString();
        ModelJson json = JsonFile.read(path, file, FORMAT, FORMAT_VERSION, "model", ModelJson.class);
        return ModelCodec.fromJson(json, file);
    }

    /** Writes the model to {@code path} atomically (a temporary file renamed over it). */
    public void save(Path path) throws IOException {
        JsonFile.write(path, FORMAT, FORMAT_VERSION, "model", ModelCodec.toJson(this));
    }

    /**
     * The outputs for one row of raw feature values, one per feature column in file order (target columns
     * left out): class probabilities for classification (for a single sigmoid output, the probability of the
     * second class), target values for regression. Only for models without categorical features; NaN marks a
     * missing value where the model allows them.
     */
    public double[] predict(double[] rawFeatures) {
        double[] x = new double[encoding.featureCount()];
        encoding.encodeFeatures(rawFeatures, x, 0);
        return predictEncoded(x);
    }

    /** The outputs for one row of raw feature values as text, as they would appear in a data file. */
    public double[] predict(List<String> rawFeatures) {
        double[] x = new double[encoding.featureCount()];
        encoding.encodeFeatures(rawFeatures, x, 0);
        return predictEncoded(x);
    }

    /**
     * The outputs for already encoded (one-hot, not normalised) features, e.g. a row of
     * {@code LoadedData#features()} read with this model's encoding.
     */
    public double[] predictEncoded(double[] encodedFeatures) {
        double[] out = network.predict(featureNormalizer.transform(encodedFeatures));
        return targetNormalizer == null ? out : targetNormalizer.inverse(out);
    }

    /**
     * Outputs (as {@link #predict(double[])} gives them) for every row of a file read with this model's
     * encoding, {@code DatasetReader.read(path, options, model.encoding())}.
     */
    public double[][] predictAll(LoadedData data) {
        if (!data.encoding().equals(encoding)) {
            throw new IllegalArgumentException(data.source() + " was read with another encoding than this model's");
        }
        int width = encoding.featureCount();
        double[] x = data.features();
        double[][] out = new double[data.rows()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = predictEncoded(Arrays.copyOfRange(x, r * width, (r + 1) * width));
        }
        return out;
    }

    /** Accuracy, confusion matrix and per-class scores on a file with targets, read with this model's encoding. */
    public ClassificationMetrics evaluateClassification(LoadedData data) {
        requireClassification();
        Dataset d = data.dataset();
        double[][] outputs = predictAll(data);
        int[] actual = new int[d.rows()];
        int[] predicted = new int[d.rows()];
        for (int r = 0; r < actual.length; r++) {
            actual[r] = d.label(r);
            predicted[r] = Evaluation.predictedClass(outputs[r]);
        }
        return ClassificationMetrics.of(actual, predicted, encoding.classNames());
    }

    /** RMSE, MAE and R² per target, in target units, on a file with targets read with this model's encoding. */
    public RegressionMetrics evaluateRegression(LoadedData data) {
        if (encoding.task() != Task.REGRESSION) {
            throw new IllegalStateException("this is a classification model; use evaluateClassification");
        }
        Dataset d = data.dataset();
        double[][] outputs = predictAll(data);
        int t = d.targetCount();
        double[] predicted = new double[d.rows() * t];
        for (int r = 0; r < outputs.length; r++) {
            System.arraycopy(outputs[r], 0, predicted, r * t, t);
        }
        return RegressionMetrics.of(d.targets(), predicted, encoding.targetNames());
    }

    /** The predicted class index for raw numeric features (classification only). */
    public int predictClass(double[] rawFeatures) {
        requireClassification();
        return Evaluation.predictedClass(predict(rawFeatures));
    }

    /** The predicted class name for raw numeric features (classification only). */
    public String predictLabel(double[] rawFeatures) {
        return encoding.classNames().get(predictClass(rawFeatures));
    }

    /** The predicted class name for raw features as text (classification only). */
    public String predictLabel(List<String> rawFeatures) {
        requireClassification();
        return encoding.classNames().get(Evaluation.predictedClass(predict(rawFeatures)));
    }

    private void requireClassification() {
        if (encoding.task() != Task.CLASSIFICATION) {
            throw new IllegalStateException("this is a regression model; it predicts values, not classes");
        }
    }

    public Architecture architecture() {
        return network.architecture();
    }

    /** A copy of the trained network. */
    public Network network() {
        return network.copy();
    }

    public Encoding encoding() {
        return encoding;
    }

    public Task task() {
        return encoding.task();
    }

    /** Class names, in output order (classification), else empty. */
    public List<String> classNames() {
        return encoding.classNames();
    }

    public Normalizer featureNormalizer() {
        return featureNormalizer;
    }

    /** The regression target normaliser; empty for classification. */
    public Optional<Normalizer> targetNormalizer() {
        return Optional.ofNullable(targetNormalizer);
    }

    public TrainingSettings training() {
        return training;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Same network (architecture and every parameter bit), encoding, normalisers, settings and provenance. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Model m && network.equals(m.network) && encoding.equals(m.encoding)
                && featureNormalizer.equals(m.featureNormalizer) && Objects.equals(targetNormalizer, m.targetNormalizer)
                && training.equals(m.training) && provenance.equals(m.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, encoding, featureNormalizer, targetNormalizer, training, provenance);
    }

    @Override
    public String toString() {
        return "Model[" + network.architecture() + ", " + encoding.task().id() + "]";
    }
}
