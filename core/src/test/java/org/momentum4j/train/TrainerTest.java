package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.Optimizer;

class TrainerTest {
    private static final Dataset IRIS = standardised(Datasets.iris());
    private static final Architecture ARCH = Architecture.classifier(Activation.TANH, 4, 7, 3);
    private static final Optimizer RULE = new ArticleMomentum(0.01, 0.5);

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 8})
    void theSameSeedDataAndSettingsGiveBitIdenticalWeights(int batchSize) {
        double[] first = train(batchSize, 11, 11);
        double[] second = train(batchSize, 11, 11);
        assertTrue(Arrays.equals(first, second), "bit-identical parameters");
    }

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 8})
    void anotherSeedGivesOtherWeights(int batchSize) {
        double[] reference = train(batchSize, 11, 11);
        // The training seed alone (item order) and the initialisation seed alone each change the result.
        assertFalse(Arrays.equals(reference, train(batchSize, 11, 12)), "another shuffle seed");
        assertFalse(Arrays.equals(reference, train(batchSize, 12, 11)), "another initialisation seed");
    }

    @Test
    void theListenerHearsEveryEpochInOrderAndTheHistoryKeepsIt() {
        List<EpochStats> heard = new ArrayList<>();
        Network net = Network.create(ARCH, WeightInit.auto(), 1);
        TrainingResult result = new Trainer(RULE, TrainingConfig.online(4, 1)).fit(net, IRIS, heard::add);

        assertSame(net, result.network());
        assertEquals(heard, result.history());
        assertEquals(4, heard.size());
        for (int e = 0; e < 4; e++) {
            assertEquals(e + 1, heard.get(e).epoch());
            assertEquals(0.01, heard.get(e).learningRate());
            assertEquals(0.5, heard.get(e).momentum());
        }
        assertSame(heard.get(3), result.last());
        assertTrue(heard.get(3).trainingLoss() < heard.get(0).trainingLoss(), "the loss falls on Iris");
        assertFalse(heard.get(3).elapsed().isNegative());
    }

    private static double[] train(int batchSize, long initSeed, long trainingSeed) {
        Network net = Network.create(ARCH, WeightInit.auto(), initSeed);
        new Trainer(RULE, new TrainingConfig(20, batchSize, trainingSeed)).fit(net, IRIS);
        return net.parameters();
    }

    private static Dataset standardised(Dataset data) {
        return Standardizer.fit(data).apply(data);
    }
}
