package org.momentum4j.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.theory.MomentumTheory.Rule;
import org.momentum4j.theory.MomentumTheory.Tuned;

/**
 * The library's real update rules, run on quadratics of condition number K, against the textbook rates:
 * gradient descent (K-1)/(K+1) at lr 2/(L+mu); heavy-ball (sqrt K - 1)/(sqrt K + 1) at Polyak's optimal
 * settings; Nesterov's rate from its recurrence at lr 1/L, momentum (sqrt K - 1)/(sqrt K + 1).
 */
class QuadraticConvergenceTest {

    private static final int DIMENSION = 12;

    /** Rates are measured over long runs (error down 1e100-fold) so that the asymptotic rate shows. */
    private static final double LONG_RUN = 1e100;

    /**
     * "Within 10%" is judged on the exponent -ln(rate) (iterations per e-fold), which is what decides
     * run time; on the rate itself 10% would accept nearly anything close to 1.
     */
    private static void assertRateNear(double theory, double measured, String what) {
        double relative = Math.abs(Math.log(measured) - Math.log(theory)) / Math.abs(Math.log(theory));
        assertTrue(relative < 0.10, what + ": measured rate " + measured + " vs theory " + theory
                + " (exponents differ by " + Math.round(relative * 1000) / 10.0 + "%)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 100, 1000})
    void gradientDescentConvergesAtItsTheoreticalRate(double kappa) {
        Quadratic q = Quadratic.withCondition(kappa, DIMENSION);
        Tuned gd = MomentumTheory.gradientDescent(q);
        assertEquals((kappa - 1) / (kappa + 1), gd.rate(), 1e-12);
        assertEquals(gd.rate(), MomentumTheory.rate(Rule.GRADIENT_DESCENT, q, gd.learningRate(), 0), 1e-9);
        QuadraticRun run = QuadraticRun.run(Rule.GRADIENT_DESCENT, q, gd.learningRate(), 0, LONG_RUN, 1_000_000);
        assertTrue(run.reached());
        assertRateNear(gd.rate(), run.rate(), "gradient descent, K=" + kappa);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 100, 1000})
    void heavyBallConvergesAtPolyaksRate(double kappa) {
        Quadratic q = Quadratic.withCondition(kappa, DIMENSION);
        Tuned hb = MomentumTheory.heavyBall(q);
        double rk = Math.sqrt(kappa);
        assertEquals((rk - 1) / (rk + 1), hb.rate(), 1e-12);
        // The closed form agrees with the root moduli of the recurrence, eigenvalue by eigenvalue.
        assertEquals(hb.rate(), MomentumTheory.rate(Rule.HEAVY_BALL, q, hb.learningRate(), hb.momentum()), 1e-6);
        QuadraticRun run = QuadraticRun.run(Rule.HEAVY_BALL, q, hb.learningRate(), hb.momentum(), LONG_RUN,
                1_000_000);
        assertTrue(run.reached());
        assertRateNear(hb.rate(), run.rate(), "heavy-ball, K=" + kappa);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 100, 1000})
    void nesterovConvergesAtItsRecurrenceRateAndWithinItsBound(double kappa) {
        Quadratic q = Quadratic.withCondition(kappa, DIMENSION);
        Tuned n = MomentumTheory.nesterov(q);
        // At lr = 1/L the slowest direction has a double root of exactly 1 - 1/sqrt(K).
        assertEquals(1 - 1 / Math.sqrt(kappa), n.rate(), 1e-6, "Nesterov's rate 1 - 1/sqrt(K)");
        QuadraticRun run = QuadraticRun.run(Rule.NESTEROV, q, n.learningRate(), n.momentum(), LONG_RUN, 1_000_000);
        assertTrue(run.reached());
        assertRateNear(n.rate(), run.rate(), "Nesterov, K=" + kappa);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 100, 1000})
    void heavyBallNeedsAboutSqrtKTimesFewerIterations(double kappa) {
        Quadratic q = Quadratic.withCondition(kappa, DIMENSION);
        Tuned gd = MomentumTheory.gradientDescent(q);
        Tuned hb = MomentumTheory.heavyBall(q);
        QuadraticRun slow = QuadraticRun.run(Rule.GRADIENT_DESCENT, q, gd.learningRate(), 0, 1e6, 1_000_000);
        QuadraticRun fast = QuadraticRun.run(Rule.HEAVY_BALL, q, hb.learningRate(), hb.momentum(), 1e6, 1_000_000);
        assertTrue(slow.reached() && fast.reached());
        // Iterations ~ ln(1e6) / -ln(rate); the rate exponents are ~2/K and ~2/sqrt K, so the ratio is ~sqrt K.
        double speedUp = (double) slow.iterations() / fast.iterations();
        double rk = Math.sqrt(kappa);
        assertTrue(speedUp > rk / 2 && speedUp < 2 * rk,
                "K=" + kappa + ": gradient descent took " + slow.iterations() + " iterations, heavy-ball "
                        + fast.iterations() + " (speed-up " + speedUp + ", sqrt K = " + rk + ")");
    }

    @ParameterizedTest
    @ValueSource(doubles = {100, 1000})
    void theArticlesRuleAtItsBestGivesNoSqrtKSpeedUp(double kappa) {
        // The article's step is lr*(g_t + mu*g_{t-1}); at best it buys a constant factor over gradient
        // descent, never the sqrt K of heavy-ball.
        Quadratic q = Quadratic.withCondition(kappa, DIMENSION);
        Tuned article = MomentumTheory.article(q);
        Tuned gd = MomentumTheory.gradientDescent(q);
        Tuned hb = MomentumTheory.heavyBall(q);
        double articleGain = Math.log(article.rate()) / Math.log(gd.rate());
        double heavyBallGain = Math.log(hb.rate()) / Math.log(gd.rate());
        assertTrue(articleGain >= 1 - 1e-9 && articleGain < 3, "article gain over GD " + articleGain);
        assertTrue(heavyBallGain > Math.sqrt(kappa) / 2, "heavy-ball gain over GD " + heavyBallGain);
        QuadraticRun run = QuadraticRun.run(Rule.ARTICLE, q, article.learningRate(), article.momentum(), LONG_RUN,
                1_000_000);
        assertTrue(run.reached());
        assertRateNear(article.rate(), run.rate(), "article, K=" + kappa);
    }
}
