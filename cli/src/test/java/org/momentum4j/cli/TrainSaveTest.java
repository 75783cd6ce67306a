package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.DatasetReader;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.ReadOptions;
import org.momentum4j.data.Split;
import org.momentum4j.data.Task;
import org.momentum4j.model.Model;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;

/** {@code m4j train --save}: the model file holds exactly what was trained, and predict/evaluate use it. */
class TrainSaveTest {
    @TempDir
    Path dir;

    @Test
    void theDemosModelIsTheLibraryRecipesNetworkWithItsNormaliserAndRecord() throws IOException {
        Path file = dir.resolve("iris.json");
        Cli run = Cli.run("train", "--save", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("saved the model to " + file), run.out());

        // The demo written against the core API (as in TrainCommandTest), with the Normalizer.
        Split split = Split.of(Datasets.iris(), 0.2, 0, 1);
        Normalizer z = Normalizer.fitFeatures(Normalization.ZSCORE, split.train());
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3),
                WeightInit.uniform(-0.01, 0.01), 1);
        new Trainer(new ArticleMomentum(0.05, 0.75), TrainingConfig.online(40, 1)).fit(net, z.apply(split.train()));

        Model model = Model.load(file);
        assertArrayEquals(net.parameters(), model.network().parameters(), 0.0);
        assertEquals(z, model.featureNormalizer());
        assertEquals(List.of("setosa", "versicolor", "virginica"), model.classNames());
        assertEquals(Task.CLASSIFICATION, model.task());
        assertEquals("article lr=0.05 momentum=0.75", model.training().optimizer());
        assertEquals(40, model.training().epochs());
        assertEquals(1, model.training().seed());
        assertEquals("0.2", model.training().settings().get("test-fraction"));
        assertEquals("zscore", model.training().settings().get("normalize"));
        assertFalse(model.training().settings().containsKey("save"), "where it was saved is not part of the run");
        assertEquals("iris", model.provenance().data());
        assertEquals(Datasets.iris().contentSha256(), model.provenance().dataSha256());
        assertEquals(120, model.provenance().rows());
    }

    @Test
    void evaluatingTheTrainingFileGivesTheFinalTrainingAccuracy() {
        Path csv = HandModels.write(dir, "iris.csv", irisCsv());
        Path file = dir.resolve("m.json");
        Cli train = Cli.run("train", "--data", csv.toString(), "--test-fraction", "0", "--epochs", "10", "--save",
                file.toString());
        assertEquals(0, train.code(), train.err());
        // final row: "train  0.9667  145/150  0.123456"
        String correct = cells(train.outLine("train")).get(2);

        Cli evaluate = Cli.run("evaluate", "--model", file.toString(), "--data", csv.toString());

        assertEquals(0, evaluate.code(), evaluate.err());
        String[] counts = correct.split("/");
        assertTrue(evaluate.outLine("accuracy").endsWith("(" + counts[0] + " of " + counts[1] + " right)"),
                evaluate.out() + " vs " + correct);
    }

    @Test
    void minMaxAndNoneAreStoredAsFittedOnTheTrainingRows() throws IOException {
        for (Normalization method : List.of(Normalization.MINMAX, Normalization.NONE)) {
            Path file = dir.resolve(method.id() + ".json");
            Cli run = Cli.run("train", "--epochs", "1", "--normalize", method.id(), "--save", file.toString());
            assertEquals(0, run.code(), run.err());
            Split split = Split.of(Datasets.iris(), 0.2, 0, 1);
            assertEquals(Normalizer.fitFeatures(method, split.train()), Model.load(file).featureNormalizer());
        }
    }

    @Test
    void regressionPredictionsAreInTheTargetsUnits() throws IOException {
        // y = 50a - 20b + 300 (exactly linear), learned by a linear network on standardised targets.
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 60; i++) {
            double a = i % 10;
            double b = (i * 7) % 11;
            csv.append(a).append(',').append(b).append(',').append(50 * a - 20 * b + 300).append('\n');
        }
        Path data = HandModels.write(dir, "lin.csv", csv.toString());
        Path file = dir.resolve("lin.json");
        Cli train = Cli.run("train", "--data", data.toString(), "--layers", "2,1", "--optimizer", "momentum",
                "--lr", "0.01", "--momentum", "0.9", "--epochs", "60", "--test-fraction", "0", "--save", file.toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.outLines().get(0).contains("targets standardised"), train.outLines().get(0));

        Model model = Model.load(file);
        assertTrue(model.targetNormalizer().isPresent());
        LoadedData rows = DatasetReader.read(data, ReadOptions.defaults(), model.encoding());
        double[][] expected = model.predictAll(rows);
        Cli predict = Cli.run("predict", "--model", file.toString(), "--data", data.toString());
        List<String> lines = predict.outLines();
        assertEquals("line,y", lines.get(0));
        for (int r = 0; r < expected.length; r++) {
            double printed = Double.parseDouble(lines.get(r + 1).split(",")[1]);
            assertEquals(expected[r][0], printed, 0.0);
            // A linear relation, learned: within 1 unit of y, whose spread is hundreds of units.
            assertEquals(rows.dataset().targets()[r], printed, 1.0);
        }
        // The final report and evaluate give the same RMSE on the same rows, in the same units.
        String trainRmse = cells(train.outLine("train")).get(1);
        Cli evaluate = Cli.run("evaluate", "--model", file.toString(), "--data", data.toString());
        assertEquals(trainRmse, cells(evaluate.outLine("y")).get(1));
    }

    @Test
    void saveCreatesItsDirectoryAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("models").resolve("m.json");
        assertEquals(0, Cli.run("train", "--epochs", "1", "--save", file.toString()).code());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void saveToADirectoryIsRefusedBeforeTraining() {
        Cli run = Cli.run("train", "--save", dir.toString());
        UsageErrors.assertExactly(run, "m4j train", "--save: '" + dir + "' is a directory; give a file name such as "
                + dir.resolve("model.json"));
        assertEquals("", run.out(), "nothing trained");
    }

    private static List<String> cells(String line) {
        return List.of(line.trim().split("\\s+"));
    }

    static String irisCsv() {
        StringBuilder sb = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width,species\n");
        org.momentum4j.data.Dataset iris = Datasets.iris();
        for (int r = 0; r < iris.rows(); r++) {
            for (int c = 0; c < 4; c++) {
                sb.append(iris.features()[r * 4 + c]).append(',');
            }
            sb.append(iris.classNames().get(iris.label(r))).append('\n');
        }
        return sb.toString();
    }
}
