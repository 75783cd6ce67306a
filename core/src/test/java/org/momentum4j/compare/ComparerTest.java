package org.momentum4j.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import org.momentum4j.train.Trainer;

class ComparerTest {

    private static Comparison smallIris() {
        return DefaultComparison.iris().withEpochs(4).withSeeds(List.of(1L, 2L));
    }

    @Test
    void everySettingOfASeedStartsFromTheSameWeights() {
        Comparison c = smallIris();
        Map<String, double[]> starts = new HashMap<>();
        new Comparer(2).run(c, new ComparisonListener() {
            @Override
            public void onRunStart(Optimizer optimizer, long seed, Network network) {
                starts.put(seed + " " + optimizer.describe(), network.parameters().clone());
            }
        });
        assertEquals(8, starts.size());
        for (long seed : c.seeds()) {
            double[] expected = c.initialNetwork(seed).parameters();
            for (Optimizer o : c.optimizers()) {
                assertArrayEquals(expected, starts.get(seed + " " + o.describe()), o.describe() + ", seed " + seed);
            }
        }
        assertFalse(Arrays.equals(starts.get("1 sgd lr=0.05"), starts.get("2 sgd lr=0.05")),
                "different seeds must draw different weights");
    }

    @Test
    void eachRunIsExactlyWhatTheTrainerDoesWithThatSeed() {
        // Same initial weights and the same item order as a plain Trainer run with the seed, bit for bit.
        Comparison c = smallIris();
        ComparisonResult result = new Comparer(3).run(c);
        for (RunResult run : result.runs()) {
            Network expected = c.initialNetwork(run.seed());
            new Trainer(run.optimizer(), c.config(run.seed())).fit(expected, c.train());
            assertArrayEquals(expected.parameters(), run.network().parameters(), run.label() + ", seed " + run.seed());
        }
    }

    @Test
    void resultsAreBitIdenticalWhateverTheThreadCount() {
        Comparison c = smallIris().withOptimizers(List.of(new Sgd(0.05), new ArticleMomentum(0.05, 0.75),
                new HeavyBall(0.05, 0.9), new Nesterov(0.05, 0.9), new Sgd(1e308))).withTargetLoss(0.3);
        ComparisonResult one = new Comparer(1).run(c);
        ComparisonResult three = new Comparer(3).run(c);
        assertEquals(one.runs().size(), three.runs().size());
        for (int i = 0; i < one.runs().size(); i++) {
            RunResult a = one.runs().get(i);
            RunResult b = three.runs().get(i);
            assertEquals(a.optimizer(), b.optimizer());
            assertEquals(a.seed(), b.seed());
            assertEquals(a.curve(), b.curve());
            assertEquals(a.divergedAt(), b.divergedAt());
            assertEquals(a.epochsToTarget(), b.epochsToTarget());
            assertArrayEquals(a.network().parameters(), b.network().parameters());
        }
        assertTrue(one.runs().stream().anyMatch(RunResult::diverged), "the lr=1e308 runs diverge");
    }

    @Test
    void epochsAndItemsToTargetFollowTheClosedForm() {
        // lr = 0.25 quarters the loss every epoch: epoch k sees L0 / 4^(k-1) = L0, L0/4, L0/16, L0/64, ...
        // A target of L0/40 lies between L0/16 (epoch 3) and L0/64 (epoch 4): reached at epoch 4, after
        // 4 epochs x 1 item = 4 items. A target of L0/1e6 needs 4^(k-1) >= 1e6, k = 11, beyond 8 epochs.
        Comparison base = Comparison.of(Line.data(), null, Line.architecture(), Line.init(), List.of(new Sgd(0.25)), 8);
        double l0 = base.initialNetwork(1).parameters()[0] + base.initialNetwork(1).parameters()[1];
        l0 = l0 * l0 / 2;
        RunResult reached = new Comparer(1).run(base.withTargetLoss(l0 / 40)).runs().get(0);
        assertEquals(4, reached.epochsToTarget());
        assertEquals(4, reached.itemsToTarget());
        assertTrue(reached.reachedTarget());
        RunResult missed = new Comparer(1).run(base.withTargetLoss(l0 / 1e6)).runs().get(0);
        assertFalse(missed.reachedTarget());
        assertEquals(-1, missed.epochsToTarget());
        assertEquals(-1, missed.itemsToTarget());
        RunResult none = new Comparer(1).run(base).runs().get(0);
        assertEquals(-1, none.epochsToTarget(), "no target: never reached");
    }

    @Test
    void aDivergedRunIsMarkedAndKeptOutOfTheAverages() {
        // lr = 1.5 quadruples the loss each epoch: diverged at epoch 3 (16 L0 > 10 L0), see MonitoredRunTest.
        Comparison c = Comparison.of(Line.data(), null, Line.architecture(), Line.init(),
                List.of(new Sgd(0.25), new Sgd(1.5)), 6).withSeeds(List.of(1L, 2L, 3L));
        ComparisonResult result = new Comparer(2).run(c);
        SettingSummary good = result.summaries().get(0);
        SettingSummary bad = result.summaries().get(1);
        assertEquals(0, good.divergedCount());
        assertEquals(3, good.finalTrainingLoss().count());
        assertEquals(3, bad.divergedCount());
        for (RunResult r : bad.runs()) {
            assertEquals(3, r.divergedAt());
            assertEquals(4, r.curve().size(), "stopped at once: epochs 0..3 only");
        }
        assertEquals(0, bad.finalTrainingLoss().count());
        assertTrue(Double.isNaN(bad.finalTrainingLoss().mean()));
        assertEquals(4, bad.meanCurve().size(), "an all-diverged setting still has its curve as far as it got");
    }

    @Test
    void summariesAverageOverSeedsInTheComparisonsOrder() {
        Comparison c = smallIris();
        ComparisonResult result = new Comparer(2).run(c);
        List<SettingSummary> summaries = result.summaries();
        assertEquals(c.optimizers().size(), summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            SettingSummary s = summaries.get(i);
            assertEquals(c.optimizers().get(i), s.optimizer());
            List<RunResult> runs = s.runs();
            assertEquals(List.of(1L, 2L), runs.stream().map(RunResult::seed).toList());
            double a = runs.get(0).finalValidationLoss();
            double b = runs.get(1).finalValidationLoss();
            assertEquals((a + b) / 2, s.finalValidationLoss().mean(), 1e-15);
            // sample std of two numbers: |a - b| / sqrt(2)
            assertEquals(Math.abs(a - b) / Math.sqrt(2), s.finalValidationLoss().std(), 1e-15);
            for (int e = 0; e <= c.epochs(); e++) {
                double mean = (runs.get(0).curve().get(e).trainingLoss() + runs.get(1).curve().get(e).trainingLoss()) / 2;
                assertEquals(mean, s.meanCurve().get(e).trainingLoss(), 1e-15);
            }
        }
    }

    @Test
    void theDefaultComparisonShowsMomentumReachingTheTargetSooner() {
        // The article's demo: for small steps the article's rule acts like SGD with lr*(1+mu) and heavy-ball
        // like lr/(1-mu); with mu = 0.75 both take bigger effective steps than plain SGD and should get to the
        // target loss in fewer epochs.
        Comparison c = DefaultComparison.iris();
        assertEquals(120, c.train().rows());
        assertEquals(30, c.validation().rows());
        assertEquals("4-tanh(5)-softmax(3) cross-entropy", c.architecture().toString());
        assertEquals(List.of("sgd lr=0.05", "article lr=0.05 momentum=0.75", "momentum lr=0.05 momentum=0.75",
                "nesterov lr=0.05 momentum=0.75"), c.optimizers().stream().map(Optimizer::describe).toList());
        ComparisonResult result = new Comparer(2).run(c);
        List<SettingSummary> s = result.summaries();
        for (SettingSummary summary : s) {
            assertEquals(0, summary.divergedCount(), summary.label());
            assertEquals(1, summary.reachedCount(), summary.label());
            assertTrue(summary.finalValidationAccuracy().mean() >= 0.9, summary.label());
        }
        double sgd = s.get(0).epochsToTarget().mean();
        for (int i = 1; i < 4; i++) {
            assertTrue(s.get(i).epochsToTarget().mean() < sgd, s.get(i).label() + " vs sgd");
        }
    }

    @Test
    void badComparisonsAreRejectedWithOneLine() {
        Comparison c = DefaultComparison.iris();
        assertEquals("optimizer setting 'sgd lr=0.05' is listed twice", assertThrows(IllegalArgumentException.class,
                () -> c.withOptimizers(List.of(new Sgd(0.05), new Sgd(0.05)))).getMessage());
        assertEquals("a comparison needs at least one optimizer setting, got none",
                assertThrows(IllegalArgumentException.class, () -> c.withOptimizers(List.of())).getMessage());
        assertEquals("seeds must differ, got [3, 3]",
                assertThrows(IllegalArgumentException.class, () -> c.withSeeds(List.of(3L, 3L))).getMessage());
        assertEquals("target loss must be finite and > 0 (or NaN for none), got -1.0",
                assertThrows(IllegalArgumentException.class, () -> c.withTargetLoss(-1)).getMessage());
        assertEquals("epochs must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> c.withEpochs(0)).getMessage());
        assertEquals("the network takes 1 inputs but the training data iris/train has 4 features",
                assertThrows(IllegalArgumentException.class, () -> Comparison.of(c.train(), null, Line.architecture(),
                        Line.init(), List.of(new Sgd(0.1)), 1)).getMessage());
        assertEquals("'rprop lr=0.01' needs full-batch training, but the batch size is 1 and the training data has 120"
                + " rows", assertThrows(IllegalArgumentException.class,
                        () -> c.withOptimizers(List.of(new org.momentum4j.optim.Rprop(0.01)))).getMessage());
        assertEquals(1, new Comparer(1).run(c.withEpochs(2).withBatchSize(120)
                .withOptimizers(List.of(new org.momentum4j.optim.Rprop(0.01)))).runs().size(), "full batch is fine");
        assertEquals("threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Comparer(0)).getMessage());
    }

    @Test
    void meanAndSampleStandardDeviationByHand() {
        // 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance
        // 32 / 7.
        MeanStd m = MeanStd.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(5.0, m.mean(), 0);
        assertEquals(Math.sqrt(32.0 / 7), m.std(), 1e-15);
        assertEquals(8, m.count());
        assertTrue(Double.isNaN(MeanStd.of(3).std()));
        assertEquals(3, MeanStd.of(3).mean());
        assertTrue(Double.isNaN(MeanStd.of().mean()));
    }
}
