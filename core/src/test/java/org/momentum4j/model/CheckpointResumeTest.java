package org.momentum4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Split;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.ControlledRun;
import org.momentum4j.train.EarlyStopping;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.GradientClipping;
import org.momentum4j.train.StopReason;
import org.momentum4j.train.Precision;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingResult;
import org.momentum4j.train.TrainingRun;
import org.momentum4j.train.TrainingState;

/**
 * A run checkpointed to disk, thrown away and resumed from the file ends with weights bit-identical to a run
 * never interrupted, for every update rule, online and mini-batch, with a learning rate that changes mid-run
 * (as a schedule would). In-process; the process-kill version of this lives with the CLI.
 */
class CheckpointResumeTest {
    private static final int EPOCHS = 10;
    private static final Architecture ARCH = Architecture.classifier(Activation.TANH, 4, 6, 3);
    private static final Dataset TRAIN;

    static {
        Split split = Split.of(Datasets.iris(), 0.2, 0, 3);
        TRAIN = Normalizer.fitFeatures(Normalization.ZSCORE, split.train()).apply(split.train());
    }

    @TempDir
    Path dir;

    static Stream<Arguments> runs() {
        List<Optimizer> optimizers = List.of(new Sgd(0.05), new ArticleMomentum(0.05, 0.75),
                new HeavyBall(0.02, 0.9), new HeavyBall(0.02, 0.9, 0.1, MomentumForm.LR_OUTSIDE, 1e-4),
                new Nesterov(0.02, 0.9), new Nesterov(0.02, 0.9, MomentumForm.LR_OUTSIDE, 0));
        return optimizers.stream().flatMap(o -> Stream.of(Arguments.of(o, 1), Arguments.of(o, 16)));
    }

    /** A stand-in for a schedule: the learning rate halves after epoch 3. */
    private static void schedule(TrainingRun run, Optimizer optimizer) {
        if (run.epochsDone() == 3) {
            run.optimizerState().setLearningRate(optimizer.learningRate() / 2);
        }
    }

    private static TrainingConfig config(int batch) {
        return new TrainingConfig(EPOCHS, batch, 17);
    }

    private static TrainingRun uninterrupted(Optimizer optimizer, int batch) {
        TrainingRun run = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer, config(batch));
        while (run.epochsDone() < EPOCHS) {
            run.runEpoch();
            schedule(run, optimizer);
        }
        return run;
    }

    @ParameterizedTest
    @MethodSource("runs")
    void resumedRunEqualsUninterruptedRun(Optimizer optimizer, int batch) throws IOException {
        CheckpointDirectory checkpoints = new CheckpointDirectory(dir.resolve("ckpt"), 3);
        TrainingRun first = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer, config(batch));
        while (first.epochsDone() < 6) {
            first.runEpoch();
            schedule(first, optimizer);
            if (first.epochsDone() % 2 == 0) {
                checkpoints.save(Checkpoint.of(first, optimizer, TRAIN.contentSha256(), Map.of("data", "iris")));
            }
        }
        // The first process is gone; a new one builds a network (any initial weights) and resumes.
        CheckpointDirectory.Found found = checkpoints.newestValid().orElseThrow();
        assertEquals(6, found.checkpoint().state().epochsDone());
        assertTrue(found.skipped().isEmpty());
        found.checkpoint().requireSameRun(ARCH, optimizer, config(batch), TRAIN.contentSha256());
        TrainingRun resumed = TrainingRun.resume(Network.create(ARCH, WeightInit.auto(), 999), TRAIN, optimizer,
                config(batch), found.checkpoint().state());
        while (resumed.epochsDone() < EPOCHS) {
            resumed.runEpoch();
            schedule(resumed, optimizer);
        }
        TrainingRun reference = uninterrupted(optimizer, batch);
        assertArrayEquals(reference.network().parameters(), resumed.network().parameters());
        assertEquals(reference.snapshot(), resumed.snapshot(), "optimizer state too");
    }

    @Test
    void withoutTheOptimizerStateTheResumeWouldDiffer() {
        // Shows the comparison above can fail: parameters and epoch alone are not enough for momentum.
        Optimizer optimizer = new HeavyBall(0.02, 0.9);
        TrainingRun first = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer, config(1));
        for (int e = 0; e < 6; e++) {
            first.runEpoch();
            schedule(first, optimizer);
        }
        TrainingState full = first.snapshot();
        TrainingState weightsOnly = new TrainingState(full.epochsDone(), full.parameters(), 0,
                full.learningRate(), full.momentum(), new double[][] {new double[full.parameters().length]});
        TrainingRun partial = TrainingRun.resume(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer,
                config(1), weightsOnly);
        while (partial.epochsDone() < EPOCHS) {
            partial.runEpoch();
        }
        assertFalse(java.util.Arrays.equals(uninterrupted(optimizer, 1).network().parameters(),
                partial.network().parameters()));
    }

    @Test
    void aDamagedNewestCheckpointIsSkippedAndTheRunStillEndsTheSame() throws IOException {
        Optimizer optimizer = new ArticleMomentum(0.05, 0.75);
        CheckpointDirectory checkpoints = new CheckpointDirectory(dir, 2);
        TrainingRun first = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer, config(1));
        while (first.epochsDone() < 6) {
            first.runEpoch();
            schedule(first, optimizer);
            if (first.epochsDone() % 2 == 0) {
                checkpoints.save(Checkpoint.of(first, optimizer, "", Map.of()));
            }
        }
        assertEquals(List.of(checkpoints.fileFor(6), checkpoints.fileFor(4)), checkpoints.files(), "keeps the last 2");
        Path newest = checkpoints.fileFor(6);
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        CheckpointDirectory.Found found = checkpoints.newestValid().orElseThrow();
        assertEquals(checkpoints.fileFor(4), found.file());
        assertEquals(1, found.skipped().size());
        assertTrue(found.skipped().get(0).startsWith(newest + ": line "), found.skipped().get(0));
        TrainingRun resumed = TrainingRun.resume(Network.create(ARCH, WeightInit.auto(), 5), TRAIN, optimizer,
                config(1), found.checkpoint().state());
        while (resumed.epochsDone() < EPOCHS) {
            resumed.runEpoch();
            schedule(resumed, optimizer);
        }
        assertArrayEquals(uninterrupted(optimizer, 1).network().parameters(), resumed.network().parameters());
    }

    @Test
    void noCheckpointAtAll() throws IOException {
        assertTrue(new CheckpointDirectory(dir.resolve("none"), 3).newestValid().isEmpty());
    }

    @Test
    void controlledRunWithSchedulesAndEarlyStoppingResumesExactly() throws IOException {
        // Learning rate: plateau reductions on the validation loss; momentum ramped; early stopping that
        // restores the best weights; gradient clipping. Checkpointed after epoch 7 of up to 30.
        Split split = Split.of(Datasets.iris(), 0.2, 0.2, 3);
        Normalizer z = Normalizer.fitFeatures(Normalization.ZSCORE, split.train());
        Dataset train = z.apply(split.train());
        Dataset validation = z.apply(split.validation());
        Optimizer optimizer = new HeavyBall(0.05, 0.5);
        TrainingConfig config = new TrainingConfig(30, 4, 23);
        TrainingControls controls = TrainingControls.NONE
                .withLearningRateSchedule(Schedule.parse("plateau:patience=2,factor=0.5"))
                .withMomentumSchedule(Schedule.parse("ramp:from=0.5,to=0.9,epochs=10"))
                .withEarlyStopping(new EarlyStopping(4, 1e-3, true))
                .withClipping(GradientClipping.byNorm(1.0));

        ControlledRun reference = new ControlledRun(Network.create(ARCH, WeightInit.auto(), 23), train, validation,
                optimizer, config, controls);
        List<EpochStats> referenceHistory = new ArrayList<>();
        while (!reference.isFinished()) {
            referenceHistory.add(reference.runEpoch());
        }
        TrainingResult expected = reference.finish(referenceHistory);

        ControlledRun first = new ControlledRun(Network.create(ARCH, WeightInit.auto(), 23), train, validation,
                optimizer, config, controls);
        for (int e = 0; e < 7; e++) {
            first.runEpoch();
        }
        Path file = dir.resolve("controlled.json");
        Checkpoint.of(first, optimizer, train.contentSha256(), Map.of()).save(file);

        Checkpoint saved = Checkpoint.load(file);
        assertEquals(first.state(), saved.control(), "control state round-trips, infinities included");
        ControlledRun resumed = new ControlledRun(Network.create(ARCH, WeightInit.auto(), 1), train, validation,
                optimizer, config, controls);
        resumed.trainingRun().restore(saved.state());
        resumed.restore(saved.control());
        List<EpochStats> history = new ArrayList<>(referenceHistory.subList(0, 7));
        while (!resumed.isFinished()) {
            history.add(resumed.runEpoch());
        }
        TrainingResult actual = resumed.finish(history);
        assertArrayEquals(expected.network().parameters(), actual.network().parameters());
        assertEquals(expected.stopReason(), actual.stopReason());
        assertEquals(referenceHistory.size(), history.size());
        // The scenario exercises every control after the resume point: the plateau schedule has lowered the
        // learning rate, early stopping ended the run before 30 epochs, and the best weights were restored.
        assertEquals(StopReason.EARLY_STOPPING, actual.stopReason());
        assertTrue(history.size() > 7 && history.size() < 30);
        assertTrue(history.get(history.size() - 1).learningRate() < 0.05);
        assertTrue(actual.weightsEpoch() < history.size());
    }

    @Test
    void aDivergenceRightAfterTheResumeRollsBackAsTheUninterruptedRunDoes() throws IOException {
        // Full-batch SGD at lr 0.3 on a quadratic with L = 8 (stable only below 2/L = 0.25): the loss falls,
        // then climbs; with "recover" the run rolls back to the weights the last good epoch started from and
        // halves the rate. Checkpoint at the last good epoch, so the divergence comes first thing after the
        // resume: the resumed run must roll back to the same weights as the uninterrupted one.
        Dataset quadratic = org.momentum4j.fixtures.KnownHessian.data();
        Optimizer optimizer = new Sgd(0.3);
        TrainingConfig config = TrainingConfig.fullBatch(60, 1);
        TrainingControls controls = TrainingControls.NONE.withDivergence(
                org.momentum4j.train.DivergencePolicy.recover());
        ControlledRun reference = new ControlledRun(org.momentum4j.fixtures.KnownHessian.network(), quadratic, null,
                optimizer, config, controls);
        List<EpochStats> referenceHistory = new ArrayList<>();
        while (!reference.isFinished()) {
            referenceHistory.add(reference.runEpoch());
        }
        TrainingResult expected = reference.finish(referenceHistory);
        assertEquals(1, expected.divergences().size());
        int diverged = expected.divergences().get(0).epoch();

        ControlledRun first = new ControlledRun(org.momentum4j.fixtures.KnownHessian.network(), quadratic, null,
                optimizer, config, controls);
        for (int e = 0; e < diverged - 1; e++) {
            first.runEpoch();
        }
        Path file = dir.resolve("before-divergence.json");
        Checkpoint.of(first, optimizer, quadratic.contentSha256(), Map.of()).save(file);
        Checkpoint saved = Checkpoint.load(file);
        ControlledRun resumed = new ControlledRun(org.momentum4j.fixtures.KnownHessian.network(), quadratic, null,
                optimizer, config, controls);
        resumed.trainingRun().restore(saved.state());
        resumed.restore(saved.control());
        List<EpochStats> history = new ArrayList<>(referenceHistory.subList(0, diverged - 1));
        while (!resumed.isFinished()) {
            history.add(resumed.runEpoch());
        }
        TrainingResult actual = resumed.finish(history);
        assertEquals(1, actual.divergences().size());
        assertArrayEquals(expected.network().parameters(), actual.network().parameters());
    }

    @Test
    void initialControlStateWithInfinitiesAndNaNRoundTrips() throws IOException {
        Optimizer optimizer = new Nesterov(0.02, 0.9);
        ControlledRun run = new ControlledRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, null, optimizer,
                config(4), TrainingControls.NONE);
        Checkpoint c = Checkpoint.of(run, optimizer, "", Map.of("lr-schedule", "step:every=3,factor=0.5"));
        Path file = dir.resolve("c.json");
        c.save(file);
        assertEquals(c, Checkpoint.load(file));
        assertTrue(Double.isNaN(Checkpoint.load(file).control().divergence().firstLoss()));
    }

    /** A float run's checkpoint says so, and resuming it in double is refused (its state is float's). */
    @Test
    void floatPrecisionIsSavedAndChecked() throws Exception {
        Optimizer optimizer = new HeavyBall(0.02, 0.9);
        TrainingConfig floats = config(1).withPrecision(Precision.FLOAT);
        TrainingRun run = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 5), TRAIN, optimizer, floats);
        run.runEpoch();
        Path file = dir.resolve("float.json");
        Checkpoint.of(run, optimizer, TRAIN.contentSha256(), Map.of()).save(file);
        Checkpoint saved = Checkpoint.load(file);
        assertEquals(Precision.FLOAT, saved.precision());
        saved.requireSameRun(ARCH, optimizer, floats, TRAIN.contentSha256());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> saved.requireSameRun(ARCH, optimizer, config(1), TRAIN.contentSha256()));
        assertEquals("the checkpoint was made with precision 'float', but this run has 'double'", e.getMessage());
    }

    @Test
    void resumingADifferentRunIsRefused() throws IOException {
        Optimizer optimizer = new ArticleMomentum(0.05, 0.75);
        TrainingRun run = new TrainingRun(Network.create(ARCH, WeightInit.auto(), 17), TRAIN, optimizer, config(1));
        run.runEpoch();
        Checkpoint c = Checkpoint.of(run, optimizer, TRAIN.contentSha256(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.requireSameRun(ARCH, new ArticleMomentum(0.1, 0.75), config(1), TRAIN.contentSha256()));
        assertEquals("the checkpoint was made with optimizer 'article lr=0.05 momentum=0.75', but this run has"
                + " 'article lr=0.1 momentum=0.75'", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> c.requireSameRun(ARCH, optimizer, config(1), Datasets.iris().contentSha256()));
        assertTrue(d.getMessage().startsWith("the checkpoint was made with data (sha256) '"), d.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> c.requireSameRun(ARCH, optimizer, new TrainingConfig(EPOCHS, 1, 18), ""));
        assertEquals("the checkpoint was made with seed '17', but this run has '18'", s.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> c.requireSameRun(ARCH, optimizer, config(1).withPrecision(Precision.FLOAT), ""));
        assertEquals("the checkpoint was made with precision 'double', but this run has 'float'", p.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.resume(
                Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 1), TRAIN,
                optimizer, config(1), c.state()));
    }
}
