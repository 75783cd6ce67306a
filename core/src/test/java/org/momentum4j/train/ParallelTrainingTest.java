package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.AdaGrad;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.AdamW;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.optim.RmsProp;
import org.momentum4j.optim.Rprop;
import org.momentum4j.optim.Sgd;

/**
 * Mini-batch training must give bit-identical weights and losses whatever the thread count, and the same
 * bits as the plain sequential loop ({@link TrainingFixtures#referenceTraining}), whose step is one
 * whole-array {@link Optimizer#step}, while training splits it by parameter range across threads. Batch
 * sizes cover one chunk ({@code < 64} items), several chunks with a remainder, a last batch of one item, and
 * the full batch; the network has a layer wide enough for the vectorised row copies (33 units) and narrow
 * ones.
 */
class ParallelTrainingTest {
    private static final Dataset DATA = TrainingFixtures.randomClassification(151, 40, 5, 7, 0.3);
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

    /** Every built-in rule steps by parameter range on the worker threads; one with several blocks per layer. */
    static Stream<Optimizer> everyRule() {
        return Stream.of(
                new Sgd(0.05, 1e-3), new ArticleMomentum(0.05, 0.9, 1e-3),
                new HeavyBall(0.05, 0.9, 0.25, MomentumForm.LR_OUTSIDE, 1e-3),
                new Nesterov(0.05, 0.9), new Nesterov(0.05, 0.9, MomentumForm.LR_OUTSIDE, 1e-3),
                new AdaGrad(0.05, 1e-10, 0.1, 1e-3), new RmsProp(0.01, 0.9, 1e-8, 0.5, true, 1e-3),
                new Adam(0.01, 0.9, 0.999, 1e-8, 1e-3, true), new AdamW(0.01), new Rprop(0.01));
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void everyRuleGivesTheSequentialBitsWithOneTwoAndThreeThreads(Optimizer rule) {
        // 151 rows: batches of 33 end with one of 19 items, batches of 75 with one of a single item, and
        // 70 items cover two chunks (64 + 6); Rprop only takes the full batch (three chunks).
        Architecture wide = Architecture.classifier(Activation.TANH, 40, 70, 33, 5); // 5,383 parameters
        assertTrue(BatchGradient.blocks(wide, BatchGradient.BLOCK).length > 4, "several row blocks to share");
        int[] batches = rule.requiresFullBatch() ? new int[] {TrainingConfig.FULL_BATCH} : new int[] {33, 70, 75};
        for (int batch : batches) {
            TrainingConfig config = new TrainingConfig(2, batch, 4);
            Network reference = Network.create(wide, WeightInit.auto(), 3);
            double[] referenceLosses = TrainingFixtures.referenceTraining(reference, DATA, rule, config);
            for (int threads = 1; threads <= 3; threads++) {
                Network net = Network.create(wide, WeightInit.auto(), 3);
                TrainingResult result = new Trainer(rule, config, Parallelism.of(threads)).fit(net, DATA);
                String where = rule.describe() + ", batch " + batch + ", threads " + threads;
                assertArrayEquals(reference.parameters(), net.parameters(), where);
                for (int e = 0; e < config.epochs(); e++) {
                    assertEquals(referenceLosses[e], result.history().get(e).trainingLoss(), 0.0, where + ", epoch " + e);
                }
            }
        }
    }

    @Test
    void aRuleThatCanOnlyStepWholeIsSteppedWholeWithTheSameBits() {
        Optimizer wholeOnly = new WholeStepOnly(RULE);
        TrainingConfig config = new TrainingConfig(2, 33, 8);
        Network reference = Network.create(ARCH, WeightInit.auto(), 2);
        TrainingFixtures.referenceTraining(reference, DATA, RULE, config);
        for (int threads = 1; threads <= 3; threads++) {
            Network net = Network.create(ARCH, WeightInit.auto(), 2);
            new Trainer(wholeOnly, config, Parallelism.of(threads)).fit(net, DATA);
            assertArrayEquals(reference.parameters(), net.parameters(), "threads " + threads);
        }
    }

    /** {@code rule} without its range kernel: training must fall back to whole-array steps. */
    private record WholeStepOnly(Optimizer rule) implements Optimizer {
        @Override
        public double learningRate() {
            return rule.learningRate();
        }

        @Override
        public double momentum() {
            return rule.momentum();
        }

        @Override
        public OptimizerState newState(int parameterCount) {
            return rule.newState(parameterCount);
        }

        @Override
        public void step(double[] w, double[] g, OptimizerState state) {
            rule.step(w, g, state);
        }

        @Override
        public String describe() {
            return rule.describe();
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
