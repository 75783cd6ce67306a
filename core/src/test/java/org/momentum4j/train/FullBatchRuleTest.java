package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.train.ControlsFixture.TRAIN;
import static org.momentum4j.train.ControlsFixture.network;

import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Rprop;

/** Rprop needs the gradient over all items: online and mini-batch training are refused, full batch learns. */
class FullBatchRuleTest {

    @Test
    void onlineTrainingIsRefusedNamingTheBatchSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(network(1), TRAIN, new Rprop(0.01), TrainingConfig.online(10, 1)));
        assertEquals("rprop needs full-batch training, but got online training (batch size 1) on the 120 rows of "
                + TRAIN.name() + "; use a batch size of at least 120 (TrainingConfig.fullBatch)", e.getMessage());
    }

    @Test
    void miniBatchTrainingIsRefusedNamingTheBatchSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(new Rprop(0.01),
                new TrainingConfig(10, 32, 1)).fit(network(1), TRAIN));
        assertTrue(e.getMessage().startsWith("rprop needs full-batch training, but got mini-batch training (batch size"
                + " 32) on the 120 rows"), e.getMessage());
    }

    @Test
    void fullBatchTrainingLearnsIris() {
        Network net = network(1);
        double before = Evaluation.of(net, TRAIN).loss();
        new Trainer(new Rprop(0.01), TrainingConfig.fullBatch(100, 1)).fit(net, TRAIN);
        Evaluation after = Evaluation.of(net, TRAIN);
        assertTrue(after.loss() < before / 5, "loss " + before + " -> " + after.loss());
        assertTrue(after.accuracy() >= 0.95, "accuracy " + after.accuracy());
        // a batch size equal to the rows is full batch too
        new TrainingRun(network(1), TRAIN, new Rprop(0.01), new TrainingConfig(1, 120, 1));
    }
}
