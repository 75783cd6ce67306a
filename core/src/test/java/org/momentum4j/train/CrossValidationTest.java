package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Fold;
import org.momentum4j.data.KFold;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;

/** k-fold cross-validation: each fold is exactly the recipe applied to its own training part. */
class CrossValidationTest {
    private static final Architecture IRIS = Architecture.classifier(Activation.TANH, 4, 5, 3);
    private static final TrainingConfig CONFIG = new TrainingConfig(15, 1, 7);

    @Test
    void eachFoldEqualsTheRecipeWrittenOutByHand() {
        Dataset iris = Datasets.iris();
        CrossValidation cv = new CrossValidation(IRIS, WeightInit.uniform(-0.01, 0.01), new ArticleMomentum(0.05, 0.75),
                CONFIG, TrainingControls.NONE, Normalization.ZSCORE);
        List<CrossValidation.FoldResult> seen = new ArrayList<>();

        List<CrossValidation.FoldResult> results = cv.run(iris, List.of("species"), 5, 3, seen::add);

        assertEquals(results, seen, "the listener hears every fold, in order");
        List<Fold> folds = KFold.of(iris, 5, 3);
        int tested = 0;
        for (int f = 0; f < 5; f++) {
            // The recipe: normaliser fitted on the fold's training rows only, same initial weights every fold.
            Dataset train = folds.get(f).train(iris);
            Dataset test = folds.get(f).test(iris);
            Normalizer z = Normalizer.fitFeatures(Normalization.ZSCORE, train);
            Network net = Network.create(IRIS, WeightInit.uniform(-0.01, 0.01), 7);
            new Trainer(new ArticleMomentum(0.05, 0.75), CONFIG).fit(net, z.apply(train));
            Evaluation expected = Evaluation.of(net, z.apply(test));

            CrossValidation.FoldResult r = results.get(f);
            assertEquals(f + 1, r.fold());
            assertEquals(expected.accuracy(), r.classification().accuracy(), 0.0);
            assertEquals(expected.loss(), r.testLoss(), 0.0);
            assertEquals(expected.accuracy(), r.score(), 0.0);
            assertEquals(train.rows(), r.trainRows());
            assertNull(r.regression());
            tested += r.testRows();
        }
        assertEquals(150, tested, "every row is tested exactly once");
    }

    @Test
    void regressionScoresAreInTheTargetsUnits() {
        // Targets are standardised for training, so multiplying them by 1000 trains the same network (up to
        // rounding); RMSE and MAE, restored to the targets' units, must then grow by exactly that factor, and
        // R² must not change.
        Dataset small = linear(1);
        Dataset large = linear(1000);
        CrossValidation cv = new CrossValidation(Architecture.of(2, Loss.MEAN_SQUARED_ERROR,
                LayerSpec.of(4, Activation.TANH), LayerSpec.of(1, Activation.IDENTITY)), WeightInit.auto(),
                new HeavyBall(0.01, 0.9), new TrainingConfig(20, 4, 5), TrainingControls.NONE, Normalization.MINMAX);

        List<CrossValidation.FoldResult> a = cv.run(small, List.of("y"), 4, 1, r -> { });
        List<CrossValidation.FoldResult> b = cv.run(large, List.of("y"), 4, 1, r -> { });

        for (int f = 0; f < 4; f++) {
            RegressionMetrics ma = a.get(f).regression();
            RegressionMetrics mb = b.get(f).regression();
            assertNull(a.get(f).classification());
            assertEquals(1000 * ma.rmse()[0], mb.rmse()[0], 1e-9 * mb.rmse()[0]);
            assertEquals(1000 * ma.mae()[0], mb.mae()[0], 1e-9 * mb.mae()[0]);
            assertEquals(ma.r2()[0], mb.r2()[0], 1e-9);
            assertTrue(ma.r2()[0] > 0.9, "a linear relation is learned: R² " + ma.r2()[0]);
        }
    }

    /** y = scale * (2a - b + 1 + noise), 80 rows, seeded. */
    private static Dataset linear(double scale) {
        RandomGenerator random = Network.newRandom(11);
        int n = 80;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            double a = random.nextDouble() * 4 - 2;
            double b = random.nextDouble() * 10;
            x[2 * r] = a;
            x[2 * r + 1] = b;
            y[r] = scale * (2 * a - b + 1 + 0.05 * random.nextGaussian());
        }
        return Dataset.regression("linear", List.of("a", "b"), x, 1, y);
    }

    @Test
    void earlyStoppingIsRefusedForThereIsNoValidationData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CrossValidation(IRIS,
                WeightInit.auto(), new ArticleMomentum(0.05, 0.75), CONFIG,
                TrainingControls.NONE.withEarlyStopping(new EarlyStopping(5, 0, true)), Normalization.ZSCORE));
        assertTrue(e.getMessage().contains("early stopping"), e.getMessage());
    }

    @Test
    void foldsOutOfRangeAreRefused() {
        CrossValidation cv = new CrossValidation(IRIS, WeightInit.auto(), new ArticleMomentum(0.05, 0.75), CONFIG,
                TrainingControls.NONE, Normalization.ZSCORE);
        assertThrows(IllegalArgumentException.class, () -> cv.run(Datasets.iris(), List.of("species"), 1, 1, r -> { }));
    }
}
