package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Train/validation/test splits and k-fold folds: sizes, stratification, determinism, disjointness. */
class SplitTest {

    private static int[] classCounts(Dataset d) {
        int[] counts = new int[d.classNames().size()];
        for (int r = 0; r < d.rows(); r++) {
            counts[d.label(r)]++;
        }
        return counts;
    }

    @Test
    void stratifiedFractionsOfIris() {
        // Iris: 50 rows per class; test round(0.2 * 50) = 10, validation round(0.1 * 50) = 5 per class.
        Split s = Split.of(Datasets.iris(), 0.2, 0.1, 7);
        assertArrayEquals(new int[] {10, 10, 10}, classCounts(s.test()));
        assertArrayEquals(new int[] {5, 5, 5}, classCounts(s.validation()));
        assertArrayEquals(new int[] {35, 35, 35}, classCounts(s.train()));
    }

    @Test
    void partsAreDisjointAndCoverEveryRow() {
        // The single feature is the row's index, so each part shows which rows it holds.
        int n = 101;
        double[] x = new double[n];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            x[r] = r;
            y[r] = r % 3;
        }
        Dataset d = Dataset.classification("ids", List.of("id"), x, y, List.of("a", "b", "c"));
        Split s = Split.of(d, 0.3, 0.2, 3);
        int[] seen = new int[n];
        for (Dataset part : List.of(s.train(), s.validation(), s.test())) {
            double previous = -1;
            for (double id : part.features()) {
                seen[(int) id]++;
                assertTrue(id > previous, "original order kept");
                previous = id;
            }
        }
        for (int count : seen) {
            assertEquals(1, count);
        }
    }

    @Test
    void withoutValidationItEqualsTrainTestSplit() {
        for (long seed = 0; seed < 5; seed++) {
            Split s = Split.of(Datasets.iris(), 0.2, 0, seed);
            TrainTestSplit t = TrainTestSplit.of(Datasets.iris(), 0.2, seed);
            assertArrayEquals(t.train().features(), s.train().features());
            assertArrayEquals(t.test().features(), s.test().features());
            assertEquals(0, s.validation().rows());
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertArrayEquals(Split.of(Datasets.iris(), 0.2, 0.2, 11).test().features(),
                Split.of(Datasets.iris(), 0.2, 0.2, 11).test().features());
        assertNotEquals(java.util.Arrays.toString(Split.of(Datasets.iris(), 0.2, 0.2, 11).test().features()),
                java.util.Arrays.toString(Split.of(Datasets.iris(), 0.2, 0.2, 12).test().features()));
    }

    @Test
    void regressionIsSplitAsOneGroup() {
        double[] x = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i;
        }
        Split s = Split.of(Dataset.regression("r", List.of("x"), x, 1, x.clone()), 0.3, 0.2, 1);
        assertEquals(3, s.test().rows());
        assertEquals(2, s.validation().rows());
        assertEquals(5, s.train().rows());
    }

    @Test
    void badFractionsAreRejected() {
        assertEquals("test and validation fractions must leave rows to train on, got 0.5 + 0.5",
                assertThrows(IllegalArgumentException.class, () -> Split.of(Datasets.iris(), 0.5, 0.5, 1)).getMessage());
        assertEquals("validation fraction must be in [0, 1), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Split.of(Datasets.iris(), 0.5, -0.1, 1)).getMessage());
    }

    @Test
    void kFoldTestsEveryRowOnceWithBalancedStratifiedFolds() {
        Dataset iris = Datasets.iris();
        List<Fold> folds = KFold.of(iris, 4, 9);
        assertEquals(4, folds.size());
        int[] tested = new int[iris.rows()];
        for (Fold f : folds) {
            int[] test = f.testRows();
            int[] train = f.trainRows();
            assertEquals(iris.rows(), test.length + train.length);
            for (int r : test) {
                tested[r]++;
            }
            // 150 rows in 4 folds: 37 or 38 each. Each class (50 rows) gives 12 or 13 per fold.
            assertTrue(test.length == 37 || test.length == 38, "fold size " + test.length);
            for (int c : classCounts(f.test(iris))) {
                assertTrue(c == 12 || c == 13, "class count " + c);
            }
            Set<Integer> inTest = new HashSet<>();
            for (int r : test) {
                inTest.add(r);
            }
            for (int r : train) {
                assertTrue(!inTest.contains(r));
            }
        }
        for (int t : tested) {
            assertEquals(1, t);
        }
        assertArrayEquals(folds.get(2).testRows(), KFold.of(iris, 4, 9).get(2).testRows(), "seeded");
    }

    @Test
    void kOutOfRangeIsRejected() {
        assertEquals("the number of folds must be in [2, 4] (the rows of xor), got 5",
                assertThrows(IllegalArgumentException.class, () -> KFold.of(Datasets.xor(), 5, 1)).getMessage());
    }
}
