package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.model.CheckpointDirectory;
import org.momentum4j.model.Model;

/**
 * {@code m4j train --checkpoint} and {@code --resume}, in-process: a run continued from a checkpoint saves
 * the same model, bit for bit, as the run done in one go. (The process-kill version is {@link KillResumeIT}.)
 */
class ResumeTest {
    @TempDir
    Path dir;

    @Test
    void checkpointsEveryNEpochsAndAfterTheLastKeepingTheNewestK() throws IOException {
        Path ck = dir.resolve("ck");
        Cli run = Cli.run("train", "--epochs", "10", "--checkpoint", ck.toString(), "--checkpoint-every", "3",
                "--keep", "2");
        assertEquals(0, run.code(), run.err());
        // Saved after epochs 3, 6, 9 and 10 (the last); the newest two are kept.
        CheckpointDirectory checkpoints = new CheckpointDirectory(ck, 2);
        assertEquals(List.of(checkpoints.fileFor(10), checkpoints.fileFor(9)), checkpoints.files());
        try (Stream<Path> files = Files.list(ck)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test
    void resumeAloneContinuesTheRunAndEndsWhereTheUninterruptedRunEnds() throws IOException {
        // A run with every kind of state: momentum buffers, a step schedule, a ramped momentum, validation
        // data, early stopping that keeps the best weights, clipping.
        List<String> recipe = List.of("--optimizer", "momentum", "--lr", "0.05", "--momentum", "0.6",
                "--lr-schedule", "step:every=4,factor=0.5", "--momentum-schedule", "ramp:from=0.5,to=0.9,epochs=8",
                "--validation-fraction", "0.2", "--early-stopping=patience=6", "--clip-norm", "2", "--batch-size", "4",
                "--seed", "5");
        Path whole = dir.resolve("whole.json");
        assertEquals(0, train(recipe, "--epochs", "20", "--save", whole.toString()).code());

        Path ck = dir.resolve("ck");
        Cli first = train(recipe, "--epochs", "7", "--checkpoint", ck.toString(), "--checkpoint-every", "2");
        assertEquals(0, first.code(), first.err());
        Path resumed = dir.resolve("resumed.json");
        Cli second = Cli.run("train", "--resume", ck.toString(), "--epochs", "20", "--save", resumed.toString());

        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("resuming from " + ck.resolve("checkpoint-000007.json") + " after epoch 7"),
                second.out());
        assertEquals(Model.load(whole), Model.load(resumed), "network bits, normaliser, settings, provenance");
    }

    @Test
    void retypingTheWholeCommandWithResumeWorksToo() throws IOException {
        Path csv = HandModels.write(dir, "iris.csv", TrainSaveTest.irisCsv());
        // --target is a list option: typed again, it must replace the saved value, not add to it.
        List<String> recipe = List.of("--data", csv.toString(), "--target", "species", "--normalize", "minmax", "--optimizer", "nesterov", "--lr", "0.02", "--momentum", "0.9");
        Path whole = dir.resolve("whole.json");
        assertEquals(0, train(recipe, "--epochs", "9", "--save", whole.toString()).code());
        Path ck = dir.resolve("ck");
        assertEquals(0, train(recipe, "--epochs", "5", "--checkpoint", ck.toString(), "--checkpoint-every", "5").code());

        Path resumed = dir.resolve("resumed.json");
        Cli again = train(recipe, "--epochs", "9", "--resume", ck.toString(), "--save", resumed.toString());

        assertEquals(0, again.code(), again.err());
        assertEquals(Model.load(whole), Model.load(resumed));
    }

    @Test
    void aDamagedNewestCheckpointIsSkippedWithANoteAndTheResultIsUnchanged() throws IOException {
        Path whole = dir.resolve("whole.json");
        assertEquals(0, Cli.run("train", "--epochs", "12", "--save", whole.toString()).code());
        Path ck = dir.resolve("ck");
        assertEquals(0, Cli.run("train", "--epochs", "8", "--checkpoint", ck.toString(), "--checkpoint-every", "4")
                .code());
        Path newest = new CheckpointDirectory(ck, 1).fileFor(8);
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, Arrays.copyOf(bytes, bytes.length / 2)); // as if the disk lost its tail

        Path resumed = dir.resolve("resumed.json");
        Cli run = Cli.run("train", "--resume", ck.toString(), "--epochs", "12", "--save", resumed.toString());

        assertEquals(0, run.code(), run.err());
        List<String> err = run.errLines();
        assertEquals(1, err.size(), run.err());
        assertTrue(err.get(0).startsWith("m4j train: note: skipped a damaged checkpoint: " + newest + ": line "),
                err.get(0));
        assertTrue(run.out().contains("after epoch 4"), run.out());
        assertEquals(Model.load(whole), Model.load(resumed));
    }

    @Test
    void anOptionThatWouldChangeTheRunIsRefusedNamingIt() {
        Path ck = checkpointed("--epochs", "4");
        Cli run = Cli.run("train", "--resume", ck.toString(), "--normalize", "minmax");
        UsageErrors.assertContains(run, "m4j train", "--resume: the checkpoint was made with --normalize zscore, but"
                + " this run has --normalize minmax; only ");
        assertEquals("", run.out());
    }

    @Test
    void changedTrainingDataIsRefusedWithCoresMessage() throws IOException {
        Path csv = HandModels.write(dir, "iris.csv", TrainSaveTest.irisCsv());
        Path ck = checkpointed("--data", csv.toString(), "--epochs", "4");
        // Same file name, one value changed: the options match, the data does not.
        Files.writeString(csv, TrainSaveTest.irisCsv().replaceFirst("5\\.1,", "5.2,"));

        Cli run = Cli.run("train", "--resume", ck.toString());

        UsageErrors.assertContains(run, "m4j train", "--resume: the checkpoint was made with data (sha256) '",
                "', but this run has '");
    }

    @Test
    void aCheckpointOfAnotherRunIsRefusedWithCoresMessage() throws IOException {
        // A checkpoint copied in from a run with another network, its saved options edited away: core's own
        // check of the network still refuses it.
        Path ck = checkpointed("--layers", "4,7,3", "--epochs", "2");
        Path file = new CheckpointDirectory(ck, 1).files().get(0);
        org.momentum4j.model.Checkpoint c = org.momentum4j.model.Checkpoint.load(file);
        java.util.Map<String, String> settings = new java.util.TreeMap<>(c.settings());
        settings.keySet().removeIf(k -> k.contains("--layers"));
        new org.momentum4j.model.Checkpoint(c.state(), c.control(), c.architecture(), c.optimizer(), c.batchSize(),
                c.seed(), c.precision(), c.dataSha256(), settings).save(file);

        Cli run = Cli.run("train", "--resume", ck.toString());

        UsageErrors.assertExactly(run, "m4j train", "--resume: the checkpoint was made with network"
                + " '4-tanh(7)-softmax(3) cross-entropy', but this run has '4-tanh(5)-softmax(3) cross-entropy'");
    }

    @Test
    void nothingToResumeFrom() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        UsageErrors.assertExactly(Cli.run("train", "--resume", empty.toString()), "m4j train",
                "--resume: no checkpoint in " + empty);
    }

    @Test
    void everyCheckpointDamaged() throws IOException {
        Path ck = checkpointed("--epochs", "2"); // one checkpoint, after the last epoch
        Path only = new CheckpointDirectory(ck, 1).files().get(0);
        Files.writeString(only, "{}");
        UsageErrors.assertExactly(Cli.run("train", "--resume", ck.toString()), "m4j train", "--resume: none of the 1"
                + " checkpoints in " + ck + " is valid; the newest: " + only
                + ": not a momentum4j-checkpoint file (no format member)");
    }

    @Test
    void aFreshRunRefusesADirectoryHoldingAnotherRunsCheckpoints() {
        Path ck = checkpointed("--epochs", "2");
        Cli run = Cli.run("train", "--checkpoint", ck.toString());
        UsageErrors.assertContains(run, "m4j train", "--checkpoint: " + ck + " already holds checkpoints",
                "--resume " + ck);
        assertFalse(run.out().contains("epoch"), "nothing trained");
    }

    @Test
    void badCheckpointSettings() {
        UsageErrors.assertExactly(Cli.run("train", "--checkpoint", dir.toString(), "--checkpoint-every", "0"),
                "m4j train", "--checkpoint-every: must be at least 1, got 0");
        UsageErrors.assertExactly(Cli.run("train", "--checkpoint", dir.toString(), "--keep", "0"),
                "m4j train", "--keep: must be at least 1, got 0");
    }

    private Path checkpointed(String... args) {
        Path ck = dir.resolve("ck");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--checkpoint", ck.toString()));
        Cli run = train(all);
        assertEquals(0, run.code(), run.err());
        return ck;
    }

    private static Cli train(List<String> recipe, String... more) {
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(recipe);
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
