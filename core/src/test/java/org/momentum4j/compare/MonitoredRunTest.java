package org.momentum4j.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.Sgd;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.TrainingConfig;

class MonitoredRunTest {

    @Test
    void aGrowingLossIsDivergedOnceItPassesTheFactorAndTheRunStops() {
        // lr = 1.5: loss x4 per epoch, so epochs 1, 2, 3 see L0, 4 L0, 16 L0; with factor 10 the third
        // epoch is the first above 10 L0.
        Network net = Network.create(Line.architecture(), Line.init(), 3);
        MonitoredRun run = new MonitoredRun(net, Line.data(), null, new Sgd(1.5), TrainingConfig.online(50, 1), 10);
        List<EpochPoint> heard = new ArrayList<>();
        run.advanceTo(50, heard::add);
        assertTrue(run.diverged());
        assertEquals(3, run.divergedAt());
        assertEquals(3, run.epochsDone());
        assertEquals(4, run.curve().size());
        assertEquals(3, heard.size());
        double l0 = run.startLoss();
        assertEquals(4 * l0, run.curve().get(2).trainingLoss(), 1e-12 * l0);
        assertEquals(16 * l0, run.curve().get(3).trainingLoss(), 1e-12 * l0);
        run.advanceTo(50, p -> { throw new AssertionError("a diverged run must not train on"); });
        assertEquals(3, run.epochsDone());
    }

    @Test
    void theSameGrowthWithAHigherFactorIsNotDiverged() {
        // 4^(k-1) stays below 100 for k <= 4.
        Network net = Network.create(Line.architecture(), Line.init(), 3);
        MonitoredRun run = new MonitoredRun(net, Line.data(), null, new Sgd(1.5), TrainingConfig.online(4, 1), 100);
        run.advanceTo(4, p -> { });
        assertFalse(run.diverged());
        assertEquals(-1, run.divergedAt());
    }

    @Test
    void aNonFiniteLossIsDivergedAtTheEpochItAppearsWhateverTheFactor() {
        // lr = 1e308 overflows the first updates to infinite weights; inf - inf in the next forward pass
        // makes the loss NaN within the first epoch. The factor is set so high that only the finiteness
        // check can fire.
        TrainTestSplit split = iris();
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 1);
        MonitoredRun run = new MonitoredRun(net, split.train(), split.test(), new Sgd(1e308),
                TrainingConfig.online(20, 1), 1e300);
        run.advanceTo(20, p -> { });
        assertTrue(run.diverged());
        assertEquals(1, run.divergedAt());
        assertEquals(1, run.epochsDone());
        assertTrue(Double.isNaN(run.last().trainingLoss()));
    }

    @Test
    void epochZeroIsTheUntrainedNetworkEvaluated() {
        TrainTestSplit split = iris();
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 5);
        Evaluation train = Evaluation.of(net, split.train());
        Evaluation valid = Evaluation.of(net, split.test());
        MonitoredRun run = new MonitoredRun(net, split.train(), split.test(), new Sgd(0.05), TrainingConfig.online(3, 1), 10);
        assertEquals(new EpochPoint(0, train.loss(), train.accuracy(), valid.loss(), valid.accuracy()), run.curve().get(0));
        assertEquals(0, run.epochsDone());
    }

    @Test
    void advancingInStagesEqualsAdvancingAtOnce() {
        TrainTestSplit split = iris();
        Architecture arch = Architecture.classifier(Activation.TANH, 4, 5, 3);
        Network a = Network.create(arch, WeightInit.auto(), 9);
        Network b = a.copy();
        ArticleMomentum rule = new ArticleMomentum(0.05, 0.75);
        MonitoredRun staged = new MonitoredRun(a, split.train(), split.test(), rule, TrainingConfig.online(9, 4), 10);
        staged.advanceTo(1, p -> { });
        staged.advanceTo(3, p -> { });
        staged.advanceTo(9, p -> { });
        MonitoredRun once = new MonitoredRun(b, split.train(), split.test(), rule, TrainingConfig.online(9, 4), 10);
        once.advanceTo(9, p -> { });
        assertArrayEquals(once.network().parameters(), staged.network().parameters());
        assertEquals(once.curve(), staged.curve());
        assertEquals(9L * split.train().rows(), staged.itemsSeen());
    }

    @Test
    void refusesToGoPastItsConfiguredEpochsAndBadFactors() {
        Network net = Network.create(Line.architecture(), Line.init(), 3);
        MonitoredRun run = new MonitoredRun(net, Line.data(), null, new Sgd(0.1), TrainingConfig.online(2, 1), 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.advanceTo(3, p -> { }));
        assertEquals("this run may take at most 2 epochs, asked for 3", e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> new MonitoredRun(
                net, Line.data(), null, new Sgd(0.1), TrainingConfig.online(2, 1), 1.0));
        assertEquals("divergence factor must be finite and > 1, got 1.0", f.getMessage());
    }

    static TrainTestSplit iris() {
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, 1);
        Standardizer z = Standardizer.fit(split.train());
        return new TrainTestSplit(z.apply(split.train()), z.apply(split.test()));
    }
}
