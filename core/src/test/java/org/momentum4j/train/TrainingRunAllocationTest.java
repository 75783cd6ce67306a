package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;

/**
 * The per-item training path allocates nothing. Measured with the training thread's allocated-bytes
 * counter ({@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}), which counts every heap
 * allocation the thread makes.
 *
 * <p>Design: two runs of the same network and settings, one on {@value #N} items and one on ten times as
 * many, each trained for the same {@value #EPOCHS} epochs after a warm-up that lets the JIT compile the
 * loop. Per-epoch allocations (the epoch's shuffle generator, its {@link EpochStats}, its {@code Duration})
 * are the same in both runs and cancel in the difference; per-item allocations would not: the larger run
 * visits {@code 9 * N * EPOCHS = 9000} more items, so even one 16-byte object per item would add about
 * 140 KiB. The bound, 1 KiB, leaves room only for noise of the counter itself. The runs are built before
 * counting, so their one-off buffers (whose item-order array grows with the data) are not measured.
 */
class TrainingRunAllocationTest {
    private static final int N = 200;
    private static final int EPOCHS = 5;
    private static final int WARM_UP_EPOCHS = 30;
    private static final long BOUND = 1024;

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 8, TrainingConfig.FULL_BATCH})
    void allocationDoesNotGrowWithTheNumberOfItems(int batchSize) {
        assertNoAllocationPerItem(batchSize, true);
    }

    @Test
    void onlineEpochsWithoutStatisticsAllocateNothingPerItem() {
        assertNoAllocationPerItem(1, false);
    }

    private static void assertNoAllocationPerItem(int batchSize, boolean statistics) {
        com.sun.management.ThreadMXBean threads = threadBean();
        TrainingConfig config = new TrainingConfig(EPOCHS, batchSize, 3);
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 7, 3), WeightInit.auto(), 1);
        TrainingRun small = new TrainingRun(net.copy(), synthetic(N, 1), new ArticleMomentum(0.01, 0.5), config);
        TrainingRun large = new TrainingRun(net.copy(), synthetic(10 * N, 2), new ArticleMomentum(0.01, 0.5), config);
        for (int e = 0; e < WARM_UP_EPOCHS; e++) {
            epoch(small, statistics);
            epoch(large, statistics);
        }

        // The smallest difference over a few rounds: a per-item allocation shows in every round, while a
        // one-off event (a late JIT recompilation, say) does not.
        long extra = Long.MAX_VALUE;
        long smallBytes = 0;
        for (int round = 0; round < 3; round++) {
            smallBytes = allocatedDuring(threads, small, statistics);
            long largeBytes = allocatedDuring(threads, large, statistics);
            extra = Math.min(extra, largeBytes - smallBytes);
        }
        // The counter does see the per-epoch allocations, so a zero difference is a measurement, not a blind spot.
        assertTrue(smallBytes > 0, "no allocation counted at all");
        assertTrue(extra < BOUND, "training " + 9 * N * EPOCHS + " more items allocated " + extra + " more bytes ("
                + smallBytes + " bytes for " + EPOCHS + " epochs of " + N + " items)");
    }

    private static void epoch(TrainingRun run, boolean statistics) {
        if (statistics) {
            run.runEpoch();
        } else {
            run.runEpochWithoutStatistics();
        }
    }

    private static long allocatedDuring(com.sun.management.ThreadMXBean threads, TrainingRun run, boolean statistics) {
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < EPOCHS; e++) {
            epoch(run, statistics);
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "this JVM cannot count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }

    /** Random 4-feature, 3-class data; the values do not matter, only the work per item does. */
    static Dataset synthetic(int rows, long seed) {
        RandomGenerator random = Network.newRandom(seed);
        double[] x = new double[rows * 4];
        int[] y = new int[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-2, 2);
        }
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextInt(3);
        }
        return Dataset.classification("synthetic", List.of("a", "b", "c", "d"), x, y, List.of("p", "q", "r"));
    }
}
