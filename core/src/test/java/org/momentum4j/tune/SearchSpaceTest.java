package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Datasets;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.OptimizerSpec;

class SearchSpaceTest {
    private static final ValueRange LR = new ValueRange("learning rate", 0.001, 0.1);
    private static final ValueRange MU = new ValueRange("momentum", 0, 0.9);

    @Test
    void aGridVariesOnlyWhatEachRuleHasAndLeavesOpen() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd"), OptimizerSpec.parse("nesterov"),
                OptimizerSpec.parse("article momentum=0.5")), LR, MU);
        List<TrialSettings> c = new Grid(3, 2).candidates(space, 1);
        // sgd: 3 learning rates, no momentum; nesterov: 3 x 2; article: 3 learning rates, momentum fixed.
        assertEquals(3 + 6 + 3, c.size());
        assertEquals("sgd lr=0.001 batch=1", c.get(0).describe());
        assertTrue(Double.isNaN(c.get(0).momentum()));
        assertEquals("nesterov lr=0.001 momentum=0 batch=1", c.get(3).describe());
        assertEquals("nesterov lr=0.001 momentum=0.9 batch=1", c.get(4).describe());
        assertEquals(0.01, c.get(5).learningRate(), 1e-17);
        assertEquals("article lr=0.1 momentum=0.5 batch=1", c.get(11).describe());
        assertEquals(0.5, c.get(11).momentum());
    }

    @Test
    void batchAndHiddenSizesMultiplyTheGrid() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd lr=0.05")), LR, MU)
                .withBatchSizes(List.of(1, 8)).withHiddenSizes(List.of(3, 7));
        List<TrialSettings> c = new Grid(3, 2).candidates(space, 1);
        assertEquals(List.of("sgd lr=0.05 batch=1 hidden=3", "sgd lr=0.05 batch=1 hidden=7",
                "sgd lr=0.05 batch=8 hidden=3", "sgd lr=0.05 batch=8 hidden=7"),
                c.stream().map(TrialSettings::describe).toList());
        Architecture wide = c.get(1).architecture(Architecture.classifier(Activation.TANH, 4, 5, 5, 3));
        assertEquals("4-tanh(7)-tanh(7)-softmax(3) cross-entropy", wide.toString());
    }

    @Test
    void randomSearchIsFixedByItsSeedAndStaysInTheSpace() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd"), OptimizerSpec.parse("momentum")), LR, MU);
        List<TrialSettings> a = new RandomSearch(50).candidates(space, 9);
        assertEquals(a, new RandomSearch(50).candidates(space, 9));
        assertNotEquals(a, new RandomSearch(50).candidates(space, 10));
        for (TrialSettings t : a) {
            assertTrue(t.learningRate() >= 0.001 && t.learningRate() <= 0.1);
            if (t.optimizer().kind().name().equals("sgd")) {
                assertTrue(Double.isNaN(t.momentum()));
            } else {
                assertTrue(t.momentum() >= 0 && t.momentum() <= 0.9);
            }
        }
        assertTrue(a.stream().anyMatch(t -> t.optimizer().kind().name().equals("sgd")));
        assertTrue(a.stream().anyMatch(t -> t.optimizer().kind().name().equals("momentum")));
    }

    @Test
    void aTrialsSeedComesFromItsSettingsAlone() {
        TrialSettings a = new TrialSettings(OptimizerSpec.parse("nesterov form=pytorch"), 0.01, 0.9, 1, 0);
        TrialSettings b = new TrialSettings(OptimizerSpec.parse("nesterov form=lr-outside"), 0.01, 0.9, 1, 0);
        assertEquals("nesterov lr=" + Long.toHexString(Double.doubleToLongBits(0.01)) + " momentum="
                + Long.toHexString(Double.doubleToLongBits(0.9)) + " form=LR_OUTSIDE batch=1 hidden=0", a.canonicalText());
        assertEquals(a.seed(7), b.seed(7), "the same settings written differently");
        assertNotEquals(a.seed(7), a.seed(8));
        assertNotEquals(a.seed(7), new TrialSettings(a.optimizer(), 0.02, 0.9, 1, 0).seed(7));
        assertNotEquals(a.seed(7), new TrialSettings(a.optimizer(), 0.01, 0.9, 2, 0).seed(7));
    }

    @Test
    void badSearchesAreOneLineErrors() {
        assertEquals("the search space needs at least one optimizer, got none",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of(List.of(), LR, MU)).getMessage());
        assertEquals("momentum range [0.5, 1.0] must lie within [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of(List.of(OptimizerSpec.parse("sgd")),
                        LR, new ValueRange("momentum", 0.5, 1.0))).getMessage());
        assertEquals("learning rate range [0.0, 0.1] must be > 0",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of(List.of(OptimizerSpec.parse("sgd")),
                        new ValueRange("learning rate", 0, 0.1), MU)).getMessage());
        assertEquals("batch size must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of(List.of(OptimizerSpec.parse("sgd")),
                        LR, MU).withBatchSizes(List.of(0))).getMessage());
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd")), LR, MU).withHiddenSizes(List.of(4));
        Architecture flat = Architecture.of(4, Loss.CROSS_ENTROPY, LayerSpec.of(3, Activation.SOFTMAX));
        assertEquals("hidden sizes [4] were given, but the network 4-softmax(3) cross-entropy has no hidden layer",
                assertThrows(IllegalArgumentException.class, () -> Tuning.of(Datasets.iris(), flat, WeightInit.auto(),
                        space, new Grid(3, 1), 5)).getMessage());
        SearchSpace plain = SearchSpace.of(List.of(OptimizerSpec.parse("sgd")), LR, MU);
        Architecture net = Architecture.classifier(Activation.TANH, 4, 5, 3);
        assertEquals("successive halving of 27 candidates with eta = 3 makes 4 rungs of [27, 9, 3, 1] trials whose"
                        + " budgets grow 3-fold, so it needs at least 27 epochs; got 10",
                assertThrows(IllegalArgumentException.class, () -> Tuning.of(Datasets.iris(), net, WeightInit.auto(),
                        plain, new SuccessiveHalving(new RandomSearch(27), 3), 10)).getMessage());
        SearchSpace rprop = SearchSpace.of(List.of(OptimizerSpec.parse("rprop")), LR, MU);
        assertEquals("'rprop' needs full-batch training, but the search tries batch size 1; search it with a batch size"
                        + " of at least 150 only",
                assertThrows(IllegalArgumentException.class, () -> Tuning.of(Datasets.iris(), net, WeightInit.auto(),
                        rprop, new Grid(3, 1), 5)).getMessage());
        assertEquals("200-fold cross-validation needs at least 200 rows, iris has 150",
                assertThrows(IllegalArgumentException.class, () -> Tuning.of(Datasets.iris(), net, WeightInit.auto(),
                        plain, new Grid(3, 1), 5).withSelection(new Selection.KFold(200))).getMessage());
        assertEquals("the network 2-tanh(2)-softmax(2) cross-entropy does not fit iris (150 rows, 4 features, 3 classes):"
                        + " it needs 2 features and 2 targets per row",
                assertThrows(IllegalArgumentException.class, () -> Tuning.of(Datasets.iris(),
                        Architecture.classifier(Activation.TANH, 2, 2, 2), WeightInit.auto(), plain, new Grid(3, 1), 5))
                        .getMessage());
    }

    @Test
    void theValidationSplitComesOutOfTheGivenDataOnly() {
        // Row r has feature value r, so rows can be told apart after the split.
        int n = 40;
        double[] x = new double[n];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            x[r] = r;
            y[r] = r % 2;
        }
        var data = org.momentum4j.data.Dataset.classification("rows", List.of("r"), x, y, List.of("a", "b"));
        for (Selection s : List.of(new Selection.Holdout(0.25), new Selection.KFold(4))) {
            List<Fold> folds = Fold.of(data, s, 3, false);
            boolean[] validatedOnce = new boolean[n];
            for (Fold f : folds) {
                boolean[] seen = new boolean[n];
                for (double v : f.train().features()) {
                    seen[(int) v] = true;
                }
                for (double v : f.validation().features()) {
                    assertTrue(!seen[(int) v], "row " + (int) v + " is in both parts");
                    seen[(int) v] = true;
                    validatedOnce[(int) v] = true;
                }
                for (boolean b : seen) {
                    assertTrue(b, "every row is in one part");
                }
                assertEquals(n / 4, f.validation().rows());
            }
            if (s instanceof Selection.KFold) {
                for (boolean b : validatedOnce) {
                    assertTrue(b, "k-fold validates every row once");
                }
            }
        }
    }
}
