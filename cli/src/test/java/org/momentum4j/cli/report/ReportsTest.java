package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.compare.Comparer;
import org.momentum4j.compare.ComparisonResult;
import org.momentum4j.compare.DefaultComparison;
import org.momentum4j.data.Datasets;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.tune.Grid;
import org.momentum4j.tune.SearchSpace;
import org.momentum4j.tune.Tuner;
import org.momentum4j.tune.TuneResult;
import org.momentum4j.tune.Tuning;
import org.momentum4j.tune.ValueRange;

class ReportsTest {
    private static final ReportInfo INFO = new ReportInfo("0.1.0-TEST", "m4j compare --report out");

    @Test
    void theCompareReportHoldsTableChartsSettingsAndProvenance(@TempDir Path dir) throws Exception {
        ComparisonResult result = new Comparer(2).run(DefaultComparison.iris().withEpochs(5));
        List<Path> files = CompareReport.write(result, INFO, dir);
        for (String name : List.of("loss-training.png", "loss-training.svg", "loss-validation.png",
                "loss-validation.svg", "curves.csv", "report.html")) {
            assertTrue(files.contains(dir.resolve(name)), name);
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<table>"));
        for (Optimizer o : result.comparison().optimizers()) {
            assertTrue(html.contains("<td>" + o.describe() + "</td>"), "table row of " + o.describe());
        }
        List<byte[]> images = inlinePngs(html);
        assertEquals(2, images.size(), "training and validation loss charts");
        for (byte[] png : images) {
            assertTrue(Images.nonBackground(Images.png(png)) > 5_000);
        }
        assertTrue(html.contains(DatasetChecksum.sha256(result.comparison().train())));
        assertTrue(html.contains(DatasetChecksum.sha256(result.comparison().validation())));
        assertTrue(html.contains("0.1.0-TEST"));
        assertTrue(html.contains("m4j compare --report out"));
        assertTrue(html.contains("[1]"), "the seeds");
        assertTrue(html.contains("4-tanh(5)-softmax(3) cross-entropy"));
        List<CSVRecord> rows = csv(Files.readString(dir.resolve("curves.csv")));
        assertEquals(4 * (5 + 1), rows.size(), "4 settings x epochs 0..5");
        assertEquals("sgd lr=0.05", rows.get(0).get("setting"));
    }

    @Test
    void theCompareTableShowsEpochsToTargetAndNotReached() {
        ComparisonResult reached = new Comparer(2).run(DefaultComparison.iris().withEpochs(12));
        String text = CompareReport.table(reached).render();
        assertTrue(text.startsWith("setting"), text);
        assertEquals(2 + 4, text.split("\n").length, "header, rule, one line per setting");
        ComparisonResult missed = new Comparer(2).run(DefaultComparison.iris().withEpochs(2).withTargetLoss(1e-6));
        assertTrue(CompareReport.table(missed).render().contains("not reached"));
    }

    @Test
    void theTuneReportHoldsRankedTableHeatMapAndEveryTrial(@TempDir Path dir) throws Exception {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd"), OptimizerSpec.parse("nesterov")),
                new ValueRange("learning rate", 0.01, 100), new ValueRange("momentum", 0, 0.9));
        Tuning tuning = Tuning.of(Datasets.iris(), Architecture.classifier(Activation.TANH, 4, 5, 3),
                WeightInit.auto(), space, new Grid(4, 2), 2);
        TuneResult result = new Tuner(2).run(tuning);
        List<Path> files = TuneReport.write(result, INFO, dir, 10);
        assertTrue(files.containsAll(List.of(dir.resolve("heatmap.png"), dir.resolve("heatmap.svg"),
                dir.resolve("trials.csv"), dir.resolve("report.html"))));
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(1, inlinePngs(html).size());
        assertTrue(html.contains("<table>"));
        assertTrue(html.contains(DatasetChecksum.sha256(Datasets.iris())));
        assertTrue(html.contains("diverged at epoch"), "lr 100 diverges and is listed apart");
        List<CSVRecord> rows = csv(Files.readString(dir.resolve("trials.csv")));
        assertEquals(result.trials().size(), rows.size());
        assertEquals(4 + 8, rows.size(), "sgd 4 learning rates, nesterov 4 x 2");
        for (CSVRecord r : rows) {
            boolean diverged = Boolean.parseBoolean(r.get("diverged"));
            assertEquals(diverged, r.get("rank").isEmpty(), "diverged trials have no rank");
        }
        String table = TuneReport.table(result, 3).render();
        assertTrue(table.split("\n")[2].startsWith("   1  "), table);
    }

    private static List<byte[]> inlinePngs(String html) {
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        List<byte[]> images = new java.util.ArrayList<>();
        while (m.find()) {
            images.add(Base64.getDecoder().decode(m.group(1)));
        }
        return images;
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
