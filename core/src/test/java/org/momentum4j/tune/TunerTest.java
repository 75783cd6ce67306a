package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.OptimizerSpec;

class TunerTest {
    private static final Dataset IRIS = Datasets.iris();
    private static final Architecture NET = Architecture.classifier(Activation.TANH, 4, 5, 3);

    /**
     * sgd (3 learning rates) and nesterov (3 x 3) = 12 candidates; eta 3 gives rungs of 12, 4 and 1 trials
     * at 1, 3 and 9 epochs. Learning rates up to 100 make some trials diverge.
     */
    private static Tuning halving() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd"), OptimizerSpec.parse("nesterov")),
                new ValueRange("learning rate", 0.01, 100), new ValueRange("momentum", 0, 0.9));
        return Tuning.of(IRIS, NET, WeightInit.auto(), space, new SuccessiveHalving(new Grid(3, 3), 3), 9)
                .withSeed(42);
    }

    /** Everything a trial reports except its wall time, for exact comparison. */
    private static List<Object> numbers(TrialResult r) {
        return List.of(r.index(), r.settings(), r.seed(), r.rung(), r.epochs(), r.validationLoss(),
                r.validationAccuracy(), r.trainingLoss(), r.divergedAt());
    }

    @Test
    void resultsAreBitIdenticalWhateverTheThreadCount() {
        Tuning tuning = halving().withSelection(new Selection.KFold(3));
        TuneResult one = new Tuner(1).run(tuning);
        TuneResult three = new Tuner(3).run(tuning);
        assertEquals(one.history().stream().map(TunerTest::numbers).toList(),
                three.history().stream().map(TunerTest::numbers).toList());
        assertEquals(one.ranked().stream().map(TrialResult::index).toList(),
                three.ranked().stream().map(TrialResult::index).toList());
    }

    @Test
    void successiveHalvingKeepsTheBestThirdOfEachRung() {
        TuneResult result = new Tuner(2).run(halving());
        assertEquals(List.of(new Rung(0, 12, 1), new Rung(1, 4, 3), new Rung(2, 1, 9)), result.rungs());
        for (int k = 1; k < result.rungs().size(); k++) {
            int rung = k;
            List<TrialResult> before = result.history().stream().filter(r -> r.rung() == rung - 1).toList();
            Set<Integer> expected = before.stream().filter(r -> !r.diverged())
                    .sorted((a, b) -> Double.compare(a.validationLoss(), b.validationLoss()))
                    .limit(result.rungs().get(k).trials()).map(TrialResult::index).collect(Collectors.toSet());
            Set<Integer> promoted = result.history().stream().filter(r -> r.rung() == rung)
                    .map(TrialResult::index).collect(Collectors.toSet());
            assertEquals(expected, promoted, "rung " + k);
            assertEquals(result.rungs().get(k).trials(), promoted.size());
            for (TrialResult r : result.history()) {
                if (r.rung() == rung) {
                    assertEquals(result.rungs().get(k).epochs(), r.epochs());
                }
            }
        }
        TrialResult best = result.best().orElseThrow();
        assertEquals(2, best.rung(), "the winner is the one trial that reached the last rung");
        assertEquals(9, best.epochs());
    }

    @Test
    void divergedTrialsStopAtOnceAndAreNeverRankedOrPromoted() {
        TuneResult result = new Tuner(2).run(halving());
        List<TrialResult> diverged = result.diverged();
        assertFalse(diverged.isEmpty(), "learning rate 100 must diverge");
        for (TrialResult d : diverged) {
            assertTrue(d.divergedAt() >= 0);
            assertEquals(d.divergedAt(), d.epochs(), "stopped at once");
            assertFalse(result.ranked().contains(d));
            assertEquals(1, result.history().stream().filter(r -> r.index() == d.index()).count(),
                    "a diverged trial is not promoted");
        }
        assertTrue(diverged.stream().anyMatch(d -> d.settings().learningRate() == 100));
        assertEquals(result.trials().size(), result.ranked().size() + diverged.size());
    }

    @Test
    void aPromotedTrialEqualsTheSameTrialTrainedInOneGo() {
        // Trial seeds depend only on settings, and item orders only on (seed, epoch): a trial continued from
        // 1 to 3 to 9 epochs matches a plain grid trial of 9 epochs with the same index, bit for bit.
        TuneResult halving = new Tuner(2).run(halving());
        Tuning gridOnly = Tuning.of(IRIS, NET, WeightInit.auto(), halving().space(), new Grid(3, 3), 9).withSeed(42);
        TuneResult grid = new Tuner(2).run(gridOnly);
        TrialResult best = halving.best().orElseThrow();
        TrialResult same = grid.trials().get(best.index());
        assertEquals(best.settings(), same.settings());
        assertEquals(best.seed(), same.seed());
        assertEquals(best.validationLoss(), same.validationLoss(), 0);
        assertEquals(best.trainingLoss(), same.trainingLoss(), 0);
    }

    @Test
    void theListenerHearsEveryRungAndEveryTrial() {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        TuneResult result = new Tuner(3).run(halving(), new TuningListener() {
            @Override
            public void onRungStart(Rung rung, int trials) {
                heard.add("rung " + rung.index());
            }

            @Override
            public void onTrialEnd(TrialResult r) {
                heard.add("trial");
            }
        });
        assertEquals(result.rungs().size(), heard.stream().filter(s -> s.startsWith("rung")).count());
        assertEquals(result.history().size(), heard.stream().filter(s -> s.equals("trial")).count());
        assertEquals("rung 0", heard.get(0));
    }

    @Test
    void aGridRanksEveryTrialByValidationLoss() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("article")),
                new ValueRange("learning rate", 0.01, 0.1), new ValueRange("momentum", 0.5, 0.9));
        TuneResult result = new Tuner(2).run(Tuning.of(IRIS, NET, WeightInit.auto(), space, new Grid(2, 2), 3));
        List<TrialResult> ranked = result.ranked();
        assertEquals(4, ranked.size());
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).validationLoss() <= ranked.get(i).validationLoss());
        }
        assertEquals(ranked.get(0), result.best().orElseThrow());
    }
}
