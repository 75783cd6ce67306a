package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Datasets;
import org.momentum4j.diagnostics.LayerDiagnostics;
import org.momentum4j.diagnostics.MomentumDiagnostics;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;

class DiagnosticsReportTest {
    @TempDir
    Path dir;

    private static List<LayerDiagnostics> heavyBallOnIris(int epochs) {
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 1);
        TrainingRun run = new TrainingRun(net, Datasets.iris(), new HeavyBall(0.01, 0.9), TrainingConfig.online(epochs, 1));
        MomentumDiagnostics diagnostics = new MomentumDiagnostics(net.architecture(), net.parameters());
        run.observe(diagnostics);
        for (int e = 0; e < epochs; e++) {
            run.runEpoch();
        }
        return diagnostics.history();
    }

    @Test
    void writesEveryMeasurementAsCsvAndThreeCharts() throws Exception {
        List<LayerDiagnostics> history = heavyBallOnIris(6);
        List<Path> files = DiagnosticsReport.write(history, dir.resolve("diag"));
        assertEquals(1 + 3 * 2, files.size(), files.toString());

        try (CSVParser csv = CSVParser.parse(dir.resolve("diag/diagnostics.csv"), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(DiagnosticsReport.COLUMNS, csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(6 * 2, rows.size(), "one row per epoch and layer");
            for (int i = 0; i < rows.size(); i++) {
                LayerDiagnostics d = history.get(i);
                assertEquals(d.epoch(), Integer.parseInt(rows.get(i).get("epoch")));
                assertEquals(d.layer() + 1, Integer.parseInt(rows.get(i).get("layer")));
                // Full precision: the text reads back to the same double.
                assertEquals(d.effectiveP50(), Double.parseDouble(rows.get(i).get("effective_p50")), 0.0);
                assertEquals(d.velocityNorm(), Double.parseDouble(rows.get(i).get("velocity_norm")), 0.0);
            }
        }
        for (String chart : List.of("effective-step", "norms", "oscillation")) {
            BufferedImage png = Images.png(Files.readAllBytes(dir.resolve("diag/" + chart + ".png")));
            assertTrue(png.getWidth() >= 400 && png.getHeight() >= 300, chart + " size");
            assertTrue(Images.nonBackground(png) > 2000, chart + " is not blank");
            String svg = Files.readString(dir.resolve("diag/" + chart + ".svg"));
            Images.svg(svg);
            // Text is drawn as glyph outlines; every series has its own colour: at least two (one per layer).
            assertTrue(svg.contains(Images.rgb(ChartStyle.SERIES[0])) && svg.contains(Images.rgb(ChartStyle.SERIES[1])),
                    chart + " SVG holds the series");
        }
    }

    @Test
    void heavyBallMovesWeightsFurtherThanPlainSgdWould() {
        // With mu = 0.9 a weight whose gradient keeps its sign moves up to 1/(1 - mu) = 10 times as far; the
        // median over a layer must be above 1 once the velocity has built up.
        List<LayerDiagnostics> history = heavyBallOnIris(3);
        LayerDiagnostics last = history.get(history.size() - 1);
        assertTrue(last.effectiveP50() > 1 && last.effectiveP90() <= 10 + 1e-9, last.toString());
        assertTrue(last.velocityNorm() > 0);
    }
}
