package org.momentum4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Task;
import org.momentum4j.model.Model;
import org.momentum4j.model.Provenance;
import org.momentum4j.model.TrainingSettings;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

/**
 * Models with weights set by hand, so that what {@code m4j predict} and {@code m4j evaluate} must print can be
 * worked out on paper. Features are not rescaled ({@code none}: offset 0, scale 1).
 */
final class HandModels {
    private HandModels() {
    }

    /**
     * Column {@code x} predicts class {@code lo} or {@code hi} (target column {@code y}): softmax over the
     * logits {@code (-x, x)}, so {@code p(hi) = 1 / (1 + exp(-2x))} and the label is hi exactly when x &gt; 0.
     */
    static Model classifier() {
        Encoding e = Encoding.of(List.of(numeric("x"),
                new Encoding.Column("y", Encoding.Role.TARGET, Encoding.Kind.CATEGORICAL, List.of("lo", "hi"))),
                Task.CLASSIFICATION, MissingPolicy.ERROR);
        Network net = Network.of(Architecture.of(1, Loss.CROSS_ENTROPY, LayerSpec.of(2, Activation.SOFTMAX)),
                new double[] {-1, 1, 0, 0});
        return model(net, e, identity(1), null);
    }

    /**
     * Column {@code x} predicts {@code y}: the network gives {@code 2x + 1} in standardised units and the target
     * normaliser (offset 10, scale 3) maps it back, so {@code y = 3 (2x + 1) + 10 = 6x + 13}.
     */
    static Model regressor() {
        Encoding e = Encoding.of(List.of(numeric("x"),
                new Encoding.Column("y", Encoding.Role.TARGET, Encoding.Kind.NUMERIC, List.of())),
                Task.REGRESSION, MissingPolicy.ERROR);
        Network net = Network.of(Architecture.of(1, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY)),
                new double[] {2, 1});
        return model(net, e, identity(1), new Normalizer(Normalization.ZSCORE, new double[] {10}, new double[] {3},
                new double[] {10}));
    }

    /**
     * A categorical feature {@code colour} (red, blue) and a number {@code x}; class {@code no} or {@code yes}
     * (target {@code buy}). Logits {@code (0, red - blue + x)}: yes when red and x &gt; -1, or blue and x &gt; 1.
     */
    static Model withCategory() {
        Encoding e = Encoding.of(List.of(
                new Encoding.Column("colour", Encoding.Role.FEATURE, Encoding.Kind.CATEGORICAL, List.of("red", "blue")),
                numeric("x"),
                new Encoding.Column("buy", Encoding.Role.TARGET, Encoding.Kind.CATEGORICAL, List.of("no", "yes"))),
                Task.CLASSIFICATION, MissingPolicy.ERROR);
        // Inputs (red, blue, x), outputs (no, yes): weights input-major, then the two biases.
        Network net = Network.of(Architecture.of(3, Loss.CROSS_ENTROPY, LayerSpec.of(2, Activation.SOFTMAX)),
                new double[] {0, 1, 0, -1, 0, 1, 0, 0});
        return model(net, e, identity(3), null);
    }

    private static Encoding.Column numeric(String name) {
        return new Encoding.Column(name, Encoding.Role.FEATURE, Encoding.Kind.NUMERIC, List.of());
    }

    private static Normalizer identity(int columns) {
        return new Normalizer(Normalization.NONE, new double[columns], filled(columns, 1), new double[columns]);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static Model model(Network net, Encoding e, Normalizer features, Normalizer targets) {
        return new Model(net, e, features, targets, new TrainingSettings("sgd lr=0.1", "uniform:-0.01:0.01", 0, 1, 1,
                Map.of()), Provenance.of("by hand", "", 0));
    }

    /** Saves {@code model} as {@code dir/name}. */
    static Path save(Model model, Path dir, String name) {
        try {
            Path file = dir.resolve(name);
            model.save(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 text file. */
    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
