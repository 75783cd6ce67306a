package org.momentum4j.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.theory.MomentumTheory.Rule;

/**
 * On f(x) = x^2 / 2 (lambda = 1, so s = lr), each rule converges just below its stability limit and
 * diverges just above it. Limits from Jury's conditions on the recurrences in {@link MomentumTheory}:
 * heavy-ball 2 + 2*mu; the article's rule min(1/mu, 2/(1 - mu)).
 */
class StabilityBoundaryTest {

    private static final Quadratic ONE_D = new Quadratic(new double[] {1.0});

    private static QuadraticRun run(Rule rule, double lr, double mu) {
        return QuadraticRun.run(rule, ONE_D, lr, mu, 1e6, 200_000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 0.9})
    void heavyBallConvergesBelowTwoPlusTwoMuAndDivergesAbove(double mu) {
        double limit = 2 + 2 * mu;
        assertEquals(limit, MomentumTheory.stabilityLimit(Rule.HEAVY_BALL, mu), 1e-15);
        QuadraticRun below = run(Rule.HEAVY_BALL, 0.98 * limit, mu);
        QuadraticRun above = run(Rule.HEAVY_BALL, 1.02 * limit, mu);
        assertTrue(below.reached(), "lr*lambda = " + 0.98 * limit + " should converge with mu " + mu);
        assertTrue(above.diverged(), "lr*lambda = " + 1.02 * limit + " should diverge with mu " + mu);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.75})
    void theArticlesRuleHasItsOwnLimit(double mu) {
        // mu = 0.2: 2/(1-mu) = 2.5 < 1/mu = 5; mu = 0.5: both 2; mu = 0.75: 1/mu = 1.33 < 8.
        double limit = Math.min(1 / mu, 2 / (1 - mu));
        assertEquals(limit, MomentumTheory.stabilityLimit(Rule.ARTICLE, mu), 1e-15);
        assertTrue(run(Rule.ARTICLE, 0.98 * limit, mu).reached(), "article, mu " + mu + ", just below " + limit);
        assertTrue(run(Rule.ARTICLE, 1.02 * limit, mu).diverged(), "article, mu " + mu + ", just above " + limit);
        if (mu > 0.5) {
            assertTrue(limit < 2, "for mu > 1/2 the article's momentum lowers the limit below plain GD's 2");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.9})
    void theRecurrenceRateCrossesOneExactlyAtTheLimit(double mu) {
        for (Rule rule : Rule.values()) {
            if (rule == Rule.GRADIENT_DESCENT && mu != 0 || rule == Rule.ARTICLE && mu == 0.0) {
                continue;
            }
            double limit = MomentumTheory.stabilityLimit(rule, mu);
            assertTrue(MomentumTheory.rate(rule, limit * (1 - 1e-6), mu) < 1, rule + " below " + limit);
            assertTrue(MomentumTheory.rate(rule, limit * (1 + 1e-6), mu) > 1, rule + " above " + limit);
        }
    }
}
