package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.model.Checkpoint;
import org.momentum4j.model.CheckpointDirectory;
import org.momentum4j.model.Model;

/**
 * The crash test, with real processes of the packaged {@code m4j.jar}: a training run with
 * checkpoints is killed with SIGKILL ({@link Process#destroyForcibly()}) mid-run, so it gets no chance to
 * clean up or finish a write; {@code m4j train --resume} continues it and saves a model whose every weight
 * is bit-identical to the model of the same run done in one go.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class KillResumeIT {
    private static final Path JAR = Path.of(System.getProperty("m4j.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final int EPOCHS = 400;
    private static final int EVERY = 20;
    /** Two spirals with a 2-64-64-2 network and heavy-ball momentum: about 10 ms an epoch, 4 s a run. */
    private static final List<String> RECIPE = List.of("train", "--data", "spirals", "--layers", "2,64,64,2",
            "--init", "glorot", "--optimizer", "momentum", "--lr", "0.01", "--momentum", "0.9",
            "--epochs", Integer.toString(EPOCHS), "--print-every", "50");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunKilledMidwayAndResumedEndsBitIdenticalToAnUninterruptedRun() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR + " is missing");
        Path ck = dir.resolve("ck");
        CheckpointDirectory checkpoints = new CheckpointDirectory(ck, 3);

        Process victim = start("victim", args("--checkpoint", ck.toString(), "--checkpoint-every",
                Integer.toString(EVERY)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (checkpoints.files().size() < 2) {
            assertTrue(victim.isAlive(), "the run ended before it was killed: " + output("victim"));
            assertTrue(System.nanoTime() < deadline, "no two checkpoints within 60 s: " + output("victim"));
            Thread.sleep(5);
        }
        victim.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, maybe mid-write
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS), "the killed process did not go away");
        assertNotEquals(0, victim.exitValue());
        int killedAt = newestEpoch(checkpoints);
        assertTrue(killedAt >= 2 * EVERY && killedAt < EPOCHS, "killed after epoch " + killedAt + " of " + EPOCHS);

        Path resumed = dir.resolve("resumed.json");
        Process again = start("resumed", List.of("train", "--resume", ck.toString(), "--save", resumed.toString()));
        Path whole = dir.resolve("whole.json");
        Process reference = start("whole", args("--save", whole.toString()));
        finish(again, "resumed");
        finish(reference, "whole");

        assertTrue(output("resumed").contains("resuming from " + ck + "/checkpoint-"), output("resumed"));
        double[] expected = Model.load(whole).network().parameters();
        double[] actual = Model.load(resumed).network().parameters();
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "parameter " + i + ": " + expected[i] + " vs " + actual[i]);
        }
        assertEquals(Model.load(whole), Model.load(resumed), "the whole model: normaliser, settings, provenance too");
    }

    private static List<String> args(String... more) {
        List<String> all = new ArrayList<>(RECIPE);
        all.addAll(List.of(more));
        return all;
    }

    /** The newest checkpoint's epoch (it loads: the kill cannot leave a half-written checkpoint behind). */
    private static int newestEpoch(CheckpointDirectory checkpoints) throws IOException {
        return Checkpoint.load(checkpoints.files().get(0)).state().epochsDone();
    }

    private Process start(String name, List<String> m4jArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-cp", JAR.toString(),
                "org.momentum4j.cli.M4j"));
        command.addAll(m4jArgs);
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private void finish(Process p, String name) throws Exception {
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), name + " did not finish: " + output(name));
        assertEquals(0, p.exitValue(), output(name));
    }

    private String output(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
    }
}
