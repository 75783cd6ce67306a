package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;

/**
 * The fused online path counts its items' losses and predicted classes a block of items at a time, after
 * their updates (see {@code TrainingRun}), and takes a one-hot shortcut for cross-entropy with a softmax.
 * The epoch statistics must still have exactly the bits of a plain loop that adds each item's loss, from
 * {@link Network#gradient} before the item's update, in visiting order, and counts each item whose
 * predicted class was right: with one-hot and with soft targets, with every loss and output that has a
 * different formula, over more items than one block, and when a mini-batch epoch ends with a single item.
 */
class EpochStatisticsTest {
    private static final Dataset ONE_HOT = TrainingFixtures.randomClassification(300, 5, 3, 11);

    static Stream<Arguments> cases() {
        Architecture softmaxCe = Architecture.of(5, Loss.CROSS_ENTROPY, LayerSpec.of(6, Activation.TANH),
                LayerSpec.of(3, Activation.SOFTMAX));
        Architecture sigmoidCe = Architecture.of(5, Loss.CROSS_ENTROPY, LayerSpec.of(6, Activation.TANH),
                LayerSpec.of(3, Activation.SIGMOID));
        Architecture softmaxMse = Architecture.of(5, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(6, Activation.TANH),
                LayerSpec.of(3, Activation.SOFTMAX));
        Architecture binary = Architecture.of(5, Loss.CROSS_ENTROPY, LayerSpec.of(6, Activation.TANH),
                LayerSpec.of(1, Activation.SIGMOID));
        return Stream.of(
                Arguments.of("one-hot, softmax cross-entropy", softmaxCe, ONE_HOT, 1),
                Arguments.of("soft targets, softmax cross-entropy", softmaxCe, smoothed(ONE_HOT), 1),
                Arguments.of("one-hot, sigmoid cross-entropy", sigmoidCe, ONE_HOT, 1),
                Arguments.of("one-hot, softmax squared error", softmaxMse, ONE_HOT, 1),
                Arguments.of("binary, one sigmoid output", binary, binary(ONE_HOT), 1),
                // 300 = 23 * 13 + 1: each epoch ends with a one-item batch, which takes the fused path.
                Arguments.of("batches of 13, then one item", softmaxCe, ONE_HOT, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void epochStatisticsMatchAPlainItemByItemLoop(String name, Architecture arch, Dataset data, int batch) {
        Optimizer rule = new HeavyBall(0.05, 0.9);
        TrainingConfig config = new TrainingConfig(3, batch, 5);
        Network net = Network.create(arch, WeightInit.auto(), 4);
        Network reference = net.copy();
        TrainingRun run = new TrainingRun(net, data, rule, config);
        double[][] plain = TrainingFixtures.referenceStatistics(reference, data, rule, config);
        for (int e = 0; e < config.epochs(); e++) {
            EpochStats stats = run.runEpoch();
            double[] expected = plain[e];
            assertEquals(Double.doubleToRawLongBits(expected[0]), Double.doubleToRawLongBits(stats.trainingLoss()),
                    name + ", epoch " + e + ": loss " + expected[0] + " vs " + stats.trainingLoss());
            assertEquals(expected[1], stats.trainingAccuracy(), 0.0, name + ", epoch " + e);
        }
        assertArrayEquals(reference.parameters(), net.parameters(), name);
    }

    /** Label smoothing: 0.9 on the item's class, the rest shared by the others; not one-hot any more. */
    private static Dataset smoothed(Dataset data) {
        double[] t = data.targets().clone();
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i] == 1.0 ? 0.9 : 0.05;
        }
        return data.withTargets(t);
    }

    /** The same items as a two-class problem with a single 0/1 target: label 0 stays 0, 1 and 2 become 1. */
    private static Dataset binary(Dataset data) {
        int[] labels = new int[data.rows()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = data.label(r) == 0 ? 0 : 1;
        }
        return Dataset.binary("binary", data.featureNames(), data.features(), labels, List.of("no", "yes"));
    }
}
