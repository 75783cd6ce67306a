package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bias-correction power {@code beta^t = exp(t ln beta)} against the correctly rounded power: within
 * {@code t |ln beta| + 2} ulps (ln beta is off by at most an ulp, which t multiplies; exp adds one more).
 */
class AdamUpdatePowerTest {

    @Test
    void isCloseToThePowerForTheBetasAndStepsThatMatter() {
        for (long t : new long[] {1, 2, 3, 7, 100, 12345, 1_000_000}) {
            for (double beta : new double[] {0.0, 0.5, 0.8, 0.9, 0.99, 0.999, 0.9999}) {
                double exact = StrictMath.pow(beta, t);
                double got = AdamUpdate.power(beta, t);
                if (exact == 0) {
                    assertTrue(got < Double.MIN_NORMAL, "beta " + beta + " t " + t + ": " + got);
                    continue;
                }
                double ulps = Math.abs(got - exact) / Math.ulp(exact);
                assertTrue(ulps <= t * -Math.log(beta) + 2, "beta " + beta + " t " + t + ": " + ulps + " ulps");
            }
        }
    }

    @Test
    void smallPowersAreExactToTheLastUlpOrTwo() {
        assertEquals(0.81, AdamUpdate.power(0.9, 2), 2 * Math.ulp(0.81));
        assertEquals(0.125, AdamUpdate.power(0.5, 3), 2 * Math.ulp(0.125));
        assertEquals(0.0, AdamUpdate.power(0.0, 5), 0.0);
    }
}
