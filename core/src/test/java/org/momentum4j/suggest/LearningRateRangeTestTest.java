package org.momentum4j.suggest;

import org.momentum4j.fixtures.KnownHessian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Sgd;

class LearningRateRangeTestTest {

    @Test
    void learningRatesGrowExponentially() {
        LearningRateRangeTest.Settings s = new LearningRateRangeTest.Settings(1e-4, 1, 101, 1, 4, 1);
        assertEquals(1e-4, s.learningRateAt(0), 1e-18);
        assertEquals(1e-2, s.learningRateAt(50), 1e-14);   // halfway in log space
        assertEquals(1.0, s.learningRateAt(100), 1e-12);
    }

    @Test
    void fullBatchGradientDescentFallsFastestBelowTwoOverLAndBlowsUpOnlyAboveIt() {
        // On the known quadratic (L = 8) full-batch SGD contracts every mode exactly while lr < 2/L = 0.25.
        // So the loss cannot blow up below 0.25, and its fastest fall must lie there too. Above 0.25 the
        // top mode grows like |1 - 8 lr| per step, from a tiny amplitude, so detection lags; it must still
        // happen well inside the range (below 10).
        Network net = KnownHessian.network();
        double[] before = net.parameters().clone();
        LearningRateRangeTest.Result r = LearningRateRangeTest.run(net, KnownHessian.data(), new Sgd(1e-6),
                new LearningRateRangeTest.Settings(1e-6, 10, 300, 4, 4, 1));
        assertTrue(r.blowUp() > 0.25 && r.blowUp() < 10, "blow-up at " + r.blowUp());
        assertTrue(r.steepest() < 0.25, "steepest " + r.steepest());
        assertTrue(r.minimum() < r.blowUp(), "minimum " + r.minimum());
        assertEquals(r.learningRates().length, r.losses().length);
        assertArrayEquals(before, net.parameters(), 0.0, "the network itself is not trained");
    }

    @Test
    void badSettingsAreRejectedWithTheirNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LearningRateRangeTest.Settings(1, 0.1, 100, 1, 4, 1));
        assertTrue(e.getMessage().contains("min 1.0, max 0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningRateRangeTest.Settings(1e-6, 1, 5, 1, 4, 1));
    }
}
