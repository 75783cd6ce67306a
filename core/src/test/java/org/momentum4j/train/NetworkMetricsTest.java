package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

/** Scores of a network on a dataset, with networks whose outputs are known by hand. */
class NetworkMetricsTest {

    @Test
    void classificationCountsThePredictedClassAgainstTheLabel() {
        // 1 input, softmax over (lo, hi) with logits (-x, x): predicts hi exactly when x > 0.
        Network net = Network.of(Architecture.of(1, Loss.CROSS_ENTROPY, LayerSpec.of(2, Activation.SOFTMAX)),
                new double[] {-1, 1, 0, 0});
        double[] x = {-2, -1, 2, 1, -3, 3};
        int[] labels = {0, 0, 0, 1, 1, 1}; // x = 2 (lo) and x = -3 (hi) are misclassified
        Dataset data = Dataset.classification("d", List.of("x"), x, labels, List.of("lo", "hi"));

        ClassificationMetrics m = ClassificationMetrics.of(net, data);

        assertArrayEquals(new int[][] {{2, 1}, {1, 2}}, m.confusion());
        assertEquals(4.0 / 6, m.accuracy(), 1e-15);
        assertEquals(2.0 / 3, m.precision(0), 1e-15);
        assertEquals(2.0 / 3, m.recall(1), 1e-15);
    }

    @Test
    void regressionIsScoredInTheTargetsOwnUnits() {
        // Identity output y' = 2x + 1 in standardised units; the target normaliser (offset 10, scale 3) maps it
        // back: y = 3 (2x + 1) + 10, so x = 0, 1, 2 give 13, 19, 25 against true values 13, 19, 26.
        Network net = Network.of(Architecture.of(1, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY)),
                new double[] {2, 1});
        Normalizer targets = new Normalizer(Normalization.ZSCORE, new double[] {10}, new double[] {3},
                new double[] {10});
        Dataset raw = Dataset.regression("raw", List.of("x"), new double[] {0, 1, 2}, 1, new double[] {13, 19, 26});
        Dataset rescaled = targets.applyToTargets(raw);

        RegressionMetrics m = RegressionMetrics.of(net, rescaled, targets, raw, List.of("y"));

        // Residuals 0, 0, 1: RMSE sqrt(1/3), MAE 1/3; mean y = 58/3, SS_tot = 254/3, R² = 1 - 3/254.
        assertEquals(Math.sqrt(1.0 / 3), m.rmse()[0], 1e-12);
        assertEquals(1.0 / 3, m.mae()[0], 1e-12);
        assertEquals(1 - 3.0 / 254, m.r2()[0], 1e-12);
    }
}
