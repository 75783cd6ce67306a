package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code m4j demo quadratic}: the table a person reads shows heavy-ball's sqrt(K) speed-up. */
class QuadraticDemoCommandTest {

    private static int iterations(Cli run, String rule) {
        return Integer.parseInt(run.outLine(rule).strip().split(" +")[5]);
    }

    @Test
    void heavyBallNeedsAboutSqrtKFewerIterationsThanGradientDescent() {
        Cli run = Cli.run("demo", "quadratic", "--kappa", "400");
        assertEquals(0, run.code(), run.err());
        int gd = iterations(run, "gradient-descent");
        int hb = iterations(run, "heavy-ball");
        int article = iterations(run, "article");
        // sqrt 400 = 20: iterations scale with K for gradient descent and sqrt K for heavy-ball.
        assertTrue(gd / (double) hb > 10 && gd / (double) hb < 40, "gd " + gd + " vs heavy-ball " + hb);
        assertTrue(gd / (double) article < 3, "the article's rule gains only a constant: " + gd + " vs " + article);
    }

    @Test
    void badConditionNumberIsAUsageError() {
        Cli run = Cli.run("demo", "quadratic", "--kappa", "0.5");
        assertEquals(2, run.code());
        assertEquals("m4j demo quadratic: --kappa: condition number must be finite and >= 1, got 0.5",
                run.errLines().get(0));
        assertEquals(2, Cli.run("demo").code(), "no experiment named");
    }
}
