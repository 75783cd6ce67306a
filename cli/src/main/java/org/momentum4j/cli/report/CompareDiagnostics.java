package org.momentum4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.Setting;
import org.momentum4j.diagnostics.LayerDiagnostics;

/**
 * The momentum-diagnostics part of the compare report ({@code m4j compare --report DIR --diagnostics}): what
 * {@link org.momentum4j.diagnostics.MomentumDiagnostics} measured on each setting's run with the comparison's
 * first seed. Writes {@code diagnostics.csv} (a {@code setting} column, then {@link DiagnosticsReport}'s columns;
 * one row per setting, epoch and layer) and, for the N-th setting (from 1), {@code effective-step-N.png/.svg}:
 * per layer the median and 10th/90th percentile of actual move over plain-SGD move; the charts go into the page.
 */
final class CompareDiagnostics {
    private CompareDiagnostics() {
    }

    /** Adds the section to {@code html} and writes its files into {@code dir}; returns the files written. */
    static List<Path> write(Comparison c, Map<Setting, List<LayerDiagnostics>> measured, HtmlReport html, Path dir)
            throws IOException {
        List<Path> written = new ArrayList<>();
        html.heading("Momentum diagnostics (seed " + c.seeds().get(0) + ")");
        html.paragraph("Effective step: over each epoch, how far a weight actually moved divided by how far plain SGD"
                + " would have moved it with the same gradients (lr x |gradient|, summed over the steps); 1 is plain"
                + " SGD. Each chart shows, per layer, the median and the 10th and 90th percentiles over the layer's"
                + " weights. diagnostics.csv also holds gradient, velocity and update norms and oscillation.");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.settings().size(); i++) {
            Setting s = c.settings().get(i);
            List<LayerDiagnostics> history = measured.getOrDefault(s, List.of());
            if (history.isEmpty()) {
                html.paragraph(s.describe() + ": no epoch trained, nothing measured.");
                continue;
            }
            for (LayerDiagnostics d : history) {
                List<String> row = new ArrayList<>();
                row.add(s.describe());
                row.addAll(DiagnosticsReport.row(d));
                rows.add(row);
            }
            XYChart chart = DiagnosticsReport.effectiveStepChart("Effective step: " + s.describe(), history);
            written.addAll(ChartFiles.write(chart, dir, "effective-step-" + (i + 1)));
            html.image(chart.getTitle(), ChartFiles.png(chart));
        }
        List<String> header = new ArrayList<>();
        header.add("setting");
        header.addAll(DiagnosticsReport.COLUMNS);
        Path csv = dir.resolve("diagnostics.csv");
        Csv.write(csv, header, rows);
        written.add(csv);
        return written;
    }
}
