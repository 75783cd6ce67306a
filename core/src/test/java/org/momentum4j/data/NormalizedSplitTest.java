package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalisers are fitted on the training part only and applied unchanged to the held-out parts. */
class NormalizedSplitTest {
    private static final double EXACT = 0;

    /** One feature, targets y; rows 0..2 train, row 3 test. */
    private static Split regression(double[] x, double[] y) {
        Dataset all = Dataset.regression("r", List.of("x"), x, 1, y);
        return new Split(all.select(new int[] {0, 1, 2}, "train"), all.select(new int[0], "v"),
                all.select(new int[] {3}, "test"));
    }

    @Test
    void featuresAndTargetsAreRescaledWithTheTrainingPartsStatistics() {
        // Training x = 1, 2, 3: mean 2, population std sqrt(2/3). Training y = 10, 20, 60: mean 30,
        // std sqrt((400 + 100 + 900) / 3) = sqrt(1400/3). The test row (x = 100, y = 1000) must not move them.
        NormalizedSplit s = NormalizedSplit.of(regression(new double[] {1, 2, 3, 100}, new double[] {10, 20, 60, 1000}),
                Normalization.ZSCORE);
        double sx = Math.sqrt(2.0 / 3);
        double sy = Math.sqrt(1400.0 / 3);
        assertArrayEquals(new double[] {-1 / sx, 0, 1 / sx}, s.train().features(), 1e-15);
        assertArrayEquals(new double[] {(100 - 2) / sx}, s.test().features(), 1e-12);
        assertArrayEquals(new double[] {-20 / sy, -10 / sy, 30 / sy}, s.train().targets(), 1e-15);
        assertArrayEquals(new double[] {(1000 - 30) / sy}, s.test().targets(), 1e-12);
        assertEquals(30, s.targets().offset()[0], 1e-12);
        assertEquals(sy, s.targets().scale()[0], 1e-12);
        // The raw parts are kept as they were, for scores in the targets' units.
        assertArrayEquals(new double[] {1000}, s.raw().test().targets(), EXACT);
    }

    @Test
    void minMaxUsesTheTrainingRangeOnly() {
        NormalizedSplit s = NormalizedSplit.of(regression(new double[] {1, 2, 5, -3}, new double[] {0, 1, 2, 3}),
                Normalization.MINMAX);
        // min 1, max 5: (x - 1) / 4; the test value -3 falls outside [0, 1], as it should.
        assertArrayEquals(new double[] {0, 0.25, 1}, s.train().features(), EXACT);
        assertArrayEquals(new double[] {-1}, s.test().features(), EXACT);
    }

    @Test
    void classificationKeepsItsOneHotTargetsAndHasNoTargetNormalizer() {
        Split split = Split.of(Datasets.iris(), 0.2, 0, 1);
        NormalizedSplit s = NormalizedSplit.of(split, Normalization.NONE);
        assertNull(s.targets());
        assertArrayEquals(split.train().targets(), s.train().targets(), EXACT);
        assertArrayEquals(split.test().features(), s.test().features(), EXACT);
        assertEquals(0, s.validation().rows());
        assertSame(split, s.raw());
    }

    @Test
    void aMissingFeatureIsFilledWithTheTrainingMean() {
        // Training x = 1, NaN, 3: mean 2 over the two present values; "none" keeps the scale, so NaN becomes 2.
        NormalizedSplit s = NormalizedSplit.of(regression(new double[] {1, Double.NaN, 3, Double.NaN},
                new double[] {0, 1, 2, 3}), Normalization.NONE);
        assertArrayEquals(new double[] {1, 2, 3}, s.train().features(), EXACT);
        assertArrayEquals(new double[] {2}, s.test().features(), EXACT);
    }

    @Test
    void anEmptyTrainingPartIsRejected() {
        Dataset all = Dataset.regression("r", List.of("x"), new double[] {1, 2}, 1, new double[] {1, 2});
        Split split = new Split(all.select(new int[0], "train"), all.select(new int[0], "v"), all);
        assertThrows(IllegalArgumentException.class, () -> NormalizedSplit.of(split, Normalization.ZSCORE));
    }
}
