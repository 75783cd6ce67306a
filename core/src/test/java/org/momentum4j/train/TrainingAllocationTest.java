package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;

/**
 * After warm-up, an epoch allocates a fixed handful of objects (its statistics, the shuffle's generator,
 * worker threads when parallel) and nothing per item: over 20,000 items the calling thread's allocation
 * must stay under a per-epoch budget far below one byte per item. Covers the fused online path, the
 * generic online path (a rule without a row kernel), and mini-batches on one and two threads.
 */
class TrainingAllocationTest {
    private static final int ROWS = 20_000;
    private static final Dataset DATA = TrainingFixtures.randomClassification(ROWS, 4, 3, 1);
    /** Per epoch: EpochStats, Duration, the shuffle's generator; with threads, Thread objects and stacks' metadata. */
    private static final long EPOCH_BUDGET_BYTES = 16 * 1024;

    @ParameterizedTest(name = "{0}, batch {1}, threads {2}")
    @CsvSource({"fused, 1, 1", "generic, 1, 1", "fused, 32, 1", "fused, 32, 2", "fused, 256, 2"})
    void anEpochAllocatesNothingPerItem(String path, int batch, int threads) {
        Optimizer rule = path.equals("fused") ? new HeavyBall(0.01, 0.9) : new GenericOnly(new Sgd(0.01));
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 7, 3), WeightInit.auto(), 1);
        TrainingRun run = new TrainingRun(net, DATA, rule, new TrainingConfig(1000, batch, 1),
                Parallelism.of(threads));
        for (int e = 0; e < 5; e++) {
            run.runEpoch();
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        run.runEpoch();
        run.runEpoch();
        long bytes = bean.getThreadAllocatedBytes(id) - before;
        assertTrue(bytes < 2 * EPOCH_BUDGET_BYTES, "two epochs of " + ROWS + " items allocated " + bytes + " bytes");
    }

    /** Delegates to a rule but hides its row kernel, forcing the generic gradient-then-step path. */
    private record GenericOnly(Optimizer rule) implements Optimizer {
        @Override
        public double learningRate() {
            return rule.learningRate();
        }

        @Override
        public org.momentum4j.optim.OptimizerState newState(int parameterCount) {
            return rule.newState(parameterCount);
        }

        @Override
        public void step(double[] w, double[] g, org.momentum4j.optim.OptimizerState state) {
            rule.step(w, g, state);
        }

        @Override
        public String describe() {
            return rule.describe();
        }
    }
}
