package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Normalization;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.train.CrossValidation;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;

/** {@code m4j cv}: a line per fold, then mean and standard deviation, for the recipe the options describe. */
class CvCommandTest {
    @TempDir
    Path dir;

    @Test
    void irisFoldsAndTheirMeanAndSampleStandardDeviation() {
        Cli run = Cli.run("cv", "--epochs", "10");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).startsWith("iris: 150 rows, 5-fold cross-validation (stratified)"),
                run.out());
        List<Integer> correct = new ArrayList<>();
        for (int f = 1; f <= 5; f++) {
            List<String> cells = cells(run.outLine(Integer.toString(f)));
            assertEquals(List.of("120", "30"), cells.subList(1, 3), "stratified: 10 of each class per fold");
            double accuracy = Double.parseDouble(cells.get(3));
            correct.add((int) Math.round(accuracy * 30)); // each fold's accuracy is k/30
        }
        // mean = sum(k/30) / 5; sample std = sqrt(sum (a - mean)^2 / 4)
        double mean = correct.stream().mapToDouble(k -> k / 30.0).sum() / 5;
        double squares = correct.stream().mapToDouble(k -> (k / 30.0 - mean) * (k / 30.0 - mean)).sum();
        double std = Math.sqrt(squares / 4);
        assertEquals(String.format(Locale.ROOT, "%.4f", mean), cells(run.outLine("mean")).get(1));
        assertEquals(String.format(Locale.ROOT, "%.4f", std), cells(run.outLine("std")).get(1));
        assertEquals(String.format(Locale.ROOT, "accuracy %.4f ± %.4f (mean ± sample standard deviation over 5 folds)",
                mean, std), run.outLine("accuracy"));
    }

    @Test
    void theOptionsReachTheRecipe() {
        // Every option changed from its default; the library's CrossValidation with the same settings must
        // print the same figures.
        Path csv = HandModels.write(dir, "iris.csv", irisCsv());
        Cli run = Cli.run("cv", "--data", csv.toString(), "--folds", "3", "--epochs", "4", "--batch-size", "8",
                "--seed", "9", "--layers", "4,6,3", "--activation", "relu", "--init", "glorot",
                "--optimizer", "momentum", "--momentum-form", "lr-outside", "--lr", "0.1", "--momentum", "0.8",
                "--normalize", "minmax");
        assertEquals(0, run.code(), run.err());

        CrossValidation cv = new CrossValidation(Architecture.classifier(Activation.RELU, 4, 6, 3),
                WeightInit.parse("glorot"), new HeavyBall(0.1, 0.8, 0, MomentumForm.LR_OUTSIDE, 0),
                new TrainingConfig(4, 8, 9), TrainingControls.NONE, Normalization.MINMAX);
        List<CrossValidation.FoldResult> expected = cv.run(Datasets.iris(), List.of("species"), 3, 9, r -> { });
        for (CrossValidation.FoldResult r : expected) {
            List<String> cells = cells(run.outLine(Integer.toString(r.fold())));
            assertEquals(String.format(Locale.ROOT, "%.4f", r.classification().accuracy()), cells.get(3));
            assertEquals(String.format(Locale.ROOT, "%.6f", r.testLoss()), cells.get(4));
        }
    }

    @Test
    void regressionReportsRmseMaeAndR2() {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 40; i++) {
            double a = i % 7 - 3;
            double b = i % 5;
            csv.append(a).append(',').append(b).append(',').append(100 * a - 20 * b + 1000).append('\n');
        }
        Path file = HandModels.write(dir, "lin.csv", csv.toString());
        Cli run = Cli.run("cv", "--data", file.toString(), "--folds", "4", "--epochs", "30", "--layers", "2,1",
                "--optimizer", "momentum", "--lr", "0.01", "--momentum", "0.9", "--init", "glorot");

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("fold", "train", "test", "rmse", "mae", "r2"), cells(run.outLines().get(1)));
        Architecture linear = Architecture.of(2, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY));
        CrossValidation cv = new CrossValidation(linear, WeightInit.parse("glorot"), new HeavyBall(0.01, 0.9),
                new TrainingConfig(30, 1, 1), TrainingControls.NONE, Normalization.ZSCORE);
        List<CrossValidation.FoldResult> expected = cv.run(
                org.momentum4j.data.Dataset.regression("lin", List.of("a", "b"), features(csv.toString()), 1,
                        targets(csv.toString())), List.of("y"), 4, 1, r -> { });
        for (CrossValidation.FoldResult r : expected) {
            List<String> cells = cells(run.outLine(Integer.toString(r.fold())));
            assertEquals(MetricsTables.number(r.regression().rmse()[0]), cells.get(3));
            assertEquals(MetricsTables.number(r.regression().mae()[0]), cells.get(4));
            assertEquals(String.format(Locale.ROOT, "%.4f", r.regression().r2()[0]), cells.get(5));
        }
        assertTrue(run.outLine("rmse").startsWith("rmse "), run.out());
    }

    @Test
    void aFullBatchRuleGetsTheFullBatchUnlessTold() {
        Cli run = Cli.run("cv", "--optimizer", "rprop", "--epochs", "3", "--folds", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).endsWith("| rprop lr=0.01 | 3 epochs, batch size full, seed 1"), run.out());
        // 150 rows in 3 stratified folds: 100 training rows each
        UsageErrors.assertExactly(Cli.run("cv", "--optimizer", "rprop", "--batch-size", "8", "--folds", "3"), "m4j cv",
                "--batch-size: rprop needs full-batch training, but got a batch size of 8 for folds of up to 100"
                        + " training rows; use --batch-size full");
    }

    @Test
    void foldsOutOfRange() {
        UsageErrors.assertExactly(Cli.run("cv", "--folds", "1"), "m4j cv",
                "--folds: the number of folds must be in [2, 150] (the rows of iris), got 1");
        UsageErrors.assertExactly(Cli.run("cv", "--data", "xor", "--folds", "5"), "m4j cv",
                "--folds: the number of folds must be in [2, 4] (the rows of xor), got 5");
    }

    private static String irisCsv() {
        StringBuilder sb = new StringBuilder("sl,sw,pl,pw,species\n");
        org.momentum4j.data.Dataset iris = Datasets.iris();
        for (int r = 0; r < iris.rows(); r++) {
            for (int c = 0; c < 4; c++) {
                sb.append(iris.features()[r * 4 + c]).append(',');
            }
            sb.append(iris.classNames().get(iris.label(r))).append('\n');
        }
        return sb.toString();
    }

    private static double[] features(String csv) {
        return csv.lines().skip(1).flatMapToDouble(l -> java.util.Arrays.stream(l.split(",")).limit(2)
                .mapToDouble(Double::parseDouble)).toArray();
    }

    private static double[] targets(String csv) {
        return csv.lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[2])).toArray();
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split("\\s+"));
    }
}
