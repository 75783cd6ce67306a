package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Schedules, validation, early stopping, clipping and divergence handling, as {@code m4j train} shows them. */
class TrainingControlsCliTest {
    private static final String[] DIVERGING = {"train", "--lr", "50", "--optimizer", "momentum", "--momentum", "0.9"};

    @Test
    void cosineScheduleShowsItsLearningRateInTheHeaderAndEveryProgressLine() {
        Cli run = Cli.run("train", "--optimizer", "momentum", "--lr", "0.1", "--lr-schedule", "cosine", "--epochs", "10",
                "--print-every", "1");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).contains(" | lr-schedule=cosine | "), run.outLines().get(0));
        assertTrue(run.outLines().get(1).matches("epoch\\s+loss\\s+train-acc\\s+lr"), run.outLines().get(1));
        List<String[]> rows = progressRows(run);
        assertEquals(10, rows.size());
        for (String[] row : rows) {
            // A bare cosine anneals over the run: epoch e (0-based) of 10 runs at 0.1 * (1 + cos(pi * e / 10)) / 2.
            int e = Integer.parseInt(row[0]) - 1;
            double expected = 0.1 * (1 + Math.cos(Math.PI * e / 10)) / 2;
            assertEquals(expected, Double.parseDouble(row[3]), 5e-4 * expected, "epoch " + (e + 1)); // 4 digits
        }
    }

    @Test
    void momentumScheduleShowsItsMomentum() {
        Cli run = Cli.run("train", "--optimizer", "nesterov", "--momentum", "0.9", "--momentum-schedule",
                "ramp:from=0.5,to=0.9", "--epochs", "5", "--print-every", "1");

        assertEquals(0, run.code(), run.err());
        // from=0.5 is ramp's default, so core's text form leaves it out
        assertTrue(run.outLines().get(0).contains(" | momentum-schedule=ramp:to=0.9 | "), run.out());
        List<String> momenta = new ArrayList<>();
        for (String[] row : progressRows(run)) {
            momenta.add(row[3]);
        }
        // 0.5 + (0.9 - 0.5) * e / (5 - 1) for e = 0..4
        assertEquals(List.of("0.5000", "0.6000", "0.7000", "0.8000", "0.9000"), momenta);
    }

    @Test
    void earlyStoppingPrintsWhereItStoppedAndKeepsTheBestWeights() {
        Cli run = Cli.run("train", "--validation-fraction", "0.2", "--early-stopping=patience=3,min-delta=1e-3",
                "--epochs", "200", "--print-every", "1");

        assertEquals(0, run.code(), run.err());
        // Iris has 50 flowers per class: 10 each held out for testing, 8 of the remaining 40 each for validation.
        assertTrue(run.outLines().get(0).contains("96 train / 24 validation / 30 test rows"), run.outLines().get(0));
        assertTrue(run.outLines().get(1).matches("epoch\\s+loss\\s+train-acc\\s+val-loss\\s+val-acc"), run.out());
        // Keras's rule, applied to the printed validation losses: an improvement is a loss below best - 1e-3.
        List<String[]> rows = progressRows(run);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int bad = 0;
        int stop = 0;
        String bestLoss = "";
        for (String[] row : rows) {
            double loss = Double.parseDouble(row[3]);
            if (loss < best - 1e-3) {
                best = loss;
                bestEpoch = Integer.parseInt(row[0]);
                bestLoss = row[3];
                bad = 0;
            } else if (++bad == 3) {
                stop = Integer.parseInt(row[0]);
                break;
            }
        }
        assertTrue(stop > 0 && stop < 200, "stopped early: " + run.out());
        assertEquals(Integer.toString(stop), rows.get(rows.size() - 1)[0], "no epoch runs after the stop");
        List<String> lines = run.outLines();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("stopped early after epoch " + stop + ": no validation improvement for 3 epochs;"
                + " weights of epoch " + bestEpoch + " (validation loss "), last);
        // The best weights are back: the final validation loss is the one printed after the best epoch.
        assertEquals(bestLoss, run.outLine("validation").trim().split("\\s+")[3], run.out());
    }

    @Test
    void anEarlyStopBetweenProgressLinesStillPrintsItsLastEpoch() {
        Cli run = Cli.run("train", "--validation-fraction", "0.2", "--early-stopping=patience=3,min-delta=1e-3",
                "--epochs", "200", "--print-every", "5");

        List<String> lines = run.outLines();
        int stop = Integer.parseInt(lines.get(lines.size() - 1).replaceAll("stopped early after epoch (\\d+):.*", "$1"));
        List<Integer> expected = new ArrayList<>(List.of(1));
        for (int e = 5; e < stop; e += 5) {
            expected.add(e);
        }
        expected.add(stop);
        List<Integer> printed = new ArrayList<>();
        for (String[] row : progressRows(run)) {
            printed.add(Integer.parseInt(row[0]));
        }
        assertEquals(expected, printed, run.out());
    }

    @Test
    void divergenceStopsWithExitCode3AfterTheAccuracyOfTheKeptWeights() {
        Cli run = Cli.run(DIVERGING);

        assertEquals(TrainCommand.DIVERGED, run.code(), run.out() + run.err());
        List<String> lines = run.outLines();
        int row = lines.indexOf(lines.stream().filter(l -> l.matches("\\s+1\\s.*")).findFirst().orElseThrow());
        String event = lines.get(row + 1);
        assertTrue(event.startsWith("divergence: epoch 1: training loss "), "printed as it happens: " + run.out());
        assertTrue(event.contains("at learning rate 50.0000, momentum 0.900000"), event);
        assertTrue(event.endsWith("stopped with the weights of the last good epoch"), event);
        // The weights kept are the starting ones (uniform in +-0.01): every logit is within 0.0175 of 0
        // (|z| <= 5 * tanh(4 * 3.2 * 0.01 + 0.01) * 0.01 + 0.01, Iris's standardised features staying below 3.2),
        // so the cross-entropy is within 2 * 0.0175 of ln 3: finite, nothing like the diverged loss.
        for (String part : List.of("train", "test")) {
            double loss = Double.parseDouble(run.outLine(part).trim().split("\\s+")[3]);
            assertEquals(Math.log(3), loss, 0.035, part);
        }
        List<String> err = run.errLines();
        assertEquals(1, err.size(), run.err());
        assertTrue(err.get(0).startsWith("m4j train: diverged in epoch 1: "), err.get(0));
        assertTrue(err.get(0).contains("at learning rate 50.0000"), "names the learning rate: " + err.get(0));
        assertTrue(err.get(0).contains("--on-divergence recover"), err.get(0));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void recoverCompletesTheSameRunAndReportsEachRecovery() {
        List<String> args = new ArrayList<>(List.of(DIVERGING));
        args.addAll(List.of("--on-divergence", "recover"));
        Cli run = Cli.run(args.toArray(String[]::new));

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.outLines().get(0).contains(" | on-divergence=recover | "), run.outLines().get(0));
        List<String> events = run.outLines().stream().filter(l -> l.startsWith("divergence: ")).toList();
        assertFalse(events.isEmpty(), run.out());
        for (int i = 0; i < events.size(); i++) {
            // Each recovery halves the rate: 50, 25, 12.5, ...
            assertTrue(events.get(i).endsWith(String.format(Locale.ROOT,
                    "at learning rate %.6g, momentum 0.900000; rolled back, learning rate halved to %.6g, velocities"
                            + " reset", 50 / Math.pow(2, i), 50 / Math.pow(2, i + 1))), events.get(i));
        }
        List<String> lines = run.outLines();
        assertEquals("completed 40 epochs; recovered from " + events.size() + " divergence"
                + (events.size() == 1 ? "" : "s"), lines.get(lines.size() - 1));
        List<String[]> rows = progressRows(run);
        String[] lastRow = rows.get(rows.size() - 1);
        assertEquals("40", lastRow[0]);
        assertEquals(String.format(Locale.ROOT, "%.4g", 50 / Math.pow(2, events.size())), lastRow[3]);
    }

    @Test
    void earlyStoppingAloneTakesItsDefaultsAndDoesNotSwallowTheNextOption() {
        Cli run = Cli.run("train", "--early-stopping", "--validation-fraction", "0.2", "--epochs", "1");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).contains(" | early-stopping=patience=10 | 1 epoch,"), run.outLines().get(0));
    }

    @Test
    void clippingReachesTheTrainer() {
        Cli run = Cli.run("train", "--clip-norm", "1", "--clip-value", "0.5", "--epochs", "1");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).contains(" | clip-norm=1.0 clip-value=0.5 | "), run.outLines().get(0));
    }

    /** The progress rows (lines that start with an epoch number), split into their cells. */
    private static List<String[]> progressRows(Cli run) {
        List<String[]> rows = new ArrayList<>();
        for (String line : run.outLines()) {
            if (line.matches("\\s*\\d+\\s+[0-9.]+\\s.*")) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        return rows;
    }
}
