package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;

/** End-to-end learning checks on the bundled data, at the thresholds issue 2 sets. */
class TrainerLearningTest {

    /**
     * 4-7-3 tanh/softmax with cross-entropy, trained online with the article's momentum (lr 0.01, mu 0.5,
     * Glorot initialisation, 100 epochs) on 120 standardised flowers, classifies the 30 held-out ones with at
     * least 0.93 accuracy (28 of 30).
     *
     * <p>How robust this is (checked while writing the test): on this split, 30 of 30 training seeds reached
     * at least 0.967. Across ten split seeds, 8 splits passed for every training seed; on the other two, the
     * 30 held-out flowers happen to include several from the versicolor/virginica overlap, and most networks
     * stop at 0.90 whatever the training. The article's own settings (lr 0.05, mu 0.75, uniform +-0.01, as
     * {@code m4j train} uses for the 4-5-3 demo) overfit more: on this split 22 of 30 training seeds reach
     * 0.93, so the test uses the gentler rate.
     */
    @Test
    void irisIsLearnedWithTheArticlesMomentum() {
        long seed = 1;
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, seed);
        Standardizer z = Standardizer.fit(split.train());
        Dataset train = z.apply(split.train());
        Dataset test = z.apply(split.test());
        assertEquals(120, train.rows());
        assertEquals(30, test.rows());
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 7, 3), WeightInit.auto(), seed);

        new Trainer(new ArticleMomentum(0.01, 0.5), TrainingConfig.online(100, seed)).fit(net, train);

        double accuracy = Evaluation.of(net, test).accuracy();
        assertTrue(accuracy >= 0.93, "held-out accuracy " + accuracy);
    }

    /**
     * 2-3-1 with sigmoid hidden units and a sigmoid output (cross-entropy), weights uniform in [-1, 1], online
     * with the article's momentum (lr 0.3, mu 0.5) for 3000 epochs: all four points right and mean loss below
     * 0.05 (a geometric-mean probability of e^-0.05 = 0.95 for the right class).
     *
     * <p>XOR with so few hidden units has local minima that gradient descent cannot leave: of seeds 1 to 400,
     * 389 learned it (their final loss at most 0.0082) and 11 stopped with one point wrong. Seed 1 learns it;
     * the test pins that the engine does, not that every seed would.
     */
    @Test
    void xorIsLearnedByTwoThreeOne() {
        Dataset xor = Datasets.xor();
        Network net = Network.create(Architecture.of(2, Loss.CROSS_ENTROPY, LayerSpec.of(3, Activation.SIGMOID),
                LayerSpec.of(1, Activation.SIGMOID)), WeightInit.uniform(-1, 1), 1);

        new Trainer(new ArticleMomentum(0.3, 0.5), TrainingConfig.online(3000, 1)).fit(net, xor);

        Evaluation result = Evaluation.of(net, xor);
        assertEquals(1.0, result.accuracy(), "every point classified right");
        assertTrue(result.loss() < 0.05, "mean cross-entropy " + result.loss());
        for (int r = 0; r < 4; r++) {
            double p = net.predict(new double[] {xor.features()[2 * r], xor.features()[2 * r + 1]})[0];
            assertEquals(xor.label(r), p >= 0.5 ? 1 : 0, "point " + r + " output " + p);
        }
    }
}
