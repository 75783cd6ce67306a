package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Sgd;

/**
 * What one epoch does, rebuilt independently: per-item gradients from {@link Network#gradient}, averaged
 * by hand over each batch, applied as plain SGD steps {@code w -= lr * mean(g)} in the epoch's
 * {@link ItemOrder}. The trainer sums the batch in its own order and scales by {@code 1/B}, so the two agree
 * to rounding, not bit for bit.
 */
class TrainingRunTest {
    private static final double LR = 0.1;
    private static final double TOLERANCE = 1e-14;
    private static final Architecture ARCH = Architecture.classifier(Activation.TANH, 4, 5, 3);
    private static final Dataset DATA = TrainingRunAllocationTest.synthetic(10, 5);

    @Test
    void oneFullBatchEpochIsOneStepWithTheAverageGradient() {
        Network net = Network.create(ARCH, WeightInit.auto(), 1);
        double[] expected = net.parameters().clone();
        double[] mean = averageGradient(net, allRows());
        for (int i = 0; i < expected.length; i++) {
            expected[i] -= LR * mean[i];
        }
        Evaluation before = Evaluation.of(net, DATA);

        EpochStats stats = new TrainingRun(net, DATA, new Sgd(LR), TrainingConfig.fullBatch(1, 9)).runEpoch();

        assertArrayEquals(expected, net.parameters(), TOLERANCE);
        // Every item was measured at the starting weights, so the epoch's figures are those of w0.
        assertEquals(before.loss(), stats.trainingLoss(), 1e-14);
        assertEquals(before.accuracy(), stats.trainingAccuracy());
        assertEquals(1, stats.epoch());
        assertEquals(LR, stats.learningRate());
    }

    @Test
    void miniBatchesAreAveragedIncludingTheShorterLastOne() {
        // 10 items in batches of 4: updates from items order[0..4), order[4..8), then order[8..10) averaged over 2.
        int batch = 4;
        long seed = 9;
        Network net = Network.create(ARCH, WeightInit.auto(), 1);
        Network reference = net.copy();
        int[] order = new int[DATA.rows()];
        ItemOrder.shuffle(seed, 0, order);
        for (int start = 0; start < order.length; start += batch) {
            int[] rows = Arrays.copyOfRange(order, start, Math.min(start + batch, order.length));
            double[] mean = averageGradient(reference, rows);
            double[] w = reference.parameters();
            for (int i = 0; i < w.length; i++) {
                w[i] -= LR * mean[i];
            }
        }

        new TrainingRun(net, DATA, new Sgd(LR), new TrainingConfig(1, batch, seed)).runEpoch();

        assertArrayEquals(reference.parameters(), net.parameters(), TOLERANCE);
    }

    @Test
    void onlineTrainingStepsOncePerItemInTheEpochsOrder() {
        long seed = 4;
        Network net = Network.create(ARCH, WeightInit.auto(), 1);
        Network reference = net.copy();
        TrainingRun run = new TrainingRun(net, DATA, new Sgd(LR), TrainingConfig.online(2, seed));
        for (int epoch = 0; epoch < 2; epoch++) {
            int[] order = new int[DATA.rows()];
            ItemOrder.shuffle(seed, epoch, order);
            for (int item : order) {
                double[] g = averageGradient(reference, new int[] {item});
                double[] w = reference.parameters();
                for (int i = 0; i < w.length; i++) {
                    w[i] -= LR * g[i];
                }
            }
            run.runEpoch();
            assertArrayEquals(reference.parameters(), net.parameters(), TOLERANCE, "after epoch " + (epoch + 1));
        }
        assertEquals(2, run.epochsDone());
        assertEquals(20, run.optimizerState().steps());
    }

    @Test
    void refusesDataOfTheWrongShapeOrWithoutRows() {
        Network net = Network.create(ARCH, WeightInit.auto(), 1);
        Dataset twoFeatures = Dataset.classification("two", List.of("a", "b"), new double[] {1, 2}, new int[] {0},
                List.of("p", "q", "r"));
        assertRejected(() -> new TrainingRun(net, twoFeatures, new Sgd(LR), TrainingConfig.online(1, 1)),
                "takes 4 inputs", "two has 2 features");
        Dataset twoClasses = Dataset.classification("pair", List.of("a", "b", "c", "d"), new double[4], new int[] {0},
                List.of("p", "q"));
        assertRejected(() -> new TrainingRun(net, twoClasses, new Sgd(LR), TrainingConfig.online(1, 1)),
                "has 3 outputs", "pair has 2 targets");
        Dataset empty = Dataset.classification("empty", List.of("a", "b", "c", "d"), new double[0], new int[0],
                List.of("p", "q", "r"));
        assertRejected(() -> new TrainingRun(net, empty, new Sgd(LR), TrainingConfig.online(1, 1)),
                "empty", "no rows");
    }

    /** The plain mean of the per-item gradients of {@code rows}, each computed on its own. */
    private static double[] averageGradient(Network net, int[] rows) {
        Workspace ws = net.newWorkspace();
        double[] sum = new double[net.parameterCount()];
        double[] g = new double[net.parameterCount()];
        int cols = DATA.featureCount();
        int tc = DATA.targetCount();
        for (int r : rows) {
            net.gradient(DATA.features(), r * cols, DATA.targets(), r * tc, ws, g, false);
            for (int i = 0; i < g.length; i++) {
                sum[i] += g[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= rows.length;
        }
        return sum;
    }

    private static int[] allRows() {
        int[] rows = new int[DATA.rows()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        return rows;
    }
}
