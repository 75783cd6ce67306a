package org.momentum4j.theory;

/**
 * Convergence theory of the momentum rules on a quadratic, where it is exact.
 *
 * <p>On one eigen-direction with curvature {@code lambda} and {@code s = lr * lambda}, each rule is a
 * linear two-step recurrence whose characteristic polynomial {@code z^2 + a1 z + a0} decides everything:
 * <pre>
 *   gradient descent:  x' = (1 - s) x                                  (a1 = -(1 - s), a0 = 0)
 *   heavy-ball:        z^2 - (1 + mu - s) z + mu                       (Polyak 1964)
 *   Nesterov:          z^2 - (1 + mu)(1 - s) z + mu (1 - s)
 *   article's rule:    z^2 - (1 - s) z + mu s                          (step lr*(g_t + mu g_{t-1}))
 * </pre>
 * The asymptotic rate (error multiplied per iteration) is the largest root modulus over all eigenvalues.
 * Stability (Jury's test, {@code |a0| < 1} and {@code 1 +- a1 + a0 > 0}) gives the largest stable
 * {@code s}: {@code 2} for gradient descent, {@code 2 + 2 mu} for heavy-ball and
 * {@code min(1 / mu, 2 / (1 - mu))} for the article's rule. The last peaks at 3 for {@code mu = 1/3} and
 * falls below plain gradient descent's 2 for {@code mu > 1/2}: with the momentum values people use
 * (0.75, 0.9), the article's rule tolerates a smaller learning rate than no momentum at all, whereas
 * heavy-ball tolerates a larger one.
 */
public final class MomentumTheory {
    private MomentumTheory() {
    }

    /** The rules the theory covers. */
    public enum Rule {
        GRADIENT_DESCENT, HEAVY_BALL, NESTEROV, ARTICLE
    }

    /**
     * Settings and the rate they achieve.
     *
     * @param learningRate the step size
     * @param momentum     the momentum factor (0 for gradient descent)
     * @param rate         asymptotic contraction per iteration on the quadratic, in [0, 1) when stable
     */
    public record Tuned(double learningRate, double momentum, double rate) {
    }

    /** Largest root modulus of {@code z^2 + a1 z + a0}. */
    static double rootModulus(double a1, double a0) {
        double disc = a1 * a1 - 4 * a0;
        if (disc < 0) {
            return Math.sqrt(a0);
        }
        double sq = Math.sqrt(disc);
        return Math.max(Math.abs((-a1 + sq) / 2), Math.abs((-a1 - sq) / 2));
    }

    /** The rate on one eigen-direction with {@code s = lr * lambda}. */
    public static double rate(Rule rule, double s, double mu) {
        switch (rule) {
            case GRADIENT_DESCENT:
                return Math.abs(1 - s);
            case HEAVY_BALL:
                return rootModulus(-(1 + mu - s), mu);
            case NESTEROV:
                return rootModulus(-(1 + mu) * (1 - s), mu * (1 - s));
            case ARTICLE:
                return rootModulus(-(1 - s), mu * s);
            default:
                throw new AssertionError(rule);
        }
    }

    /** The asymptotic rate on the whole quadratic: the worst eigen-direction. */
    public static double rate(Rule rule, Quadratic q, double lr, double mu) {
        double worst = 0;
        for (double lambda : q.eigenvalues()) {
            worst = Math.max(worst, rate(rule, lr * lambda, mu));
        }
        return worst;
    }

    /** The largest stable {@code s = lr * lambda} for a rule and momentum (Jury's conditions). */
    public static double stabilityLimit(Rule rule, double mu) {
        switch (rule) {
            case GRADIENT_DESCENT:
                return 2;
            case HEAVY_BALL:
                return 2 + 2 * mu;
            case NESTEROV:
                return (2 + 2 * mu) / (1 + 2 * mu);
            case ARTICLE:
                return mu == 0 ? 2 : Math.min(1 / mu, 2 / (1 - mu));
            default:
                throw new AssertionError(rule);
        }
    }

    /** Gradient descent's best fixed step: {@code lr = 2 / (L + mu)}, rate {@code (K - 1) / (K + 1)}. */
    public static Tuned gradientDescent(Quadratic q) {
        double l = q.largest();
        double m = q.smallest();
        double k = l / m;
        return new Tuned(2 / (l + m), 0, (k - 1) / (k + 1));
    }

    /**
     * Polyak's optimal heavy-ball settings: {@code lr = 4 / (sqrt L + sqrt mu)^2},
     * {@code momentum = ((sqrt K - 1) / (sqrt K + 1))^2}, rate {@code (sqrt K - 1) / (sqrt K + 1)}.
     */
    public static Tuned heavyBall(Quadratic q) {
        double l = q.largest();
        double m = q.smallest();
        double rk = Math.sqrt(l / m);
        double r = (rk - 1) / (rk + 1);
        double sum = Math.sqrt(l) + Math.sqrt(m);
        return new Tuned(4 / (sum * sum), r * r, r);
    }

    /**
     * Nesterov's settings for strongly convex functions: {@code lr = 1 / L},
     * {@code momentum = (sqrt K - 1) / (sqrt K + 1)}; its rate on the quadratic is computed exactly from
     * the recurrence (it is at most {@code 1 - 1 / sqrt K}).
     */
    public static Tuned nesterov(Quadratic q) {
        double l = q.largest();
        double rk = Math.sqrt(q.condition());
        double mu = (rk - 1) / (rk + 1);
        return new Tuned(1 / l, mu, rate(Rule.NESTEROV, q, 1 / l, mu));
    }

    /**
     * The article's rule at its best: no closed form is known, so this searches a grid of momentum
     * values in [0, 0.99] and, for each, the step size by golden-section search on the rate (a unimodal
     * function of {@code lr} for fixed momentum on these problems), keeping the best pair.
     */
    public static Tuned article(Quadratic q) {
        Tuned best = new Tuned(gradientDescent(q).learningRate(), 0, gradientDescent(q).rate());
        for (int k = 0; k <= 99; k++) {
            double mu = k / 100.0;
            double hi = stabilityLimit(Rule.ARTICLE, mu) / q.largest();
            double lr = goldenSection(Rule.ARTICLE, q, mu, 0, hi);
            double r = rate(Rule.ARTICLE, q, lr, mu);
            if (r < best.rate()) {
                best = new Tuned(lr, mu, r);
            }
        }
        return best;
    }

    private static double goldenSection(Rule rule, Quadratic q, double mu, double lo, double hi) {
        final double phi = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        for (int i = 0; i < 200; i++) {
            double c = b - phi * (b - a);
            double d = a + phi * (b - a);
            if (rate(rule, q, c, mu) <= rate(rule, q, d, mu)) {
                b = d;
            } else {
                a = c;
            }
        }
        return (a + b) / 2;
    }
}
