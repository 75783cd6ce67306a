package org.momentum4j.model;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Task;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

/**
 * Converts models to and from {@link ModelJson}, checking on the way in everything the JSON binding cannot:
 * known names, shapes, finite numbers, sane sizes, parts that fit together. The first problem becomes a
 * {@link ModelFormatException} that names where it is.
 */
final class ModelCodec {
    static final int MAX_LAYERS = 1000;
    static final int MAX_UNITS = 1 << 24;

    private ModelCodec() {
    }

    static ModelJson toJson(Model model) {
        Architecture a = model.architecture();
        double[] p = model.network().parameters();
        List<ModelJson.Layer> layers = new ArrayList<>();
        for (int l = 0; l < a.depth(); l++) {
            int in = a.inputsOf(l);
            int out = a.layers().get(l).units();
            double[][] w = new double[in][out];
            for (int i = 0; i < in; i++) {
                System.arraycopy(p, a.weightOffset(l) + i * out, w[i], 0, out);
            }
            double[] b = new double[out];
            System.arraycopy(p, a.biasOffset(l), b, 0, out);
            layers.add(new ModelJson.Layer(out, a.layers().get(l).activation().id(), w, b));
        }
        Encoding e = model.encoding();
        List<ModelJson.ColumnJson> columns = new ArrayList<>();
        for (Encoding.Column c : e.columns()) {
            columns.add(new ModelJson.ColumnJson(c.name(), c.role().id(), c.kind().id(), c.categories()));
        }
        TrainingSettings t = model.training();
        Provenance v = model.provenance();
        return new ModelJson(a.inputs(), a.loss().id(), layers,
                new ModelJson.EncodingJson(e.task().id(), e.missing().id(), columns),
                normalizer(model.featureNormalizer()), model.targetNormalizer().map(ModelCodec::normalizer).orElse(null),
                new ModelJson.TrainingJson(t.optimizer(), t.weightInit(), t.epochs(), t.batchSize(), t.seed(), t.settings()),
                new ModelJson.ProvenanceJson(v.data(), v.dataSha256(), v.rows(), v.library()));
    }

    private static ModelJson.NormalizerJson normalizer(Normalizer n) {
        return new ModelJson.NormalizerJson(n.method().id(), n.offset(), n.scale(), n.fill());
    }

    static Model fromJson(ModelJson m, String file) {
        try {
            return build(m, file);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelFormatException(file, "invalid model: " + e.getMessage());
        }
    }

    private static Model build(ModelJson m, String file) {
        require(m.layers(), "layers");
        if (m.layers().isEmpty() || m.layers().size() > MAX_LAYERS) {
            throw new IllegalArgumentException("layers: expected 1 to " + MAX_LAYERS + " layers, got " + m.layers().size());
        }
        if (m.inputs() < 1 || m.inputs() > MAX_UNITS) {
            throw new IllegalArgumentException("inputs: expected 1 to " + MAX_UNITS + ", got " + m.inputs());
        }
        List<LayerSpec> specs = new ArrayList<>();
        for (int l = 0; l < m.layers().size(); l++) {
            ModelJson.Layer layer = require(m.layers().get(l), "layers[" + l + "]");
            if (layer.units() < 1 || layer.units() > MAX_UNITS) {
                throw new IllegalArgumentException("layers[" + l + "].units: expected 1 to " + MAX_UNITS + ", got "
                        + layer.units());
            }
            specs.add(new LayerSpec(layer.units(), Activation.parse(require(layer.activation(), "layers[" + l + "].activation"))));
        }
        Architecture a = new Architecture(m.inputs(), specs, Loss.parse(require(m.loss(), "loss")));
        double[] params = new double[a.parameterCount()];
        for (int l = 0; l < a.depth(); l++) {
            ModelJson.Layer layer = m.layers().get(l);
            String where = "layers[" + l + "]";
            int in = a.inputsOf(l);
            int out = layer.units();
            double[][] w = require(layer.weights(), where + ".weights");
            if (w.length != in) {
                throw new IllegalArgumentException(where + ".weights has " + w.length + " rows, expected " + in
                        + " (one per input of the layer)");
            }
            for (int i = 0; i < in; i++) {
                double[] row = require(w[i], where + ".weights[" + i + "]");
                if (row.length != out) {
                    throw new IllegalArgumentException(where + ".weights[" + i + "] has " + row.length
                            + " values, expected " + out + " (one per unit)");
                }
                finite(row, where + ".weights[" + i + "]");
                System.arraycopy(row, 0, params, a.weightOffset(l) + i * out, out);
            }
            double[] b = require(layer.biases(), where + ".biases");
            if (b.length != out) {
                throw new IllegalArgumentException(where + ".biases has " + b.length + " values, expected " + out);
            }
            finite(b, where + ".biases");
            System.arraycopy(b, 0, params, a.biasOffset(l), out);
        }
        ModelJson.EncodingJson ej = require(m.encoding(), "encoding");
        List<Encoding.Column> columns = new ArrayList<>();
        for (int c = 0; c < require(ej.columns(), "encoding.columns").size(); c++) {
            ModelJson.ColumnJson cj = require(ej.columns().get(c), "encoding.columns[" + c + "]");
            String where = "encoding.columns[" + c + "]";
            List<String> categories = require(cj.categories(), where + ".categories");
            for (String s : categories) {
                require(s, where + ".categories");
            }
            columns.add(new Encoding.Column(require(cj.name(), where + ".name"),
                    Encoding.Role.parse(require(cj.role(), where + ".role")),
                    Encoding.Kind.parse(require(cj.kind(), where + ".kind")), categories));
        }
        Task task = Task.parse(require(ej.task(), "encoding.task"));
        if (task == Task.AUTO) {
            throw new IllegalArgumentException("encoding.task must be classification or regression, got auto");
        }
        Encoding encoding = Encoding.of(columns, task, MissingPolicy.parse(require(ej.missing(), "encoding.missing")));
        Normalizer features = normalizer(require(m.featureNormalizer(), "featureNormalizer"), "featureNormalizer");
        Normalizer targets = m.targetNormalizer() == null ? null : normalizer(m.targetNormalizer(), "targetNormalizer");
        ModelJson.TrainingJson tj = require(m.training(), "training");
        TrainingSettings training = new TrainingSettings(require(tj.optimizer(), "training.optimizer"),
                require(tj.weightInit(), "training.weightInit"), tj.epochs(), tj.batchSize(), tj.seed(),
                require(tj.settings(), "training.settings"));
        for (var e : training.settings().entrySet()) {
            require(e.getValue(), "training.settings." + e.getKey());
        }
        ModelJson.ProvenanceJson pj = require(m.provenance(), "provenance");
        Provenance provenance = new Provenance(require(pj.data(), "provenance.data"),
                require(pj.dataSha256(), "provenance.dataSha256"), pj.rows(), require(pj.library(), "provenance.library"));
        return new Model(Network.of(a, params), encoding, features, targets, training, provenance);
    }

    private static Normalizer normalizer(ModelJson.NormalizerJson n, String where) {
        return new Normalizer(Normalization.parse(require(n.method(), where + ".method")),
                require(n.offset(), where + ".offset"), require(n.scale(), where + ".scale"),
                require(n.fill(), where + ".fill"));
    }

    private static <T> T require(T value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is missing (null)");
        }
        return value;
    }

    private static void finite(double[] values, String where) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(where + "[" + i + "] is " + values[i] + "; parameters must be finite");
            }
        }
    }
}
