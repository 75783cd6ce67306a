package org.momentum4j.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.momentum4j.cli.report.TextTable.Column;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.tune.Rung;
import org.momentum4j.tune.TrialResult;
import org.momentum4j.tune.TrialSettings;
import org.momentum4j.tune.TuneResult;
import org.momentum4j.tune.Tuning;

/**
 * Everything {@code m4j tune} shows: the ranked table, a heat map of validation loss over learning rate
 * and momentum, a CSV of every trial and the HTML report that holds them with settings and provenance.
 */
public final class TuneReport {
    private TuneReport() {
    }

    /**
     * The best {@code limit} ranked trials, then every diverged one (unranked, marked), so a reader sees
     * where the learning rate is too high.
     */
    public static TextTable table(TuneResult result, int limit) {
        TextTable table = new TextTable(Column.number("rank"), Column.text("optimizer"), Column.number("lr"),
                Column.number("momentum"), Column.number("batch"), Column.number("hidden"), Column.number("epochs"),
                Column.number("val loss"), Column.number("val acc"), Column.number("train loss"),
                Column.number("time"), Column.text("status"));
        List<TrialResult> ranked = result.ranked();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            table.row(row(Integer.toString(i + 1), ranked.get(i), "ok"));
        }
        for (TrialResult d : result.diverged()) {
            table.row(row("-", d, "diverged at epoch " + d.divergedAt()));
        }
        return table;
    }

    private static List<String> row(String rank, TrialResult t, String status) {
        TrialSettings s = t.settings();
        boolean diverged = t.diverged();
        return List.of(rank, s.spec().kind().name() + extraKeys(s), Numbers.short3(s.learningRate()),
                Double.isNaN(s.momentum()) ? "-" : Numbers.short3(s.momentum()), TrainingConfig.batchSizeText(s.batchSize()),
                s.hiddenSize() == 0 ? "-" : Integer.toString(s.hiddenSize()), Integer.toString(t.epochs()),
                diverged ? "-" : Numbers.format(t.validationLoss()), diverged ? "-" : Numbers.percent(t.validationAccuracy()),
                diverged ? "-" : Numbers.format(t.trainingLoss()), Numbers.seconds(t.wallTime()), status);
    }

    /** Keys of the spec other than lr and momentum (e.g. {@code form=lr-outside}), which the table shows apart. */
    private static String extraKeys(TrialSettings s) {
        StringBuilder sb = new StringBuilder();
        s.spec().settings().forEach((k, v) -> {
            if (!k.equals("lr") && !k.equals("momentum")) {
                sb.append(' ').append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    /** The heat map of every trial's latest validation loss. */
    public static LossHeatMap heatMap(TuneResult result) {
        List<HeatCell> cells = new ArrayList<>();
        for (TrialResult t : result.trials()) {
            cells.add(new HeatCell(t.settings().learningRate(), t.settings().momentum(), t.validationLoss(),
                    t.diverged()));
        }
        boolean halving = result.rungs().size() > 1;
        String title = "Validation loss by learning rate and momentum"
                + (halving ? " (each trial at its last rung)" : ", " + result.tuning().epochs() + " epochs");
        return LossHeatMap.build(title, cells);
    }

    /** One row per trial, in index order, with its rank (empty when diverged). */
    public static String trialsCsv(TuneResult result) {
        List<TrialResult> ranked = result.ranked();
        List<List<String>> rows = new ArrayList<>();
        for (TrialResult t : result.trials()) {
            TrialSettings s = t.settings();
            int rank = ranked.indexOf(t);
            rows.add(List.of(Integer.toString(t.index()), rank < 0 ? "" : Integer.toString(rank + 1),
                    s.spec().toString(), s.spec().kind().name(), Csv.number(s.learningRate()), Csv.number(s.momentum()),
                    TrainingConfig.batchSizeText(s.batchSize()), s.hiddenSize() == 0 ? "" : Integer.toString(s.hiddenSize()),
                    Long.toString(t.seed()), Integer.toString(t.rung()), Integer.toString(t.epochs()),
                    Csv.number(t.validationLoss()), Csv.number(t.validationAccuracy()), Csv.number(t.trainingLoss()),
                    Boolean.toString(t.diverged()), t.diverged() ? Integer.toString(t.divergedAt()) : "",
                    Long.toString(t.wallTime().toMillis())));
        }
        return Csv.csv(List.of("trial", "rank", "optimizer_spec", "optimizer", "learning_rate", "momentum",
                "batch_size", "hidden_size", "seed", "rung", "epochs", "validation_loss", "validation_accuracy",
                "training_loss", "diverged", "diverged_at_epoch", "wall_ms"), rows);
    }

    /** Every settings and provenance line the HTML report lists. */
    public static Map<String, String> provenance(TuneResult result, ReportInfo info) {
        Tuning t = result.tuning();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("momentum4j", info.version());
        m.put("Java", System.getProperty("java.version"));
        if (!info.command().isEmpty()) {
            m.put("command", info.command());
        }
        m.put("data", t.data().toString());
        m.put("data SHA-256", DatasetChecksum.sha256(t.data()));
        m.put("network", t.architecture().toString());
        m.put("initial weights", t.init().toString());
        m.put("search", t.strategy().describe());
        m.put("rungs", rungs(result.rungs()));
        m.put("selection", t.selection().describe() + (t.standardize() ? ", features standardised per fold" : ""));
        m.put("optimizers", t.space().optimizers().toString());
        m.put("learning rates", t.space().learningRates().toString() + " (log scale)");
        m.put("momenta", t.space().momenta().toString());
        m.put("batch sizes", t.space().batchSizes().toString());
        if (!t.space().hiddenSizes().isEmpty()) {
            m.put("hidden sizes", t.space().hiddenSizes().toString());
        }
        m.put("epochs", Integer.toString(t.epochs()));
        m.put("search seed", Long.toString(t.seed()));
        m.put("divergence", "non-finite loss, or training loss above " + Numbers.exact(t.divergenceFactor())
                + " x its start");
        result.best().ifPresent(b -> m.put("best", b.settings().describe() + " (trial seed " + b.seed() + ")"));
        return m;
    }

    private static String rungs(List<Rung> rungs) {
        List<String> parts = new ArrayList<>();
        for (Rung r : rungs) {
            parts.add(r.trials() + " x " + r.epochs() + " epochs");
        }
        return String.join(", then ", parts);
    }

    /**
     * Writes {@code heatmap.png/.svg}, {@code trials.csv} and {@code report.html} into {@code dir};
     * returns the files written.
     */
    public static List<Path> write(TuneResult result, ReportInfo info, Path dir, int limit) throws IOException {
        List<Path> written = new ArrayList<>();
        HtmlReport html = new HtmlReport("momentum4j search");
        html.paragraph(result.best().map(b -> "Best: " + b.settings().describe() + ", validation loss "
                + Numbers.format(b.validationLoss()) + ".").orElse("Every trial diverged: try smaller learning rates."));
        html.table(table(result, limit));
        LossHeatMap heat = heatMap(result);
        written.addAll(ChartFiles.write(heat, dir, "heatmap"));
        html.image("Validation loss by learning rate and momentum", ChartFiles.png(heat));
        html.heading("Settings and provenance").definitions(provenance(result, info));
        Path csv = dir.resolve("trials.csv");
        AtomicFiles.writeString(csv, trialsCsv(result));
        written.add(csv);
        Path page = dir.resolve("report.html");
        html.write(page);
        written.add(page);
        return written;
    }
}
