package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.VectorSupport;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;

/**
 * {@link TrainingStateMemoryTest} on the SIMD kernels (run with {@code --add-modules jdk.incubator.vector}),
 * whose workspaces also list each item's nonzero inputs and whose gradient sums keep a column of inputs.
 */
class TrainingStateMemoryVectorTest extends TrainingStateMemoryTest {
    @Test
    void theFastPathIsOnInThisJvm() {
        assertTrue(VectorSupport.enabled(), VectorSupport.describe());
    }

    /**
     * Vector API operations allocate their vectors until the JIT compiles them (tens of megabytes in a first
     * epoch), which is garbage, not training state: train the same rule and batch size on a throwaway
     * network first.
     */
    @Override
    void warmUp(Optimizer rule, int batchSize, Dataset data) {
        Network net = Network.create(Workload.W2.architecture(), WeightInit.auto(), 2);
        TrainingRun run = new TrainingRun(net, data, rule, new TrainingConfig(3, batchSize, 2));
        for (int e = 0; e < 3; e++) {
            run.runEpoch();
        }
    }
}
