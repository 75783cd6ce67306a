package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.momentum4j.Rejections.assertRejected;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainTestSplitTest {

    @Test
    void irisTwentyPercentHoldsOutTenOfEachSpecies() {
        // 50 flowers per species; round(0.2 * 50) = 10 of each go to the test part, 40 stay for training.
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, 1);
        assertArrayEquals(new int[] {40, 40, 40}, countPerClass(split.train()));
        assertArrayEquals(new int[] {10, 10, 10}, countPerClass(split.test()));
        assertEquals(Datasets.iris().classNames(), split.test().classNames());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 99})
    void thePartsAreDisjointCoverEveryRowAndKeepLabelsAndOrder(long seed) {
        // The only feature is the row's index, so each part tells exactly which rows it holds.
        Dataset data = indexed(150);
        TrainTestSplit split = TrainTestSplit.of(data, 0.2, seed);
        int[] train = rowIds(split.train());
        int[] test = rowIds(split.test());

        int[] all = new int[150];
        System.arraycopy(train, 0, all, 0, train.length);
        System.arraycopy(test, 0, all, train.length, test.length);
        Arrays.sort(all);
        int[] expected = new int[150];
        Arrays.setAll(expected, i -> i);
        assertArrayEquals(expected, all, "every row in exactly one part");

        assertSorted(train);
        assertSorted(test);
        for (Dataset part : List.of(split.train(), split.test())) {
            for (int k = 0; k < part.rows(); k++) {
                int row = (int) part.features()[k];
                assertEquals(data.label(row), part.label(k), "row " + row + " keeps its label");
            }
        }
    }

    @Test
    void theSeedFixesTheSplit() {
        Dataset data = indexed(150);
        int[] a = rowIds(TrainTestSplit.of(data, 0.2, 5).test());
        int[] b = rowIds(TrainTestSplit.of(data, 0.2, 5).test());
        int[] c = rowIds(TrainTestSplit.of(data, 0.2, 6).test());
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void stratifiesUnevenClassesByRounding() {
        // Classes of 7 and 3 rows at 0.3: round(2.1) = 2 and round(0.9) = 1 held out.
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1};
        Dataset data = Dataset.classification("d", List.of("id"), ids(10), labels, List.of("a", "b"));
        TrainTestSplit split = TrainTestSplit.of(data, 0.3, 1);
        assertArrayEquals(new int[] {2, 1}, countPerClass(split.test()));
    }

    @Test
    void splitsRegressionDataByOneShuffle() {
        // round(0.25 * 10) = round(2.5) = 3 rows held out.
        Dataset data = Dataset.regression("r", List.of("id"), ids(10), 1, new double[10]);
        TrainTestSplit split = TrainTestSplit.of(data, 0.25, 1);
        assertEquals(3, split.test().rows());
        assertEquals(7, split.train().rows());
    }

    @Test
    void aZeroFractionKeepsEverythingForTraining() {
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.0, 1);
        assertEquals(150, split.train().rows());
        assertEquals(0, split.test().rows());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void rejectsAFractionOutsideZeroToOne(double fraction) {
        assertRejected(() -> TrainTestSplit.of(Datasets.iris(), fraction, 1), "test fraction", "[0, 1)",
                String.valueOf(fraction));
    }

    /** 150 rows labelled like Iris (50 per class, in blocks) whose one feature is the row index. */
    private static Dataset indexed(int rows) {
        int[] labels = new int[rows];
        Arrays.setAll(labels, r -> r * 3 / rows);
        return Dataset.classification("indexed", List.of("id"), ids(rows), labels, List.of("a", "b", "c"));
    }

    private static double[] ids(int rows) {
        double[] x = new double[rows];
        Arrays.setAll(x, r -> r);
        return x;
    }

    private static int[] rowIds(Dataset part) {
        int[] ids = new int[part.rows()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = (int) part.features()[k];
        }
        return ids;
    }

    private static void assertSorted(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, ids, "rows keep their original relative order");
    }

    private static int[] countPerClass(Dataset data) {
        int[] counts = new int[data.classNames().size()];
        for (int r = 0; r < data.rows(); r++) {
            counts[data.label(r)]++;
        }
        return counts;
    }
}
