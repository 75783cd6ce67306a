package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fitted rescalings: hand-computed statistics, missing-value filling, and agreement with Standardizer. */
class NormalizerTest {
    // Column a: 1, 2, 3, 6 (mean 3, population variance (4+1+0+9)/4 = 3.5, min 1, max 6).
    // Column b: 5, 5, 5, 5 (constant: spread 0, so only shifted).
    private static final double[] X = {1, 5, 2, 5, 3, 5, 6, 5};
    private static final List<String> NAMES = List.of("a", "b");

    @Test
    void zscoreHandComputed() {
        Normalizer z = Normalizer.fit(Normalization.ZSCORE, X, 2, NAMES);
        assertArrayEquals(new double[] {3, 5}, z.offset());
        assertArrayEquals(new double[] {Math.sqrt(3.5), 1}, z.scale());
        assertArrayEquals(new double[] {(6 - 3) / Math.sqrt(3.5), 0}, z.transform(new double[] {6, 5}));
    }

    @Test
    void minMaxHandComputed() {
        Normalizer m = Normalizer.fit(Normalization.MINMAX, X, 2, NAMES);
        assertArrayEquals(new double[] {1, 5}, m.offset());
        assertArrayEquals(new double[] {5, 1}, m.scale());
        assertArrayEquals(new double[] {0.4, 0}, m.transform(new double[] {3, 5}));
        assertArrayEquals(new double[] {1.2, 1}, m.transform(new double[] {7, 6}), "outside the training range");
    }

    @Test
    void noneIsTheIdentityButStillFillsMissingValues() {
        Normalizer n = Normalizer.fit(Normalization.NONE, X, 2, NAMES);
        assertArrayEquals(new double[] {-7.25, 1e300}, n.transform(new double[] {-7.25, 1e300}));
        assertArrayEquals(new double[] {3, 5}, n.transform(new double[] {Double.NaN, Double.NaN}));
    }

    @Test
    void missingValuesAreSkippedWhenFittingAndFilledWithTheMean() {
        // Column a without the NaN: 1, 3 -> mean 2, std 1.
        double[] x = {1, Double.NaN, 3};
        Normalizer z = Normalizer.fit(Normalization.ZSCORE, x, 1, List.of("a"));
        assertArrayEquals(new double[] {2}, z.fill());
        assertArrayEquals(new double[] {1}, z.scale());
        assertArrayEquals(new double[] {0}, z.transform(new double[] {Double.NaN}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Normalizer.fit(Normalization.ZSCORE, new double[] {Double.NaN}, 1, List.of("a")));
        assertEquals("column 'a' has no values to fit a normaliser on", e.getMessage());
    }

    @Test
    void zscoreOnCompleteDataIsBitIdenticalToStandardizer() {
        Dataset iris = Datasets.iris();
        Dataset ours = Normalizer.fitFeatures(Normalization.ZSCORE, iris).apply(iris);
        Dataset reference = Standardizer.fit(iris).apply(iris);
        assertArrayEquals(reference.features(), ours.features());
    }

    @Test
    void regressionTargetsRoundTripThroughInverse() {
        Dataset d = Dataset.regression("r", List.of("x"), new double[] {1, 2, 3}, 2, new double[] {10, -1, 20, -2, 30, -3});
        Normalizer t = Normalizer.fitTargets(d);
        // Targets 10, 20, 30: mean 20, std sqrt(200/3); targets -1, -2, -3: mean -2, std sqrt(2/3).
        assertArrayEquals(new double[] {20, -2}, t.offset());
        assertArrayEquals(new double[] {Math.sqrt(200.0 / 3), Math.sqrt(2.0 / 3)}, t.scale());
        Dataset scaled = t.applyToTargets(d);
        double[] back = t.inverse(new double[] {scaled.targets()[4], scaled.targets()[5]});
        assertArrayEquals(new double[] {30, -3}, back, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Normalizer.fitTargets(Datasets.iris()));
    }

    @Test
    void invalidParametersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Normalizer(Normalization.ZSCORE, new double[] {0}, new double[] {0}, new double[] {0}));
        assertEquals("column 1 needs a finite offset and fill and a finite scale > 0, got offset 0.0, scale 0.0, fill 0.0",
                e.getMessage());
    }
}
