package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Optimizer;

/**
 * Mini-batch training must give bit-identical weights and losses whatever the thread count, and the same
 * bits as the plain sequential loop ({@link TrainingFixtures#referenceTraining}). Batch sizes cover one chunk
 * ({@code < 64} items), several chunks with a remainder, a last batch of one item, and the full batch; the
 * network has a layer wide enough for the vectorised row copies (33 units) and narrow ones.
 */
class ParallelTrainingTest {
    private static final Dataset DATA = TrainingFixtures.randomClassification(151, 40, 5, 7);
    private static final Architecture ARCH = Architecture.classifier(Activation.TANH, 40, 33, 9, 5);
    private static final Optimizer RULE = new HeavyBall(0.05, 0.9, 0.0, MomentumForm.LR_INSIDE, 1e-3);

    @ParameterizedTest
    @ValueSource(ints = {7, 64, 75, 150, TrainingConfig.FULL_BATCH})
    void oneTwoAndThreeThreadsGiveTheSameBitsAsTheSequentialLoop(int batch) {
        TrainingConfig config = new TrainingConfig(3, batch, 11);
        Network reference = Network.create(ARCH, WeightInit.auto(), 5);
        double[] referenceLosses = TrainingFixtures.referenceTraining(reference, DATA, RULE, config);
        for (int threads = 1; threads <= 3; threads++) {
            Network net = Network.create(ARCH, WeightInit.auto(), 5);
            TrainingResult result = new Trainer(RULE, config, Parallelism.of(threads)).fit(net, DATA);
            assertArrayEquals(reference.parameters(), net.parameters(), "threads " + threads + ", batch " + batch);
            for (int e = 0; e < config.epochs(); e++) {
                assertEquals(referenceLosses[e], result.history().get(e).trainingLoss(), 0.0,
                        "epoch " + e + " loss, threads " + threads);
            }
        }
    }

    @Test
    void regressionWithSigmoidOutputsAndMoreThreadsThanItemsPerChunk() {
        Architecture arch = Architecture.of(40, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(3, Activation.RELU),
                LayerSpec.of(5, Activation.SIGMOID));
        TrainingConfig config = new TrainingConfig(2, 4, 3);
        Network reference = Network.create(arch, WeightInit.auto(), 9);
        TrainingFixtures.referenceTraining(reference, DATA, RULE, config);
        Network net = Network.create(arch, WeightInit.auto(), 9);
        new Trainer(RULE, config, Parallelism.of(7)).fit(net, DATA);
        assertArrayEquals(reference.parameters(), net.parameters());
    }

    @Test
    void epochStatisticsCountCorrectItemsAsTheSequentialLoopWould() {
        TrainingConfig config = new TrainingConfig(1, 32, 2);
        Network a = Network.create(ARCH, WeightInit.auto(), 1);
        Network b = Network.create(ARCH, WeightInit.auto(), 1);
        EpochStats one = new Trainer(RULE, config).fit(a, DATA).last();
        EpochStats two = new Trainer(RULE, config, Parallelism.of(2)).fit(b, DATA).last();
        assertEquals(one.trainingAccuracy(), two.trainingAccuracy(), 0.0);
        assertEquals(one.trainingLoss(), two.trainingLoss(), 0.0);
    }

    @Test
    void threadCountIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallelism.of(0));
        assertEquals("threads must be in [1, 256], got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallelism.of(257));
        assertEquals(List.of(1, 2), List.of(Parallelism.SINGLE.threads(), Parallelism.of(2).threads()));
    }
}
