package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code m4j evaluate} with models whose predictions are known by hand ({@link HandModels}). */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void classificationPrintsAccuracyConfusionMatrixAndPerClassScores() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        // The model says hi exactly when x > 0: x = 2 (actually lo) and x = -3 (actually hi) are wrong.
        Path data = HandModels.write(dir, "test.csv", "x,y\n-2,lo\n-1,lo\n2,lo\n1,hi\n-3,hi\n3,hi\n");

        Cli run = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).startsWith(data + ": 6 rows | model " + model + ": "), lines.get(0));
        assertEquals("accuracy 0.6667 (4 of 6 right)", run.outLine("accuracy"));
        // Confusion: actual lo -> 2 lo, 1 hi; actual hi -> 1 lo, 2 hi.
        assertEquals(List.of("actual", "lo", "hi"), cells(heading(lines, "actual")));
        assertEquals(List.of("lo", "2", "1"), cells(run.outLine("lo")));
        assertEquals(List.of("hi", "1", "2"), cells(run.outLine("hi")));
        // Each class: precision 2/3, recall 2/3, F1 2/3, support 3.
        assertEquals(List.of("class", "precision", "recall", "f1", "support"), cells(heading(lines, "class")));
        List<String> scoreRows = lines.subList(lines.indexOf(heading(lines, "class")) + 1, lines.size());
        assertEquals(List.of("lo", "0.6667", "0.6667", "0.6667", "3"), cells(scoreRows.get(0)));
        assertEquals(List.of("hi", "0.6667", "0.6667", "0.6667", "3"), cells(scoreRows.get(1)));
        assertEquals(List.of("macro", "avg", "0.6667", "0.6667", "0.6667", "6"), cells(scoreRows.get(2)));
        String header = heading(lines, "class");
        for (String row : scoreRows) {
            assertEquals(header.length(), row.length(), "aligned:\n" + header + "\n" + row);
        }
    }

    @Test
    void regressionPrintsRmseMaeAndR2InTheTargetsUnits() {
        Path model = HandModels.save(HandModels.regressor(), dir, "r.json");
        // y = 6x + 13 predicts 13, 19, 25; the truth is 13, 19, 26.
        Path data = HandModels.write(dir, "test.csv", "x,y\n0,13\n1,19\n2,26\n");

        Cli run = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("target", "rmse", "mae", "r2"), cells(heading(run.outLines(), "target")));
        // RMSE sqrt(1/3) = 0.577350, MAE 1/3, R² = 1 - 1 / (254/3) = 0.98819 (mean 58/3, SS_tot 254/3)
        assertEquals(List.of("y", "0.577350", "0.333333", "0.9882"), cells(run.outLine("y")));
    }

    @Test
    void aFileWithoutTheTargetCannotBeEvaluated() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "new.csv", "x\n1\n");
        UsageErrors.assertExactly(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString()),
                "m4j evaluate", "--data: " + data + " has no target column y; evaluate needs the true values"
                        + " (m4j predict does not)");
    }

    @Test
    void anUnknownClassInTheTargetColumn() {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        Path data = HandModels.write(dir, "test.csv", "x,y\n1,lo\n2,medium\n");
        UsageErrors.assertExactly(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString()),
                "m4j evaluate", "--data: " + data + ":3:2: unknown class 'medium' in column 'y': the model knows lo, hi");
    }

    private static String heading(List<String> lines, String first) {
        return lines.stream().filter(l -> l.startsWith(first + " ")).findFirst().orElseThrow();
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split("\\s+"));
    }
}
