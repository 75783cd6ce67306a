package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.compare.DefaultComparison;
import org.momentum4j.optim.Optimizer;

/** {@code m4j compare}: what a person sees, what a script parses, and that it reproduces {@code m4j train}. */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withNoOptionsItRacesTheFourRulesAndItsArticleRowIsTheTrainRun() {
        Cli run = Cli.run("compare");
        assertEquals(0, run.code(), run.err());
        for (Optimizer o : DefaultComparison.settings()) {
            run.outLine(o.describe());
        }
        // m4j train with no options is the article row: same split, seed, network and rule.
        Cli train = Cli.run("train");
        String[] test = train.outLine("test").strip().split(" +");
        String trainAccuracy = String.format(Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(test[1]));
        String article = run.outLine("article lr=0.05 momentum=0.75");
        assertTrue(article.contains(" " + trainAccuracy + " "), article + " should show m4j train's " + trainAccuracy);
        assertTrue(run.out().contains("target training loss 0.15"), run.out());
    }

    @Test
    void jsonHoldsEveryRunAndTheSummaryIsTheirMean() throws Exception {
        Cli run = Cli.run("compare", "--json", "--seeds", "3", "--epochs", "5", "--try", "sgd lr=0.05", "--try",
                "article lr=0.05 momentum=0.75", "--threads", "2");
        assertEquals(0, run.code(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("compare", root.get("command").asText());
        assertEquals(List.of(1L, 2L, 3L), List.of(root.get("seeds").get(0).asLong(), root.get("seeds").get(1).asLong(),
                root.get("seeds").get(2).asLong()));
        assertEquals(0.15, root.get("targetLoss").asDouble());
        assertEquals(120, root.get("training").get("rows").asInt());
        assertEquals(30, root.get("validation").get("rows").asInt());
        JsonNode settings = root.get("settings");
        assertEquals(2, settings.size());
        assertEquals("article lr=0.05 momentum=0.75", settings.get(1).get("setting").asText());
        for (JsonNode s : settings) {
            JsonNode runs = s.get("seedRuns");
            assertEquals(3, runs.size());
            double sum = 0;
            for (JsonNode r : runs) {
                assertEquals(6, r.get("curve").get("trainingLoss").size(), "epoch 0 (the start) and 5 epochs");
                assertEquals(r.get("finalTrainingLoss").asDouble(), r.get("curve").get("trainingLoss").get(5).asDouble());
                sum += r.get("finalTrainingLoss").asDouble();
            }
            assertEquals(sum / 3, s.get("finalTrainingLoss").get("mean").asDouble(), 1e-15);
            assertEquals(3, s.get("finalTrainingLoss").get("count").asInt());
        }
    }

    @Test
    void threadCountsGiveIdenticalResults() throws Exception {
        String[] args = {"compare", "--json", "--seeds", "2", "--epochs", "4"};
        JsonNode one = withoutTimes(JSON.readTree(Cli.run(concat(args, "--threads", "1")).out()));
        JsonNode two = withoutTimes(JSON.readTree(Cli.run(concat(args, "--threads", "2")).out()));
        assertEquals(one, two);
    }

    @Test
    void unreachedTargetsAndDivergedRunsAreSaidInWords() {
        Cli run = Cli.run("compare", "--try", "momentum lr=3 momentum=0.99", "--try", "sgd lr=0.05", "--epochs", "3",
                "--target-loss", "0.001");
        assertEquals(0, run.code(), run.err());
        String diverged = run.outLine("momentum lr=3 momentum=0.99");
        assertTrue(diverged.contains("not reached") && diverged.contains("yes, epoch"), diverged);
        String sgd = run.outLine("sgd lr=0.05");
        assertTrue(sgd.contains("not reached") && sgd.strip().endsWith("no"), sgd);
    }

    @Test
    void reportWritesChartsCsvAndHtml(@TempDir Path dir) throws Exception {
        Cli run = Cli.run("compare", "--epochs", "3", "--report", dir.toString());
        assertEquals(0, run.code(), run.err());
        for (String f : List.of("loss-training.png", "loss-training.svg", "loss-validation.png", "loss-validation.svg",
                "curves.csv", "report.html")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("m4j compare --epochs 3 --report"), "the report names its command");
        assertTrue(run.out().contains("report: " + dir.resolve("report.html")), run.out());
    }

    @Test
    void badInputIsOneLineNamingThePart() {
        expectUsageError(List.of("--try", "article lr=abc"), "m4j compare: --try: bad value for lr in \"article lr=abc\"");
        expectUsageError(List.of("--try", "adamax lr=0.1"), "m4j compare: --try: unknown optimizer 'adamax'");
        expectUsageError(List.of("--try", "article lr=0.1 momentum"), "m4j compare: --try: 'momentum' in");
        expectUsageError(List.of("--try", "sgd momentum=0.9"), "m4j compare: --try: unknown key 'momentum'");
        expectUsageError(List.of("--try", "sgd lr=0.1", "--try", "sgd lr=0.1"), "listed twice");
        expectUsageError(List.of("--try", "nesterov"), "m4j compare: --try: \"nesterov\" needs lr=VALUE");
        expectUsageError(List.of("--seeds", "0"), "'--seeds'");
        expectUsageError(List.of("--seeds", "1,1"), "seeds must differ");
        expectUsageError(List.of("--validation-fraction", "1"), "--validation-fraction: validation fraction must be in [0, 1)");
        expectUsageError(List.of("--target-loss", "-1"), "'--target-loss'");
        expectUsageError(List.of("--epochs", "0"), "--epochs: epochs must be at least 1");
        expectUsageError(List.of("--threads", "0"), "'--threads'");
        expectUsageError(List.of("--try", "rprop lr=0.1"), "--try: 'rprop lr=0.1' needs full-batch training");
    }

    static void expectUsageError(List<String> args, String expected) {
        Cli run = Cli.run(concat(new String[] {"compare"}, args.toArray(String[]::new)));
        assertEquals(2, run.code(), args + ": " + run.err());
        assertTrue(run.errLines().get(0).contains(expected), args + ": " + run.errLines().get(0));
        assertEquals(2, run.errLines().size(), "one line and the hint: " + run.err());
        assertEquals("", run.out(), "nothing ran");
    }

    static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The tree without wall times, the one thing threads may change. */
    static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("wallSeconds");
            o.forEach(CompareCommandTest::withoutTimes);
        } else if (node.isArray()) {
            node.forEach(CompareCommandTest::withoutTimes);
        }
        return node;
    }
}
