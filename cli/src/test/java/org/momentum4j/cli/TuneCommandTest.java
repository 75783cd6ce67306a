package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.model.Model;

/** {@code m4j tune}: the ranking, the pasted command, JSON, reports and thread-count independence. */
class TuneCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A small search: 3 learning rates x 2 momenta, 8 epochs. */
    private static final String[] SMALL = {"tune", "--grid", "3x2", "--epochs", "8", "--lr", "0.005:0.2",
        "--momentum", "0:0.9"};

    /** The printed {@code m4j train ...} line as arguments (its words need no shell quoting here). */
    static String[] pastedCommand(Cli tune) {
        String line = tune.outLines().stream().map(String::strip).filter(l -> l.startsWith("m4j train ")).findFirst()
                .orElseThrow(() -> new AssertionError("no m4j train line in:\n" + tune.out()));
        return line.substring("m4j ".length()).split(" ");
    }

    @Test
    void thePrintedTrainCommandRunsAsPasted() {
        Cli tune = Cli.run(SMALL);
        assertEquals(0, tune.code(), tune.err());
        String[] args = pastedCommand(tune);
        Cli train = Cli.run(args);
        assertEquals(0, train.code(), String.join(" ", args) + "\n" + train.err());
        train.outLine("test");
    }

    @Test
    void searchedNetworkAndBatchSizesReachThePastedCommand() {
        Cli tune = Cli.run(CompareCommandTest.concat(SMALL, "--hidden-sizes", "3,8", "--batch-sizes", "1,4",
                "--activation", "sigmoid", "--optimizers", "sgd,nesterov form=lr-outside"));
        assertEquals(0, tune.code(), tune.err());
        List<String> args = List.of(pastedCommand(tune));
        assertTrue(args.contains("--activation") && args.get(args.indexOf("--activation") + 1).equals("sigmoid"), args.toString());
        String layers = args.get(args.indexOf("--layers") + 1);
        assertTrue(layers.equals("4,3,3") || layers.equals("4,8,3"), layers);
        if (args.get(args.indexOf("--optimizer") + 1).equals("nesterov")) {
            assertEquals("lr-outside", args.get(args.indexOf("--momentum-form") + 1));
        }
        Cli train = Cli.run(args.toArray(String[]::new));
        assertEquals(0, train.code(), args + "\n" + train.err());
    }

    @Test
    void adaptiveRulesAndTheirOnOffKeysReachThePastedCommand() {
        for (String rule : List.of("adam amsgrad", "rmsprop centered eps=1e-7")) {
            Cli tune = Cli.run("tune", "--optimizers", rule, "--grid", "2x2", "--lr", "0.001:0.01", "--epochs", "3");
            assertEquals(0, tune.code(), tune.err());
            List<String> args = List.of(pastedCommand(tune));
            String[] words = rule.split(" ");
            assertEquals(words[0], args.get(args.indexOf("--optimizer") + 1));
            assertTrue(args.contains("--" + words[1]), "the on/off key as a bare flag: " + args);
            if (words.length > 2) {
                assertEquals("1.000e-07", args.get(args.indexOf("--eps") + 1), "a fixed key, rounded to 4 digits");
            }
            Cli train = Cli.run(args.toArray(String[]::new));
            assertEquals(0, train.code(), args + "\n" + train.err());
        }
    }

    @Test
    void threadCountsGiveIdenticalOutputApartFromTimes() {
        String[] halving = {"tune", "--strategy", "halving", "--trials", "9", "--epochs", "9", "--quiet"};
        for (String[] search : List.of(SMALL, halving)) {
            Cli one = Cli.run(CompareCommandTest.concat(search, "--threads", "1"));
            Cli two = Cli.run(CompareCommandTest.concat(search, "--threads", "2"));
            assertEquals(0, one.code(), one.err());
            assertEquals(withoutTimes(one.out()), withoutTimes(two.out()));
        }
    }

    /**
     * Drops wall times (42ms, 1.23s, 2m05s) and the thread count, then collapses the padding they moved,
     * including the width of the time column's dashes under its heading.
     */
    private static String withoutTimes(String out) {
        return out.replaceAll("\\b\\d+ms\\b|\\b\\d+\\.\\d\\ds\\b|\\b\\d+m\\d\\ds\\b", "T")
                .replaceAll("\\d+ threads?", "N threads").replaceAll("-+", "-").replaceAll(" +", " ");
    }

    @Test
    void jsonListsEveryTrialRankedWithTheBestAndItsCommand() throws Exception {
        Cli run = Cli.run("tune", "--grid", "3x2", "--epochs", "8", "--lr", "0.005:50", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("tune", root.get("command").asText());
        JsonNode trials = root.get("trials");
        assertEquals(6, trials.size());
        List<Double> ranked = new ArrayList<>();
        int diverged = 0;
        for (JsonNode t : trials) {
            if (t.get("diverged").asBoolean()) {
                diverged++;
                assertTrue(t.get("rank").isNull() && t.get("validationLoss").isNull(), "a diverged trial is never ranked");
            } else {
                assertFalse(t.get("rank").isNull());
            }
        }
        assertTrue(diverged > 0, "lr = 50 diverges");
        for (int rank = 1; rank <= trials.size() - diverged; rank++) {
            for (JsonNode t : trials) {
                if (t.get("rank").asInt() == rank) {
                    ranked.add(t.get("validationLoss").asDouble());
                }
            }
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1) <= ranked.get(i), "ranked by validation loss: " + ranked);
        }
        assertEquals(ranked.get(0), root.get("best").get("validationLoss").asDouble());
        assertTrue(root.get("trainCommand").asText().startsWith("m4j train --data iris"));
    }

    @Test
    void halvingAndFoldsRun() {
        Cli halving = Cli.run("tune", "--strategy", "halving", "--trials", "9", "--epochs", "9");
        assertEquals(0, halving.code(), halving.err());
        assertTrue(halving.out().contains("rungs of trials x epochs: 9 x 1, 3 x 3, 1 x 9"), halving.out());
        Cli folds = Cli.run(CompareCommandTest.concat(SMALL, "--folds", "3"));
        assertEquals(0, folds.code(), folds.err());
        assertTrue(folds.out().contains("3-fold cross-validation"), folds.out());
    }

    @Test
    void reportHasHeatMapTrialsAndHtml(@TempDir Path dir) throws Exception {
        Cli run = Cli.run(CompareCommandTest.concat(SMALL, "--report", dir.toString()));
        assertEquals(0, run.code(), run.err());
        for (String f : List.of("heatmap.png", "heatmap.svg", "trials.csv", "report.html")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertEquals(1 + 6, Files.readAllLines(dir.resolve("trials.csv")).size(), "a header and one row per trial");
    }

    @Test
    void saveWritesTheModelThePrintedCommandTrains(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("best.json");
        Cli tune = Cli.run(CompareCommandTest.concat(SMALL, "--save", file.toString()));
        assertEquals(0, tune.code(), tune.err());
        List<String> args = List.of(pastedCommand(tune));
        Cli train = Cli.run(args.toArray(String[]::new));
        String[] test = train.outLine("test").strip().split(" +");
        Model model = Model.load(file);
        String rule = args.get(args.indexOf("--optimizer") + 1) + " lr=" + args.get(args.indexOf("--lr") + 1)
                + " momentum=" + args.get(args.indexOf("--momentum") + 1);
        assertEquals(rule, model.training().optimizer());
        assertEquals(8, model.training().epochs());
        assertEquals(120, model.provenance().rows());
        // The saved model classifies the held-out rows (raw features) exactly as m4j train's network does.
        Dataset held = TrainTestSplit.of(Datasets.iris(), 0.2, 1).test();
        int correct = 0;
        for (int r = 0; r < held.rows(); r++) {
            double[] x = Arrays.copyOfRange(held.features(), r * 4, r * 4 + 4);
            correct += model.predictClass(x) == held.label(r) ? 1 : 0;
        }
        assertEquals(test[2], correct + "/" + held.rows(), "m4j train: " + String.join(" ", test));
    }

    @Test
    void aModelSavedFromACsvPredictsOnThatCsv(@TempDir Path dir) throws Exception {
        // The saved model keeps the encoding the file was read with (its header's column names), so
        // m4j predict can read the same file; a made-up target name would make it refuse the 'species' column.
        Path csv = dir.resolve("flowers.csv");
        try (var in = org.momentum4j.data.Datasets.class.getResourceAsStream("iris.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        Path model = dir.resolve("best.json");
        Cli tune = Cli.run("tune", "--data", csv.toString(), "--grid", "2x1", "--epochs", "4", "--lr", "0.01:0.1",
                "--momentum", "0.5", "--quiet", "--save", model.toString());
        assertEquals(0, tune.code(), tune.err());
        assertEquals(csv.toString(), Model.load(model).provenance().data());
        Cli predict = Cli.run("predict", "--model", model.toString(), "--data", csv.toString());
        assertEquals(0, predict.code(), predict.err());
        assertEquals(1 + 150, predict.outLines().size(), "a header and one prediction per flower");
    }

    @Test
    void badInputIsOneLineNamingThePart() {
        expect(List.of("--lr", "0.5:0.1"), "m4j tune: --lr: learning rate range [0.5, 0.1] is inverted");
        expect(List.of("--lr", ""), "m4j tune: --lr: empty range");
        expect(List.of("--lr", "0.1:"), "m4j tune: --lr: MAX is missing");
        expect(List.of("--lr", "0:0.1"), "m4j tune: --lr: learning rate range [0.0, 0.1] must be > 0");
        expect(List.of("--momentum", "0:1"), "m4j tune: --momentum: momentum range [0.0, 1.0] must lie within [0, 1)");
        expect(List.of("--momentum", "0.9:0.1"), "m4j tune: --momentum: momentum range [0.9, 0.1] is inverted");
        expect(List.of("--optimizers", "adamax"), "m4j tune: --optimizers: unknown optimizer 'adamax'");
        expect(List.of("--optimizers", "article lr=x"), "m4j tune: --optimizers: bad value for lr");
        expect(List.of("--optimizers", "article,article"), "m4j tune: --optimizers: optimizers must differ");
        expect(List.of("--strategy", "halving", "--epochs", "10"),
                "m4j tune: --epochs: successive halving of 27 candidates with eta = 3 makes 4 rungs");
        expect(List.of("--strategy", "halving", "--trials", "2"), "m4j tune: --trials: successive halving with eta = 3"
                + " needs at least 3 candidates");
        expect(List.of("--folds", "1"), "m4j tune: --folds: k-fold cross-validation needs k >= 2, got 1");
        expect(List.of("--folds", "500"), "m4j tune: --folds: 500-fold cross-validation needs at least 500 rows");
        expect(List.of("--folds", "3", "--validation-fraction", "0.3"), "m4j tune: --folds: give either");
        expect(List.of("--validation-fraction", "1"), "m4j tune: --validation-fraction: validation fraction must be in (0, 1)");
        expect(List.of("--strategy", "annealing"), "m4j tune: --strategy: unknown strategy 'annealing'");
        expect(List.of("--grid", "3"), "m4j tune: --grid: expected learning rates x momenta like 6x5");
        expect(List.of("--trials", "5"), "m4j tune: --trials: applies to --strategy random or halving only");
        expect(List.of("--batch-sizes", "0"), "m4j tune: --batch-sizes: batch size must be at least 1");
        expect(List.of("--hidden-sizes", "2,2"), "m4j tune: --hidden-sizes: hidden sizes must differ");
        expect(List.of("--top", "0"), "m4j tune: --top: expected at least 1 row");
        expect(List.of("--save", "/no/such/dir/m.json"), "m4j tune: --save: directory '/no/such/dir' does not exist");
    }

    private static void expect(List<String> args, String expected) {
        Cli run = Cli.run(CompareCommandTest.concat(new String[] {"tune"}, args.toArray(String[]::new)));
        assertEquals(2, run.code(), args + ": " + run.err());
        assertTrue(run.errLines().get(0).startsWith(expected), args + ": " + run.errLines().get(0));
        assertEquals(2, run.errLines().size(), "one line and the hint: " + run.err());
        assertEquals("", run.out(), "nothing ran");
    }
}
