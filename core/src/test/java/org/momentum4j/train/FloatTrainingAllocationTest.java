package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;

/**
 * The float online path allocates nothing per item, for every rule it supports, on a network with a wide
 * layer (kernels on copies at offset 0) and a narrow one. Same design as {@link TrainingRunAllocationTest}:
 * two runs on {@value #N} and ten times as many items, trained for the same epochs after a warm-up; per-epoch
 * allocations cancel in the difference, per-item ones would add at least 16 bytes for each of the
 * {@code 9 * N * EPOCHS} extra items (about 140 KiB); the bound is 1 KiB.
 */
class FloatTrainingAllocationTest {
    private static final int N = 200;
    private static final int EPOCHS = 5;
    private static final int WARM_UP_EPOCHS = 30;
    private static final long BOUND = 1024;

    static java.util.stream.Stream<Optimizer> rules() {
        return FusedOnlineTest.rules();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void floatTrainingAllocatesNothingPerItem(Optimizer rule) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "this JVM cannot count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
        threads.setThreadAllocatedMemoryEnabled(true);

        TrainingConfig config = new TrainingConfig(EPOCHS, 1, 3, Precision.FLOAT);
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 40, 3), WeightInit.auto(), 1);
        TrainingRun small = new TrainingRun(net.copy(), TrainingRunAllocationTest.synthetic(N, 1), rule, config);
        TrainingRun large = new TrainingRun(net.copy(), TrainingRunAllocationTest.synthetic(10 * N, 2), rule, config);
        for (int e = 0; e < warmUpEpochs(); e++) {
            small.runEpoch();
            large.runEpoch();
        }
        long extra = Long.MAX_VALUE;
        long smallBytes = 0;
        for (int round = 0; round < rounds(); round++) {
            smallBytes = allocatedDuring(threads, small);
            long largeBytes = allocatedDuring(threads, large);
            extra = Math.min(extra, largeBytes - smallBytes);
        }
        assertTrue(smallBytes > 0, "no allocation counted at all");
        assertTrue(extra < BOUND, rule.describe() + ": training " + 9 * N * EPOCHS + " more items allocated " + extra
                + " more bytes (" + smallBytes + " bytes for " + EPOCHS + " epochs of " + N + " items)");
    }

    /** Epochs each run trains before anything is counted, for the JIT to compile the loop. */
    int warmUpEpochs() {
        return WARM_UP_EPOCHS;
    }

    /** Measuring rounds; the smallest difference counts. */
    int rounds() {
        return 3;
    }

    private static long allocatedDuring(com.sun.management.ThreadMXBean threads, TrainingRun run) {
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < EPOCHS; e++) {
            run.runEpoch();
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
