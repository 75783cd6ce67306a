package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.train.ControlsFixture.CONTRARY;
import static org.momentum4j.train.ControlsFixture.TEST;
import static org.momentum4j.train.ControlsFixture.TRAIN;
import static org.momentum4j.train.ControlsFixture.network;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import org.momentum4j.schedule.Schedule;

/**
 * Schedules, validation, early stopping and clipping through {@link Trainer} and {@link ControlledRun}. Each
 * expectation comes from an independent path: a plain {@link TrainingRun} driven by hand, or the rule's
 * definition applied in the test to the validation losses the run reported.
 */
class ControlledRunTest {
    private static final TrainingConfig ONLINE_10 = TrainingConfig.online(10, 7);

    @Test
    void withoutControlsTrainingIsBitIdenticalToAPlainRun() {
        Optimizer rule = new ArticleMomentum(0.05, 0.75);
        Network a = network(3);
        new Trainer(rule, ONLINE_10).fit(a, TRAIN);
        Network b = network(3);
        TrainingRun run = new TrainingRun(b, TRAIN, rule, ONLINE_10);
        for (int e = 0; e < 10; e++) {
            run.runEpoch();
        }
        assertArrayEquals(b.parameters(), a.parameters(), 0.0);
    }

    @Test
    void theLearningRateScheduleSetsEachEpochsRate() {
        Optimizer rule = new HeavyBall(0.05, 0.9, 0.0, MomentumForm.LR_OUTSIDE, 0.0);
        TrainingControls controls = TrainingControls.NONE.withLearningRateSchedule(Schedule.parse("cosine"));
        Network a = network(3);
        TrainingResult result = new Trainer(rule, ONLINE_10, controls).fit(a, TRAIN);

        // by hand: a plain run whose rate is set to 0.05 (1 + cos(pi e / 10)) / 2 before epoch e
        Network b = network(3);
        TrainingRun run = new TrainingRun(b, TRAIN, rule, ONLINE_10);
        for (int e = 0; e < 10; e++) {
            double lr = 0.05 * (1 + StrictMath.cos(Math.PI * e / 10)) / 2;
            run.optimizerState().setLearningRate(lr);
            run.runEpoch();
            assertEquals(lr, result.history().get(e).learningRate(), 0.0, "epoch " + (e + 1));
        }
        assertArrayEquals(b.parameters(), a.parameters(), 0.0);
    }

    @Test
    void theMomentumScheduleSetsEachEpochsMomentum() {
        TrainingControls controls = TrainingControls.NONE
                .withMomentumSchedule(Schedule.parse("ramp:from=0.5,to=0.9,epochs=5"));
        TrainingResult result = new Trainer(new ArticleMomentum(0.05, 0.9), ONLINE_10, controls)
                .fit(network(3), TRAIN);
        double[] expected = {0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9};
        for (int e = 0; e < 10; e++) {
            assertEquals(expected[e], result.history().get(e).momentum(), 1e-15, "epoch " + (e + 1));
        }
    }

    @Test
    void validationFiguresAreMeasuredAtTheEpochsFinalWeights() {
        List<Evaluation> seen = new ArrayList<>();
        Network net = network(3);
        TrainingResult result = new Trainer(new Sgd(0.05), TrainingConfig.online(3, 7))
                .fit(net, TRAIN, TEST, stats -> seen.add(Evaluation.of(net, TEST)));
        for (int e = 0; e < 3; e++) {
            EpochStats stats = result.history().get(e);
            assertTrue(stats.hasValidation());
            assertEquals(seen.get(e).loss(), stats.validationLoss(), 0.0);
            assertEquals(seen.get(e).accuracy(), stats.validationAccuracy(), 0.0);
        }
        // without early stopping the weights are the last epoch's, and the best epoch is still reported
        assertEquals(StopReason.COMPLETED, result.stopReason());
        assertEquals(3, result.weightsEpoch());
        assertEquals(argMinValidation(result.history()), result.bestEpoch());
    }

    @Test
    void earlyStoppingStopsAfterPatienceAndRestoresTheBestWeights() {
        Optimizer rule = new ArticleMomentum(0.05, 0.75);
        TrainingConfig config = TrainingConfig.online(200, 7);
        TrainingControls controls = TrainingControls.NONE.withEarlyStopping(new EarlyStopping(5, 0.0, true));
        Network net = network(3);
        TrainingResult result = new Trainer(rule, config, controls).fit(net, TRAIN, CONTRARY, TrainingListener.NONE);

        // Keras's rule applied to the reported losses: stop once 5 epochs in a row did not beat the best
        List<EpochStats> h = result.history();
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int stop = 0;
        for (EpochStats s : h) {
            if (s.validationLoss() < best) {
                best = s.validationLoss();
                bestEpoch = s.epoch();
            } else if (s.epoch() - bestEpoch >= 5) {
                stop = s.epoch();
                break;
            }
        }
        assertTrue(stop > 0 && stop < 200, "the contrary validation loss should stop improving");
        assertEquals(StopReason.EARLY_STOPPING, result.stopReason());
        assertEquals(stop, result.stoppedAtEpoch());
        assertEquals(stop, h.size());
        assertEquals(bestEpoch, result.bestEpoch());
        assertEquals(best, result.bestValidationLoss(), 0.0);
        assertEquals(bestEpoch, result.weightsEpoch());

        // the weights are those of an independent plain run stopped after the best epoch
        Network ref = network(3);
        TrainingRun run = new TrainingRun(ref, TRAIN, rule, config);
        for (int e = 0; e < bestEpoch; e++) {
            run.runEpoch();
        }
        assertArrayEquals(ref.parameters(), net.parameters(), 0.0);
        assertEquals("stopped early after epoch " + stop + ": no validation improvement for " + (stop - bestEpoch)
                + " epochs; weights of epoch " + bestEpoch + " (validation loss " + best + ")", result.describeStop());
    }

    @Test
    void earlyStoppingWithoutRestoreKeepsTheLastWeights() {
        Optimizer rule = new ArticleMomentum(0.05, 0.75);
        TrainingConfig config = TrainingConfig.online(200, 7);
        TrainingControls controls = TrainingControls.NONE.withEarlyStopping(new EarlyStopping(5, 0.0, false));
        Network net = network(3);
        TrainingResult result = new Trainer(rule, config, controls).fit(net, TRAIN, CONTRARY, TrainingListener.NONE);
        assertEquals(result.stoppedAtEpoch(), result.weightsEpoch());
        Network ref = network(3);
        TrainingRun run = new TrainingRun(ref, TRAIN, rule, config);
        for (int e = 0; e < result.stoppedAtEpoch(); e++) {
            run.runEpoch();
        }
        assertArrayEquals(ref.parameters(), net.parameters(), 0.0);
    }

    @Test
    void plateauHalvesTheRateWhenPyTorchsRuleSaysSo() {
        TrainingControls controls = TrainingControls.NONE
                .withLearningRateSchedule(Schedule.parse("plateau:patience=2,factor=0.5"));
        TrainingResult result = new Trainer(new Sgd(0.05), TrainingConfig.online(30, 7), controls)
                .fit(network(3), TRAIN, CONTRARY, TrainingListener.NONE);
        // ReduceLROnPlateau(mode=min, threshold=1e-4 rel, patience=2, factor=0.5) fed the reported losses
        double lr = 0.05;
        double best = Double.POSITIVE_INFINITY;
        int bad = 0;
        int reductions = 0;
        for (EpochStats s : result.history()) {
            assertEquals(lr, s.learningRate(), 0.0, "epoch " + s.epoch());
            if (s.validationLoss() < best * (1 - 1e-4)) {
                best = s.validationLoss();
                bad = 0;
            } else if (++bad > 2) {
                lr *= 0.5;
                bad = 0;
                reductions++;
            }
        }
        assertTrue(reductions > 0, "the contrary validation loss should plateau");
    }

    @Test
    void clippingBoundsEveryStep() {
        // full batch, SGD with lr 1: one step per epoch moves each weight by exactly the clipped gradient
        Network net = network(3);
        double[] before = net.parameters().clone();
        TrainingControls controls = TrainingControls.NONE.withClipping(GradientClipping.byValue(1e-3));
        new Trainer(new Sgd(1.0), TrainingConfig.fullBatch(1, 7), controls).fit(net, TRAIN);
        double largest = 0;
        for (int i = 0; i < before.length; i++) {
            largest = Math.max(largest, Math.abs(net.parameters()[i] - before[i]));
        }
        assertEquals(1e-3, largest, 1e-15); // some gradient component was larger than 1e-3, none moved further

        Network n2 = network(3);
        double[] b2 = n2.parameters().clone();
        new Trainer(new Sgd(1.0), TrainingConfig.fullBatch(1, 7), TrainingControls.NONE
                .withClipping(GradientClipping.byNorm(1e-3))).fit(n2, TRAIN);
        double sum = 0;
        for (int i = 0; i < b2.length; i++) {
            sum += (n2.parameters()[i] - b2[i]) * (n2.parameters()[i] - b2[i]);
        }
        // the step's norm is 1e-3 * n / (n + 1e-6) for the unclipped norm n (well above 1e-3 here)
        assertTrue(Math.sqrt(sum) <= 1e-3 && Math.sqrt(sum) > 1e-3 * (1 - 1e-5), "step norm " + Math.sqrt(sum));
    }

    @Test
    void stateCanBeReadAndRestored() {
        TrainingControls controls = TrainingControls.NONE.withEarlyStopping(new EarlyStopping(50))
                .withLearningRateSchedule(Schedule.parse("plateau:patience=0,factor=0.5"));
        ControlledRun a = new ControlledRun(network(3), TRAIN, CONTRARY, new Sgd(0.05), ONLINE_10, controls);
        assertEquals(new ControlState(org.momentum4j.schedule.PlateauState.INITIAL, EarlyStoppingState.INITIAL, null,
                DivergenceState.INITIAL, a.trainingRun().network().parameters(), 0),
                a.state());
        for (int e = 0; e < 4; e++) {
            a.runEpoch();
        }
        ControlState saved = a.state();
        assertNotEquals(org.momentum4j.schedule.PlateauState.INITIAL, saved.plateau());
        assertTrue(saved.earlyStopping().bestEpoch() >= 1);
        assertEquals(saved.bestParameters().length, a.trainingRun().network().parameterCount());

        ControlledRun b = new ControlledRun(network(4), TRAIN, CONTRARY, new Sgd(0.05), ONLINE_10, controls);
        b.restore(saved);
        assertEquals(saved, b.state());
        saved.bestParameters()[0] = 42; // a copy: the saved state cannot be changed through it
        assertEquals(saved, b.state());

        double[] wrong = new double[3];
        assertEquals("saved best weights have 3 values but the network has 43 parameters",
                assertThrows(IllegalArgumentException.class, () -> b.restore(
                        new ControlState(saved.plateau(), saved.earlyStopping(), wrong, saved.divergence(),
                                saved.lastGoodParameters(), saved.lastGoodEpoch()))).getMessage());
    }

    @Test
    void finishedRunsRefuseMoreEpochs() {
        ControlledRun run = new ControlledRun(network(3), TRAIN, null, new Sgd(0.05), TrainingConfig.online(1, 7),
                TrainingControls.NONE);
        EpochStats stats = run.runEpoch();
        assertTrue(run.isFinished());
        assertNull(run.validation());
        assertTrue(Double.isNaN(stats.validationLoss()));
        assertEquals("the run is finished after epoch 1",
                assertThrows(IllegalStateException.class, run::runEpoch).getMessage());
        TrainingResult result = run.finish(List.of(stats));
        assertEquals("completed 1 epochs", result.describeStop());
        assertEquals(0, result.bestEpoch());
    }

    @Test
    void finishingEndsTheRunEvenBeforeItsLastEpoch() {
        ControlledRun run = new ControlledRun(network(3), TRAIN, CONTRARY, new Sgd(0.05), ONLINE_10,
                TrainingControls.NONE.withEarlyStopping(new EarlyStopping(50)));
        List<EpochStats> history = List.of(run.runEpoch(), run.runEpoch());
        TrainingResult result = run.finish(history);
        assertTrue(run.isFinished());
        assertEquals(StopReason.INTERRUPTED, result.stopReason()); // ended by the caller before its 10 epochs
        assertTrue(result.describeStop().startsWith("interrupted after epoch 2"), result.describeStop());
        assertThrows(IllegalStateException.class, run::runEpoch);
    }

    private static int argMinValidation(List<EpochStats> history) {
        int best = 0;
        double loss = Double.POSITIVE_INFINITY;
        for (EpochStats s : history) {
            if (s.validationLoss() < loss) {
                loss = s.validationLoss();
                best = s.epoch();
            }
        }
        return best;
    }
}
