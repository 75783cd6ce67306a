package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Task;
import org.momentum4j.model.Model;

/** How {@code m4j train} reads a data file: target, task, missing values, delimiter and header. */
class TrainDataOptionsTest {
    @TempDir
    Path dir;

    /** 12 rows: x1, x2 and a class (a/b/c, from x1) ; rows 4 and 9 miss x2. */
    private static final String WITH_GAPS = "x1,x2,class\n"
            + "1,10,a\n2,20,a\n3,,a\n4,40,b\n5,50,b\n6,60,b\n7,70,c\n8,,c\n9,90,c\n1.5,15,a\n5.5,55,b\n8.5,85,c\n";

    @Test
    void missingDropLeavesOutTheRowsWithAGap() {
        Path data = HandModels.write(dir, "gaps.csv", WITH_GAPS);
        Cli run = Cli.run("train", "--data", data.toString(), "--missing", "drop", "--epochs", "2");
        assertEquals(0, run.code(), run.err());
        // 10 complete rows: a 3, b 4, c 3 -> test round(0.2 * n) = 1, 1, 1 -> 7 train / 3 test
        assertTrue(run.outLines().get(0).startsWith(data + ": 7 train / 3 test rows"), run.outLines().get(0));
    }

    @Test
    void missingMeanFillsWithTheTrainingMeanAndTheModelDoesTheSameWhenPredicting() throws IOException {
        Path data = HandModels.write(dir, "gaps.csv", WITH_GAPS);
        Path file = dir.resolve("m.json");
        Cli run = Cli.run("train", "--data", data.toString(), "--missing", "mean", "--test-fraction", "0",
                "--epochs", "2", "--save", file.toString());
        assertEquals(0, run.code(), run.err());

        Model model = Model.load(file);
        assertEquals(MissingPolicy.MEAN, model.encoding().missing());
        // x2's mean over the 10 present values: (10+20+40+50+60+70+90+15+55+85) / 10 = 49.5
        assertEquals(49.5, model.featureNormalizer().fill()[1], 1e-12);
        Path rows = HandModels.write(dir, "new.csv", "x1,x2\n3,\n");
        Cli predict = Cli.run("predict", "--model", file.toString(), "--data", rows.toString());
        assertEquals(0, predict.code(), predict.err());
        String[] cells = predict.outLines().get(1).split(",");
        double[] expected = model.predict(new double[] {3, Double.NaN});
        assertEquals(expected[0], Double.parseDouble(cells[2]), 0.0);
        assertEquals(model.predict(new double[] {3, 49.5})[0], expected[0], 0.0, "NaN is the training mean");
    }

    @Test
    void aModelTrainedWithoutMissingValuesRefusesThemWithoutTheTrainingHint() throws IOException {
        Path data = HandModels.write(dir, "full.csv", WITH_GAPS.replace(",,", ",30,"));
        Path file = dir.resolve("m.json");
        assertEquals(0, Cli.run("train", "--data", data.toString(), "--epochs", "1", "--save", file.toString()).code());
        Path rows = HandModels.write(dir, "new.csv", "x1,x2\n3,NA\n");
        UsageErrors.assertExactly(Cli.run("predict", "--model", file.toString(), "--data", rows.toString()),
                "m4j predict", "--data: " + rows + ":2:2: missing value in column 'x2'");
    }

    @Test
    void targetByNameOrNumberAndTheTaskDecidedOrGiven() throws IOException {
        // Numbers in the target column: regression unless --task classification says they are classes.
        String csv = "code,x,y\n0,1.5,2\n1,2.5,4\n2,3.5,6\n0,4.5,8\n1,5.5,10\n2,6.5,12\n0,7.5,14\n1,8.5,16\n2,9.5,18\n";
        Path data = HandModels.write(dir, "codes.csv", csv);
        Path regression = dir.resolve("r.json");
        Path classes = dir.resolve("c.json");

        Cli byName = Cli.run("train", "--data", data.toString(), "--target", "y", "--epochs", "1",
                "--save", regression.toString());
        Cli byNumber = Cli.run("train", "--data", data.toString(), "--target", "1", "--task", "classification",
                "--epochs", "1", "--save", classes.toString());

        assertEquals(0, byName.code(), byName.err());
        assertEquals(0, byNumber.code(), byNumber.err());
        assertEquals(Task.REGRESSION, Model.load(regression).task());
        assertEquals(List.of("y"), Model.load(regression).encoding().targetNames());
        Model c = Model.load(classes);
        assertEquals(Task.CLASSIFICATION, c.task());
        assertEquals(List.of("0", "1", "2"), c.classNames());
        assertEquals(List.of("x", "y"), c.encoding().featureNames());
        assertTrue(byNumber.outLines().get(0).contains("2-tanh(5)-softmax(3)"), byNumber.outLines().get(0));
    }

    @Test
    void semicolonsWithoutAHeader() throws IOException {
        String csv = "1;10;a\n2;20;a\n3;30;a\n4;40;b\n5;50;b\n6;60;b\n";
        Path data = HandModels.write(dir, "plain.txt", csv);
        Path file = dir.resolve("m.json");

        Cli run = Cli.run("train", "--data", data.toString(), "--delimiter", "semicolon", "--header", "no",
                "--epochs", "1", "--save", file.toString());

        assertEquals(0, run.code(), run.err());
        Encoding e = Model.load(file).encoding();
        assertEquals(List.of("column1", "column2"), e.featureNames());
        assertEquals(List.of("a", "b"), e.classNames());
        Path rows = HandModels.write(dir, "new.txt", "7;70\n");
        Cli predict = Cli.run("predict", "--model", file.toString(), "--data", rows.toString(), "--delimiter", ";",
                "--header", "no");
        assertEquals(0, predict.code(), predict.err());
        assertEquals(2, predict.outLines().size());
    }
}
