package org.momentum4j.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.momentum4j.diagnostics.LayerDiagnostics;

/**
 * Writes what {@link org.momentum4j.diagnostics.MomentumDiagnostics} measured: {@code diagnostics.csv} (one
 * row per epoch and layer, every measurement), and three charts, each as PNG and SVG:
 * {@code effective-step} (median and 10th/90th percentile of actual move over plain-SGD move, per layer),
 * {@code norms} (gradient, velocity and update norms per layer) and {@code oscillation} (share of weights
 * whose update flipped sign).
 */
public final class DiagnosticsReport {
    static final List<String> COLUMNS = List.of("epoch", "layer", "gradient_norm", "velocity_norm", "update_norm",
            "weight_norm", "update_ratio", "effective_p10", "effective_p50", "effective_p90", "oscillation");

    private DiagnosticsReport() {
    }

    /** Writes the CSV and the charts into {@code dir} (created if needed); returns the files written. */
    public static List<Path> write(List<LayerDiagnostics> history, Path dir) throws IOException {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no diagnostics to write: no epoch was trained");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path csv = dir.resolve("diagnostics.csv");
        Csv.write(csv, COLUMNS, rows(history));
        written.add(csv);
        int layers = layers(history);
        List<Curve> norms = new ArrayList<>();
        List<Curve> oscillation = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String name = "layer " + (l + 1);
            norms.add(curve(history, l, name + " gradient", LayerDiagnostics::gradientNorm));
            norms.add(curve(history, l, name + " velocity", LayerDiagnostics::velocityNorm));
            norms.add(curve(history, l, name + " update", LayerDiagnostics::updateNorm));
            oscillation.add(curve(history, l, name, LayerDiagnostics::oscillation));
        }
        written.addAll(ChartFiles.write(effectiveStepChart("Effective step: actual move / plain-SGD move", history),
                dir, "effective-step"));
        written.addAll(ChartFiles.write(LossCurveChart.build("Norms at each epoch's last step", "Euclidean norm",
                norms), dir, "norms"));
        written.addAll(ChartFiles.write(LossCurveChart.build("Oscillation: updates that flipped sign",
                "share of weights per step", oscillation), dir, "oscillation"));
        return written;
    }

    /** Median and 10th/90th percentile of the effective step, per layer, over the epochs. */
    static XYChart effectiveStepChart(String title, List<LayerDiagnostics> history) {
        List<Curve> effective = new ArrayList<>();
        for (int l = 0; l < layers(history); l++) {
            String name = "layer " + (l + 1);
            effective.add(curve(history, l, name + " median", LayerDiagnostics::effectiveP50));
            effective.add(curve(history, l, name + " 10th percentile", LayerDiagnostics::effectiveP10));
            effective.add(curve(history, l, name + " 90th percentile", LayerDiagnostics::effectiveP90));
        }
        return LossCurveChart.build(title, "ratio (1 = plain SGD)", effective);
    }

    private static int layers(List<LayerDiagnostics> history) {
        return history.stream().mapToInt(LayerDiagnostics::layer).max().orElse(0) + 1;
    }

    private static List<List<String>> rows(List<LayerDiagnostics> history) {
        List<List<String>> rows = new ArrayList<>();
        for (LayerDiagnostics d : history) {
            rows.add(row(d));
        }
        return rows;
    }

    /** One CSV row in {@link #COLUMNS}' order; layers are numbered from 1. */
    static List<String> row(LayerDiagnostics d) {
        return List.of(Integer.toString(d.epoch()), Integer.toString(d.layer() + 1),
                Csv.number(d.gradientNorm()), Csv.number(d.velocityNorm()), Csv.number(d.updateNorm()),
                Csv.number(d.weightNorm()), Csv.number(d.updateRatio()), Csv.number(d.effectiveP10()),
                Csv.number(d.effectiveP50()), Csv.number(d.effectiveP90()), Csv.number(d.oscillation()));
    }

    private static Curve curve(List<LayerDiagnostics> history, int layer, String name,
                               ToDoubleFunction<LayerDiagnostics> value) {
        List<LayerDiagnostics> mine = history.stream().filter(d -> d.layer() == layer).toList();
        double[] x = new double[mine.size()];
        double[] y = new double[mine.size()];
        for (int i = 0; i < mine.size(); i++) {
            x[i] = mine.get(i).epoch();
            y[i] = value.applyAsDouble(mine.get(i));
        }
        return new Curve(name, x, y, false);
    }
}
