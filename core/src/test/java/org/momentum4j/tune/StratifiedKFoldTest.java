package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.nn.Network;

class StratifiedKFoldTest {

    @Property(tries = 60)
    void foldsPartitionTheRowsAndKeepClassProportions(@ForAll @IntRange(min = 2, max = 10) int k,
                                                      @ForAll @IntRange(min = 10, max = 60) int rows,
                                                      @ForAll long seed) {
        Dataset data = randomLabels(rows, 3, seed);
        int[] fold = StratifiedKFold.assign(data, k, seed);
        int[] size = new int[k];
        int[][] perClass = new int[k][3];
        int[] classTotal = new int[3];
        for (int r = 0; r < rows; r++) {
            assertTrue(fold[r] >= 0 && fold[r] < k);
            size[fold[r]]++;
            perClass[fold[r]][data.label(r)]++;
            classTotal[data.label(r)]++;
        }
        // Fold sizes: floor or ceil of rows / k.
        for (int f = 0; f < k; f++) {
            assertTrue(size[f] == rows / k || size[f] == (rows + k - 1) / k, "fold " + f + ": " + size[f]);
            for (int c = 0; c < 3; c++) {
                int n = perClass[f][c];
                assertTrue(n == classTotal[c] / k || n == (classTotal[c] + k - 1) / k,
                        "fold " + f + " class " + c + ": " + n + " of " + classTotal[c]);
            }
            int[] valid = StratifiedKFold.rows(fold, f, true);
            int[] train = StratifiedKFold.rows(fold, f, false);
            assertEquals(rows, valid.length + train.length);
            int[] all = new int[rows];
            System.arraycopy(valid, 0, all, 0, valid.length);
            System.arraycopy(train, 0, all, valid.length, train.length);
            Arrays.sort(all);
            for (int r = 0; r < rows; r++) {
                assertEquals(r, all[r]);
            }
        }
    }

    @Test
    void theSeedFixesTheAssignment() {
        Dataset iris = Datasets.iris();
        assertArrayEquals(StratifiedKFold.assign(iris, 5, 7), StratifiedKFold.assign(iris, 5, 7));
        assertFalse(Arrays.equals(StratifiedKFold.assign(iris, 5, 7), StratifiedKFold.assign(iris, 5, 8)));
        // Iris: 50 per class, 5 folds: exactly 10 of each class per fold.
        int[] fold = StratifiedKFold.assign(iris, 5, 7);
        for (int f = 0; f < 5; f++) {
            int[] perClass = new int[3];
            for (int r : StratifiedKFold.rows(fold, f, true)) {
                perClass[iris.label(r)]++;
            }
            assertArrayEquals(new int[] {10, 10, 10}, perClass);
        }
    }

    @Test
    void tooFewRowsIsAnError() {
        assertEquals("5-fold cross-validation needs at least 5 rows, xor has 4",
                assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.assign(Datasets.xor(), 5, 1))
                        .getMessage());
    }

    private static Dataset randomLabels(int rows, int classes, long seed) {
        var random = Network.newRandom(seed);
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = random.nextInt(classes);
        }
        return Dataset.classification("random", List.of("x"), new double[rows], labels, List.of("a", "b", "c"));
    }
}
