package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark data generator: shape, range, seeding, sparsity and validation. */
class SyntheticDataTest {

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        SyntheticData spec = new SyntheticData(4, 3, 150, 1.0, 0.12);
        Dataset a = spec.generate("a", 7);
        Dataset b = spec.generate("b", 7);
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.targets(), b.targets());
        assertTrue(!java.util.Arrays.equals(a.features(), spec.generate("c", 8).features()));
    }

    @Test
    void featuresAreClampedToTheUnitIntervalAndLabelsInRange() {
        Dataset d = new SyntheticData(5, 4, 300, 1.0, 0.5).generate("d", 1);
        assertEquals(300, d.rows());
        assertEquals(5 * 300, d.features().length);
        for (double x : d.features()) {
            assertTrue(x >= 0 && x <= 1, "feature " + x);
        }
        for (int r = 0; r < d.rows(); r++) {
            assertTrue(d.label(r) >= 0 && d.label(r) < 4, "label " + d.label(r));
        }
    }

    @Test
    void sparsePrototypesWithoutNoiseGiveMostlyZeroFeatures() {
        // noise 0: every item equals its class prototype, whose features are non-zero with probability 0.2,
        // so the zero share is 0.8 up to sampling error (10 prototypes x 100 features: sd ~0.013).
        Dataset d = new SyntheticData(100, 10, 200, 0.2, 0.0).generate("s", 3);
        long zeros = java.util.Arrays.stream(d.features()).filter(x -> x == 0.0).count();
        double share = zeros / (double) d.features().length;
        assertTrue(share > 0.72 && share < 0.88, "zero share " + share);
    }

    @Test
    void badParametersNameTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SyntheticData(4, 3, 10, 0, 0.1))
                .getMessage().startsWith("density must be in (0, 1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SyntheticData(4, 1, 10, 1, 0.1))
                .getMessage().contains("classes >= 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SyntheticData(4, 3, 10, 1, -1))
                .getMessage().startsWith("noise must be"));
    }
}
