package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;

/**
 * Issue 4's memory bound: a run's training state (weights, gradients, optimizer state, workspace and every
 * other buffer the run allocates) stays within 4 times the parameter bytes, for the momentum rules, online
 * and mini-batch, on the W2 shape (784-100-10, 79,510 parameters). Measured, not computed: the bytes the
 * thread allocates while the run is built and trains one epoch (ThreadMXBean), plus the weights, which the
 * network already holds. Weights, gradients and one velocity buffer are 3x; the rest must fit in the 4th.
 */
class TrainingStateMemoryTest {
    static Stream<Arguments> runs() {
        Optimizer[] rules = {new Sgd(0.01), new ArticleMomentum(0.01, 0.9), new HeavyBall(0.01, 0.9),
            new Nesterov(0.01, 0.9)};
        return Stream.of(rules).flatMap(r -> Stream.of(Arguments.of(r, 1), Arguments.of(r, 64)));
    }

    @ParameterizedTest(name = "{0}, batch size {1}")
    @MethodSource("runs")
    void trainingStateStaysWithinFourTimesTheParameters(Optimizer rule, int batchSize) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "this JVM cannot count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
        threads.setThreadAllocatedMemoryEnabled(true);

        Workload w2 = Workload.W2;
        Dataset data = w2.dataset(1);
        warmUp(rule, batchSize, data);
        Network net = Network.create(w2.architecture(), WeightInit.auto(), 1);
        long parameterBytes = (long) net.parameterCount() * Double.BYTES;
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        TrainingRun run = new TrainingRun(net, data, rule, new TrainingConfig(1, batchSize, 1));
        run.runEpoch();
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long state = parameterBytes + allocated;
        assertTrue(state <= 4 * parameterBytes, rule.describe() + ", batch " + batchSize + ": " + state
                + " bytes of training state for " + parameterBytes + " bytes of parameters ("
                + String.format(java.util.Locale.ROOT, "%.2f", (double) state / parameterBytes) + "x)");
    }

    /** Runs before the measurement; nothing here (the plain loops allocate nothing even before the JIT). */
    void warmUp(Optimizer rule, int batchSize, Dataset data) {
    }
}
