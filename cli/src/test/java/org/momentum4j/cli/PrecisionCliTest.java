package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.model.Model;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.train.Precision;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;

/** {@code m4j train --precision}: float training through the CLI, its checkpoints, and its refusals. */
class PrecisionCliTest {
    @TempDir
    Path dir;

    @Test
    void floatTrainsTheDemoAsTheLibraryRecipeDoesAndSavesIt() throws java.io.IOException {
        // The demo recipe against the core API with Precision.FLOAT: the saved model must hold its bits.
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, 1);
        Standardizer z = Standardizer.fit(split.train());
        Network expected = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3),
                WeightInit.uniform(-0.01, 0.01), 1);
        new Trainer(new ArticleMomentum(0.05, 0.75), new TrainingConfig(40, 1, 1, Precision.FLOAT))
                .fit(expected, z.apply(split.train()));

        Path model = dir.resolve("float.json");
        Cli run = Cli.run("train", "--precision", "float", "--save", model.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).endsWith("seed 1, float precision"), run.outLines().get(0));
        Model saved = Model.load(model);
        assertArrayEquals(expected.parameters(), saved.network().parameters(), 0.0);
        assertEquals("float", saved.training().settings().get("precision"));
    }

    @Test
    void aFloatRunResumesExactlyAndRefusesToResumeInDouble() throws java.io.IOException {
        List<String> recipe = List.of("train", "--precision", "float", "--optimizer", "momentum", "--lr", "0.05",
                "--momentum", "0.6", "--lr-schedule", "step:every=4,factor=0.5", "--seed", "5");
        Path whole = dir.resolve("whole.json");
        assertEquals(0, run(recipe, "--epochs", "10", "--save", whole.toString()).code());
        Path ck = dir.resolve("ck");
        Cli first = run(recipe, "--epochs", "4", "--checkpoint", ck.toString());
        assertEquals(0, first.code(), first.err());

        Cli asDouble = Cli.run("train", "--resume", ck.toString(), "--precision", "double");
        UsageErrors.assertContains(asDouble, "m4j train", "--resume: the checkpoint was made with --precision float,"
                + " but this run has --precision double");

        Path resumed = dir.resolve("resumed.json");
        Cli second = Cli.run("train", "--resume", ck.toString(), "--epochs", "10", "--save", resumed.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals(Model.load(whole), Model.load(resumed));
    }

    static Stream<Arguments> refusals() {
        String supports = "--precision: float precision supports online training (batch size 1) with sgd, article,"
                + " momentum or nesterov, without gradient clipping or step observers; got ";
        return Stream.of(
                Arguments.of(List.of("--precision", "half"), "--precision: unknown precision 'half': expected double"
                        + " or float"),
                Arguments.of(List.of("--precision", "float", "--optimizer", "adam"), supports + "adam lr="),
                Arguments.of(List.of("--precision", "float", "--batch-size", "8"), supports + "batch size 8"),
                Arguments.of(List.of("--precision", "float", "--batch-size", "full"), supports + "batch size full"),
                Arguments.of(List.of("--precision", "float", "--clip-norm", "1"), supports + "gradient clipping"),
                Arguments.of(List.of("--precision", "float", "--diagnostics", "diag"), supports + "--diagnostics,"
                        + " which observes every step"));
    }

    @ParameterizedTest(name = "m4j train {0}")
    @MethodSource("refusals")
    void whatFloatCannotDoIsAUsageErrorNamingTheFlag(List<String> args, String message) {
        Cli run = run(Stream.concat(Stream.of("train"), args.stream()).toList());
        UsageErrors.assertContains(run, "m4j train", message);
        assertTrue(run.errLines().get(0).startsWith("m4j train: " + message), run.err());
        assertEquals("", run.out(), "nothing trained");
    }

    @Test
    void crossValidationTrainsInFloatAsTheLibraryDoes() {
        org.momentum4j.train.CrossValidation cv = new org.momentum4j.train.CrossValidation(
                Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.uniform(-0.01, 0.01),
                new ArticleMomentum(0.05, 0.75), new TrainingConfig(6, 1, 1, Precision.FLOAT),
                org.momentum4j.train.TrainingControls.NONE, org.momentum4j.data.Normalization.ZSCORE);
        List<org.momentum4j.train.CrossValidation.FoldResult> expected =
                cv.run(Datasets.iris(), List.of("species"), 3, 1, r -> { });

        Cli run = Cli.run("cv", "--folds", "3", "--epochs", "6", "--precision", "float");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).endsWith("seed 1, float precision"), run.outLines().get(0));
        for (org.momentum4j.train.CrossValidation.FoldResult r : expected) {
            String row = run.outLine(Integer.toString(r.fold()));
            assertTrue(row.contains(String.format(java.util.Locale.ROOT, "%.6f", r.testLoss())), row);
        }
        UsageErrors.assertContains(Cli.run("cv", "--precision", "float", "--optimizer", "rmsprop"), "m4j cv",
                "--precision: float precision supports online training (batch size 1) with sgd, article, momentum"
                        + " or nesterov, without gradient clipping or step observers; got rmsprop lr=");
        UsageErrors.assertExactly(Cli.run("cv", "--precision", "single"), "m4j cv",
                "--precision: unknown precision 'single': expected double or float");
    }

    private static Cli run(List<String> args, String... more) {
        return Cli.run(Stream.concat(args.stream(), Stream.of(more)).toArray(String[]::new));
    }
}
