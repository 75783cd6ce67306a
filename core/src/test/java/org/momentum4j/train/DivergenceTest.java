package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.fixtures.KnownHessian;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Sgd;

/**
 * Divergence is provoked where theory says it must happen: full-batch SGD on a quadratic whose largest
 * Hessian eigenvalue is L = 8 ({@link KnownHessian}) is stable exactly for lr &lt; 2/L = 0.25. At lr 0.3 the
 * top mode grows by |1 - 8 * 0.3| = 1.4 per epoch while the others shrink, so the loss first falls, then
 * climbs without bound. At half that rate, 0.15, every mode shrinks.
 */
class DivergenceTest {
    private static final TrainingConfig FULL_BATCH = TrainingConfig.fullBatch(200, 1);

    private static TrainingResult fit(double lr, DivergencePolicy policy, List<DivergenceEvent> heard) {
        Trainer trainer = new Trainer(new Sgd(lr), FULL_BATCH, TrainingControls.NONE.withDivergence(policy));
        return trainer.fit(KnownHessian.network(), KnownHessian.data(), null, new TrainingListener() {
            @Override
            public void onEpochEnd(EpochStats stats) {
            }

            @Override
            public void onDivergence(DivergenceEvent event) {
                heard.add(event);
            }
        });
    }

    @Test
    void stopsAtTheFirstDivergenceWithTheLastGoodWeights() {
        List<DivergenceEvent> heard = new ArrayList<>();
        TrainingResult result = fit(0.3, DivergencePolicy.STOP, heard);
        assertEquals(StopReason.DIVERGED, result.stopReason());
        assertEquals(1, result.divergences().size());
        assertEquals(result.divergences(), heard, "the listener hears of it");
        DivergenceEvent event = result.divergences().get(0);
        assertFalse(event.recovered());
        assertEquals(0.3, event.learningRate(), 0.0);
        assertTrue(event.loss() > 10 * event.bestLoss(), "diverged means over 10x the best: " + event.describe());
        // Full batch: epoch e's loss is the loss at the weights it started from (those of epoch e - 1).
        // The last good epoch is event.epoch() - 1, so the weights kept are those of epoch event.epoch() - 2.
        int good = result.weightsEpoch();
        assertEquals(event.epoch() - 2, good);
        // They are exactly those of an undisturbed run of `good` epochs.
        Network reference = KnownHessian.network();
        new Trainer(new Sgd(0.3), TrainingConfig.fullBatch(good, 1)).fit(reference, KnownHessian.data());
        assertArrayEquals(reference.parameters(), result.network().parameters(), 0.0);
        assertTrue(result.describeStop().contains("learning rate 0.3"), result.describeStop());
        assertTrue(result.describeStop().contains("Try a smaller learning rate"), result.describeStop());
    }

    @Test
    void recoverHalvesTheLearningRateAndConverges() {
        List<DivergenceEvent> heard = new ArrayList<>();
        TrainingResult result = fit(0.3, DivergencePolicy.recover(), heard);
        assertEquals(StopReason.COMPLETED, result.stopReason());
        assertEquals(1, result.divergences().size(), "0.15 is below 2/L, so one recovery is enough");
        DivergenceEvent event = result.divergences().get(0);
        assertTrue(event.recovered());
        assertEquals(0.15, event.newLearningRate(), 0.0);
        assertEquals(0.15, result.last().learningRate(), 0.0);
        // At 0.15 the slowest mode (lambda 0.5) shrinks by 0.925 per epoch, its loss by 0.856: over the
        // ~180 epochs after the recovery, far below 1e-9 of where training started.
        double first = result.history().get(0).trainingLoss();
        assertTrue(result.last().trainingLoss() < 1e-9 * first, "converged: " + result.last().trainingLoss());
    }

    @Test
    void nonFiniteLossInTheFirstEpochLeavesTheInitialWeights() {
        // Online at lr 1e200 on the quadratic: the first update multiplies the weights by ~1e201, the second
        // overflows them to infinity, so the first epoch's loss is not finite.
        Network net = KnownHessian.network();
        double[] initial = net.parameters().clone();
        TrainingResult result = new Trainer(new Sgd(1e200), TrainingConfig.online(5, 1))
                .fit(net, KnownHessian.data());
        assertEquals(StopReason.DIVERGED, result.stopReason());
        assertEquals(1, result.stoppedAtEpoch());
        assertFalse(Double.isFinite(result.divergences().get(0).loss()));
        assertArrayEquals(initial, net.parameters(), 0.0, "no NaN left behind");
    }

    @Test
    void aFirstEpochThatBlowsUpIsCaughtAgainstTheStartingLoss() {
        // Starting loss by hand: predictions 1.3, -1.1, -0.1, 0.3 against targets 8.5, -7.5, -0.5, 1.5 give
        // errors -7.2, 6.4, 0.4, -1.2, so the loss is (51.84 + 40.96 + 0.16 + 1.44) / 2 / 4 = 11.8.
        // Online SGD at lr 1: an x1 row (x1 = +-4) changes w1 by 4 * error, overshooting w1's error by a factor
        // |1 - 16| = 15 (w1 goes from 0.3 to about 29), so the other x1 row, also in epoch 1, alone has a loss in
        // the thousands: the first epoch's loss is finite but far over 10 x 11.8, whatever the item order.
        Network net = KnownHessian.network();
        double[] initial = net.parameters().clone();
        TrainingResult result = new Trainer(new Sgd(1.0), TrainingConfig.online(5, 1)).fit(net, KnownHessian.data());
        assertEquals(StopReason.DIVERGED, result.stopReason());
        assertEquals(1, result.stoppedAtEpoch());
        DivergenceEvent event = result.divergences().get(0);
        assertEquals(11.8, event.bestLoss(), 1e-12);
        assertTrue(Double.isFinite(event.loss()) && event.loss() > 118, event.describe());
        assertEquals(0, result.weightsEpoch());
        assertArrayEquals(initial, net.parameters(), 0.0, "the starting weights are kept");
    }

    @Test
    void recoveriesRunOutAndThenItStops() {
        // lr 1e200 stays divergent after 3 halvings (1.25e199 still overflows within an epoch).
        Trainer trainer = new Trainer(new Sgd(1e200), TrainingConfig.online(10, 1),
                TrainingControls.NONE.withDivergence(new DivergencePolicy(DivergencePolicy.Action.RECOVER, 10, 3)));
        TrainingResult result = trainer.fit(KnownHessian.network(), KnownHessian.data());
        assertEquals(StopReason.DIVERGED, result.stopReason());
        assertEquals(4, result.divergences().size());
        assertEquals(3, result.divergences().stream().filter(DivergenceEvent::recovered).count());
    }

    @Test
    void policySettingsAreValidated() {
        assertEquals("divergence loss factor must be > 1, got 1.0", assertThrows(IllegalArgumentException.class,
                () -> new DivergencePolicy(DivergencePolicy.Action.STOP, 1, 0)).getMessage());
        assertEquals("unknown divergence policy 'retry': expected stop or recover",
                assertThrows(IllegalArgumentException.class, () -> DivergencePolicy.parse("retry")).getMessage());
        assertEquals(DivergencePolicy.Action.RECOVER, DivergencePolicy.parse("Recover").action());
    }
}
