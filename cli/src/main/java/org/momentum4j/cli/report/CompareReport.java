package org.momentum4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.momentum4j.cli.report.TextTable.Column;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.ComparisonResult;
import org.momentum4j.compare.EpochPoint;
import org.momentum4j.compare.MeanStd;
import org.momentum4j.compare.RunResult;
import org.momentum4j.compare.Setting;
import org.momentum4j.compare.SettingSummary;
import org.momentum4j.diagnostics.LayerDiagnostics;

/**
 * Everything {@code m4j compare} shows: the summary table, loss-curve charts, a CSV of every curve and
 * the HTML report that holds them all with the settings and provenance.
 */
public final class CompareReport {
    private CompareReport() {
    }

    /** One row per setting; with several seeds, figures are mean ± standard deviation over the seeds. */
    public static TextTable table(ComparisonResult result) {
        Comparison c = result.comparison();
        TextTable table = new TextTable(Column.text("setting"), Column.number("epochs to target"),
                Column.number("items to target"), Column.number("best loss"), Column.number("final loss"),
                Column.number("best val loss"), Column.number("final val loss"), Column.number("train acc"),
                Column.number("val acc"), Column.number("time"), Column.text("diverged"));
        for (SettingSummary s : result.summaries()) {
            int n = s.runs().size();
            table.row(s.label(), target(c, s, s.epochsToTarget()), target(c, s, s.itemsToTarget()),
                    Numbers.meanStd(s.bestTrainingLoss()), Numbers.meanStd(s.finalTrainingLoss()),
                    Numbers.meanStd(s.bestValidationLoss()), Numbers.meanStd(s.finalValidationLoss()),
                    Numbers.meanStdPercent(s.finalTrainingAccuracy()), Numbers.meanStdPercent(s.finalValidationAccuracy()),
                    Numbers.seconds(s.wallSeconds().mean()), diverged(s, n));
        }
        return table;
    }

    private static String target(Comparison c, SettingSummary s, MeanStd m) {
        if (Double.isNaN(c.targetLoss())) {
            return "-";
        }
        if (m.count() == 0) {
            return "not reached";
        }
        String value = m.count() == 1 ? Numbers.format(m.mean()) : Numbers.meanStd(m);
        return m.count() < s.runs().size() ? value + " (" + m.count() + "/" + s.runs().size() + ")" : value;
    }

    private static String diverged(SettingSummary s, int n) {
        int d = s.divergedCount();
        if (n == 1) {
            return d == 0 ? "no" : "yes, epoch " + s.runs().get(0).divergedAt();
        }
        return d == 0 ? "no" : d + "/" + n + " seeds";
    }

    /** One curve per setting of {@code figure}: the run's own with one seed, the mean over seeds otherwise. */
    public static List<Curve> curves(ComparisonResult result, ToDoubleFunction<EpochPoint> figure) {
        List<Curve> curves = new ArrayList<>();
        boolean seeds = result.comparison().seeds().size() > 1;
        for (SettingSummary s : result.summaries()) {
            List<EpochPoint> points = seeds ? s.meanCurve() : s.runs().get(0).curve();
            double[] x = points.stream().mapToDouble(EpochPoint::epoch).toArray();
            double[] y = points.stream().mapToDouble(figure).toArray();
            String name = seeds ? s.label() + " (mean of " + s.runs().size() + " seeds)" : s.label();
            curves.add(new Curve(name, x, y, s.divergedCount() == s.runs().size()));
        }
        return curves;
    }

    public static XYChart trainingLossChart(ComparisonResult result) {
        return LossCurveChart.build("Training loss on " + dataName(result), "training loss",
                curves(result, EpochPoint::trainingLoss));
    }

    /** The validation-loss chart, when the comparison has validation data. */
    public static Optional<XYChart> validationLossChart(ComparisonResult result) {
        if (result.comparison().validation() == null) {
            return Optional.empty();
        }
        return Optional.of(LossCurveChart.build("Validation loss on " + result.comparison().validation().name(),
                "validation loss", curves(result, EpochPoint::validationLoss)));
    }

    /** Every settings and provenance line the HTML report lists. */
    public static Map<String, String> provenance(ComparisonResult result, ReportInfo info) {
        Comparison c = result.comparison();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("momentum4j", info.version());
        m.put("Java", System.getProperty("java.version"));
        if (!info.command().isEmpty()) {
            m.put("command", info.command());
        }
        m.put("training data", c.train().toString());
        m.put("training data SHA-256", DatasetChecksum.sha256(c.train()));
        if (c.validation() != null) {
            m.put("validation data", c.validation().toString());
            m.put("validation data SHA-256", DatasetChecksum.sha256(c.validation()));
        }
        m.put("network", c.architecture().toString());
        m.put("initial weights", c.init().toString());
        m.put("epochs", Integer.toString(c.epochs()));
        m.put("batch size", c.batchSize() >= c.train().rows() ? "full batch" : Integer.toString(c.batchSize()));
        m.put("seeds", c.seeds().toString());
        m.put("target loss", Double.isNaN(c.targetLoss()) ? "none" : Numbers.exact(c.targetLoss()));
        m.put("divergence", "non-finite loss, or training loss above " + Numbers.exact(c.divergenceFactor())
                + " x its start");
        for (int i = 0; i < c.settings().size(); i++) {
            m.put("setting " + (i + 1), c.settings().get(i).describe());
        }
        return m;
    }

    /** Every point of every run: one row per (setting, seed, epoch). */
    public static String curvesCsv(ComparisonResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (RunResult r : result.runs()) {
            for (EpochPoint p : r.curve()) {
                rows.add(List.of(r.label(), Long.toString(r.seed()), Integer.toString(p.epoch()),
                        Csv.number(p.trainingLoss()), Csv.number(p.trainingAccuracy()), Csv.number(p.validationLoss()),
                        Csv.number(p.validationAccuracy()), Boolean.toString(r.diverged())));
            }
        }
        return Csv.csv(List.of("setting", "seed", "epoch", "training_loss", "training_accuracy", "validation_loss",
                "validation_accuracy", "diverged"), rows);
    }

    /**
     * Writes {@code loss-training.png/.svg}, {@code loss-validation.png/.svg} (with validation data),
     * {@code curves.csv} and {@code report.html} into {@code dir}; returns the files written.
     */
    public static List<Path> write(ComparisonResult result, ReportInfo info, Path dir) throws IOException {
        return write(result, info, Map.of(), dir);
    }

    /**
     * As {@link #write(ComparisonResult, ReportInfo, Path)}, plus, when {@code diagnostics} is not empty, the
     * momentum diagnostics of each setting's first-seed run ({@link CompareDiagnostics}): {@code diagnostics.csv},
     * {@code effective-step-N.png/.svg} and their charts in the page.
     */
    public static List<Path> write(ComparisonResult result, ReportInfo info,
                                   Map<Setting, List<LayerDiagnostics>> diagnostics, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        HtmlReport html = new HtmlReport("momentum4j comparison");
        html.paragraph("Each setting trained the same network from the same initial weights, visiting the items in"
                + " the same order; only the update rule differs.");
        html.table(table(result));
        XYChart training = trainingLossChart(result);
        written.addAll(ChartFiles.write(training, dir, "loss-training"));
        html.image(training.getTitle(), ChartFiles.png(training));
        Optional<XYChart> validation = validationLossChart(result);
        if (validation.isPresent()) {
            written.addAll(ChartFiles.write(validation.get(), dir, "loss-validation"));
            html.image(validation.get().getTitle(), ChartFiles.png(validation.get()));
        }
        if (!diagnostics.isEmpty()) {
            written.addAll(CompareDiagnostics.write(result.comparison(), diagnostics, html, dir));
        }
        html.heading("Settings and provenance").definitions(provenance(result, info));
        Path csv = dir.resolve("curves.csv");
        AtomicFiles.writeString(csv, curvesCsv(result));
        written.add(csv);
        Path page = dir.resolve("report.html");
        html.write(page);
        written.add(page);
        return written;
    }

    private static String dataName(ComparisonResult result) {
        return result.comparison().train().name();
    }
}
