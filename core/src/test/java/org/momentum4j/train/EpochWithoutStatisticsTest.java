package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;

/**
 * {@link TrainingRun#runEpochWithoutStatistics} must train exactly as {@link TrainingRun#runEpoch}: the same
 * weights and optimizer state, bit for bit, after every epoch, on each path that online and mini-batch
 * training take (fused, generic, mini-batch, single precision); and an epoch counted after epochs that were
 * not must report the figures of a run that counted all along.
 */
class EpochWithoutStatisticsTest {
    private static final Dataset DATA = TrainingFixtures.randomClassification(150, 4, 3, 7);
    private static final Architecture ARCH = Architecture.classifier(Activation.TANH, 4, 7, 3);

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("online, fused", TrainingConfig.online(3, 5), GradientClipping.NONE),
                Arguments.of("online, generic (clipping)", TrainingConfig.online(3, 5), GradientClipping.byNorm(0.5)),
                Arguments.of("mini-batches of 16", new TrainingConfig(3, 16, 5), GradientClipping.NONE),
                Arguments.of("online, float", new TrainingConfig(3, 1, 5, Precision.FLOAT), GradientClipping.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void trainsTheSameBitsAsRunEpoch(String name, TrainingConfig config, GradientClipping clipping) {
        Optimizer rule = new HeavyBall(0.05, 0.9);
        Network counted = Network.create(ARCH, WeightInit.auto(), 3);
        Network quiet = counted.copy();
        TrainingRun withStats = new TrainingRun(counted, DATA, rule, config, clipping, Parallelism.SINGLE);
        TrainingRun without = new TrainingRun(quiet, DATA, rule, config, clipping, Parallelism.SINGLE);
        double[] start = counted.parameters().clone();
        for (int e = 0; e < config.epochs(); e++) {
            withStats.runEpoch();
            without.runEpochWithoutStatistics();
            // TrainingState compares parameters and optimizer buffers bit for bit, and the epoch count.
            assertEquals(withStats.snapshot(), without.snapshot(), name + ", epoch " + (e + 1));
        }
        assertFalse(Arrays.equals(start, quiet.parameters()), name + ": nothing was trained");

        EpochStats expected = withStats.runEpoch();
        EpochStats actual = without.runEpoch();
        assertEquals(Double.doubleToRawLongBits(expected.trainingLoss()), Double.doubleToRawLongBits(actual.trainingLoss()),
                name + ": loss " + expected.trainingLoss() + " vs " + actual.trainingLoss());
        assertEquals(expected.trainingAccuracy(), actual.trainingAccuracy(), 0.0, name);
        assertEquals(withStats.snapshot(), without.snapshot(), name + ", counted epoch");
    }
}
