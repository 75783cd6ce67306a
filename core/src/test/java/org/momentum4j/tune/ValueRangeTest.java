package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;

class ValueRangeTest {
    private static final ValueRange LR = new ValueRange("learning rate", 0.001, 1);

    @Test
    void logSpacingByHand() {
        // log10 from -3 to 0 in 3 equal steps: 10^-3, 10^-2, 10^-1, 10^0.
        double[] v = LR.logSpaced(4);
        assertEquals(0.001, v[0], 0);
        assertEquals(0.01, v[1], 1e-15 * 0.01);
        assertEquals(0.1, v[2], 1e-15 * 0.1);
        assertEquals(1.0, v[3], 0);
        // 0.01 .. 0.16 in 5 points: ratio (0.16/0.01)^(1/4) = 16^(1/4) = 2, so 0.01, 0.02, 0.04, 0.08, 0.16.
        double[] w = new ValueRange("learning rate", 0.01, 0.16).logSpaced(5);
        double[] expected = {0.01, 0.02, 0.04, 0.08, 0.16};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], w[i], 1e-15 * expected[i]);
        }
    }

    @Test
    void linearSpacingByHand() {
        // 0 .. 0.9 in 4 points: step 0.3.
        double[] v = new ValueRange("momentum", 0, 0.9).linear(4);
        assertEquals(0.0, v[0], 0);
        assertEquals(0.3, v[1], 1e-16);
        assertEquals(0.6, v[2], 1e-16);
        assertEquals(0.9, v[3], 0);
        assertArrayEquals(new double[] {0.5}, ValueRange.single("momentum", 0.5).linear(1));
    }

    @Test
    void samplesStayInsideAndLogSamplesSpreadOverDecades() {
        RandomGenerator random = Network.newRandom(4);
        int below = 0;
        for (int i = 0; i < 2000; i++) {
            double x = LR.sampleLog(random);
            assertTrue(x >= 0.001 && x <= 1, "sample " + x);
            below += x < 0.01 ? 1 : 0;
        }
        // log-uniform: P(x < 0.01) = 1/3 (one decade of three); a uniform draw would give about 0.009.
        assertTrue(below > 2000 / 3 - 100 && below < 2000 / 3 + 100, "below 0.01: " + below);
    }

    @Test
    void emptyAndInvertedRangesAreOneLineErrors() {
        assertEquals("learning rate range [0.1, 0.01] is inverted: min must be <= max",
                assertThrows(IllegalArgumentException.class, () -> new ValueRange("learning rate", 0.1, 0.01))
                        .getMessage());
        assertEquals("learning rate range [0.1, 0.1] holds a single value; a grid of 5 would repeat it",
                assertThrows(IllegalArgumentException.class, () -> ValueRange.single("learning rate", 0.1).logSpaced(5))
                        .getMessage());
        assertEquals("learning rate range [0.001, 1.0] needs at least 2 grid points to cover it, got 1",
                assertThrows(IllegalArgumentException.class, () -> LR.logSpaced(1)).getMessage());
        assertEquals("momentum range [0.0, NaN] must be finite",
                assertThrows(IllegalArgumentException.class, () -> new ValueRange("momentum", 0, Double.NaN))
                        .getMessage());
        assertEquals("learning rate range [0.0, 1.0] must be > 0 for log spacing",
                assertThrows(IllegalArgumentException.class, () -> new ValueRange("learning rate", 0, 1).logSpaced(3))
                        .getMessage());
    }
}
