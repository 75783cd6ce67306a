package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.model.Model;

/** {@code m4j predict} with models whose outputs are known by hand ({@link HandModels}). */
class PredictCommandTest {
    @TempDir
    Path dir;

    @Test
    void classificationGivesTheLabelAndEachClassProbability() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "x\n-2\n0.5\n1\n");

        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of("line", "label", "p(lo)", "p(hi)"), List.of(lines.get(0).split(",")));
        double[] xs = {-2, 0.5, 1};
        for (int r = 0; r < xs.length; r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertEquals(Integer.toString(r + 2), cells[0], "the input line the row is on");
            assertEquals(xs[r] > 0 ? "hi" : "lo", cells[1]);
            // softmax of (-x, x): p(hi) = 1 / (1 + e^(-2x)), p(lo) = 1 - p(hi)
            double hi = 1 / (1 + Math.exp(-2 * xs[r]));
            assertEquals(1 - hi, Double.parseDouble(cells[2]), 1e-15);
            assertEquals(hi, Double.parseDouble(cells[3]), 1e-15);
        }
        assertEquals(4, lines.size());
    }

    @Test
    void printedProbabilitiesReadBackToTheModelsOwnOutputsBitForBit() throws IOException {
        Model m = HandModels.classifier();
        Path model = HandModels.save(m, dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "x,y\n0.1234567,lo\n-3.3,hi\n");

        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString());

        assertEquals(0, run.code(), run.err());
        double[][] rows = {{0.1234567}, {-3.3}};
        for (int r = 0; r < rows.length; r++) {
            String[] cells = run.outLines().get(r + 1).split(",");
            double[] expected = Model.load(model).predict(rows[r]);
            assertEquals(expected[0], Double.parseDouble(cells[2]), 0.0);
            assertEquals(expected[1], Double.parseDouble(cells[3]), 0.0);
        }
    }

    @Test
    void regressionGivesTheValueInTheTargetsUnits() {
        Path model = HandModels.save(HandModels.regressor(), dir, "r.json");
        Path data = HandModels.write(dir, "new.csv", "x\n0\n1\n2\n");

        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString());

        // y = 6x + 13, exact in binary floating point for these x.
        assertEquals("line,y\n2,13.0\n3,19.0\n4,25.0\n", run.out().replace("\r\n", "\n"));
        assertEquals(0, run.code());
    }

    @Test
    void categoriesAreEncodedAsInTraining() {
        Path model = HandModels.save(HandModels.withCategory(), dir, "c.json");
        // Without a header the columns are the model's features in training order: colour, x.
        Path data = HandModels.write(dir, "new.csv", "red,-0.5\nblue,-0.5\nblue,2\n");

        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString());

        assertEquals(0, run.code(), run.err());
        List<String> labels = run.outLines().stream().skip(1).map(l -> l.split(",")[1]).toList();
        // yes-logit red - blue + x: 0.5, -1.5, 1
        assertEquals(List.of("yes", "no", "yes"), labels);
    }

    @Test
    void outWritesTheSameCsvToAFileAndLeavesNoTemporaryFile() throws IOException {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "x\n-2\n0.5\n");
        Path out = dir.resolve("out").resolve("predictions.csv");
        String toStdout = Cli.run("predict", "--model", model.toString(), "--data", data.toString()).out();

        Cli run = Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out", out.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(toStdout, Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("wrote 2 predictions to " + out, run.out().strip());
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void aColumnTheModelNeedsIsMissing() {
        Path model = HandModels.save(HandModels.withCategory(), dir, "c.json");
        Path data = HandModels.write(dir, "new.csv", "colour\nred\n");
        UsageErrors.assertExactly(Cli.run("predict", "--model", model.toString(), "--data", data.toString()),
                "m4j predict", "--data: " + data + ":1: column 'x' is missing; the model needs it");
    }

    @Test
    void aColumnTheModelDoesNotKnow() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "x,z\n1,2\n");
        UsageErrors.assertExactly(Cli.run("predict", "--model", model.toString(), "--data", data.toString()),
                "m4j predict", "--data: " + data + ":1:2: column 'z' is not one the model knows; it expects x, y");
    }

    @Test
    void theWrongNumberOfColumnsWithoutAHeader() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "1,2,3\n4,5,6\n");
        UsageErrors.assertExactly(Cli.run("predict", "--model", model.toString(), "--data", data.toString()),
                "m4j predict", "--data: " + data
                        + ": the file has 3 columns, but the model expects 1 (its features) or 2 (features and targets)");
    }

    @Test
    void aCategoryUnseenInTraining() {
        Path model = HandModels.save(HandModels.withCategory(), dir, "c.json");
        Path data = HandModels.write(dir, "new.csv", "colour,x\nred,1\npurple,2\n");
        UsageErrors.assertExactly(Cli.run("predict", "--model", model.toString(), "--data", data.toString()),
                "m4j predict", "--data: " + data
                        + ":3:1: unknown category 'purple' in column 'colour': the model knows red, blue");
    }

    @Test
    void bundledDataThatDoesNotFitTheModel() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        UsageErrors.assertContains(Cli.run("predict", "--model", model.toString(), "--data", "iris"),
                "m4j predict", "--data: the bundled dataset iris does not have the columns the model was trained on");
    }

    @Test
    void modelAndDataAreRequired() {
        UsageErrors.assertContains(Cli.run("predict", "--data", "iris"), "m4j predict", "--model");
        UsageErrors.assertContains(Cli.run("predict", "--model", "m.json"), "m4j predict", "--data");
    }
}
