package org.momentum4j.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum4j.theory.MomentumTheory.Rule;

/** {@link QuadraticRun#errors}: the per-iteration error trace behind the {@code demo quadratic} chart. */
class QuadraticTraceTest {

    /**
     * Gradient descent on f(x) = 1/2 sum lambda_i x_i^2 from x = (1, ..., 1) moves each coordinate
     * independently: x_i(t) = (1 - lr lambda_i)^t, so |x_t| = sqrt(sum_i (1 - lr lambda_i)^(2t)).
     */
    @Test
    void gradientDescentTraceFollowsTheClosedForm() {
        Quadratic q = Quadratic.withCondition(50, 6);
        double lr = 1.5 / q.largest();
        double[] errors = QuadraticRun.errors(Rule.GRADIENT_DESCENT, q, lr, 0, 1e4, 100_000);
        for (int t = 0; t < errors.length; t++) {
            double sum = 0;
            for (double lambda : q.eigenvalues()) {
                sum += Math.pow(1 - lr * lambda, 2 * t);
            }
            assertEquals(Math.sqrt(sum), errors[t], 1e-12 * Math.sqrt(sum), "t = " + t);
        }
    }

    @Test
    void traceEndsWhereTheRunStops() {
        Quadratic q = Quadratic.withCondition(100, 12);
        MomentumTheory.Tuned hb = MomentumTheory.heavyBall(q);
        QuadraticRun run = QuadraticRun.run(Rule.HEAVY_BALL, q, hb.learningRate(), hb.momentum(), 1e6, 1_000_000);
        double[] errors = QuadraticRun.errors(Rule.HEAVY_BALL, q, hb.learningRate(), hb.momentum(), 1e6, 1_000_000);
        assertEquals(run.iterations() + 1, errors.length);
        assertEquals(Math.sqrt(12), errors[0], 1e-15, "|(1, ..., 1)| in 12 dimensions");
        assertTrue(errors[errors.length - 1] <= errors[0] / 1e6);
        assertTrue(errors[errors.length - 2] > errors[0] / 1e6, "the run stops at the first iteration below target");
    }

    @Test
    void traceStopsAtTheCapAndOnDivergence() {
        Quadratic q = Quadratic.withCondition(10, 4);
        assertEquals(7 + 1, QuadraticRun.errors(Rule.GRADIENT_DESCENT, q, 0.01, 0, 1e6, 7).length);
        // lr = 3/L: the top coordinate grows by |1 - 3| = 2 each step, past 1e12 times the start after ~40 steps.
        double[] blowUp = QuadraticRun.errors(Rule.GRADIENT_DESCENT, q, 3 / q.largest(), 0, 1e6, 10_000);
        assertTrue(blowUp.length < 60, "stopped when diverged: " + blowUp.length);
        assertTrue(blowUp[blowUp.length - 1] > 1e12 * blowUp[0]);
    }
}
