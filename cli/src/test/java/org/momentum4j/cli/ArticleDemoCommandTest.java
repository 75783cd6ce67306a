package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code m4j demo article}: the article's demo over seeds, each seed's run being {@code m4j train --seed S}'s. */
class ArticleDemoCommandTest {
    private static final Map<String, String> TRAIN_OPTIMIZER = Map.of("sgd lr=0.05", "sgd",
            "article lr=0.05 momentum=0.75", "article", "momentum lr=0.05 momentum=0.75", "momentum");

    /** A table row's cells (cells are two or more spaces apart; "96.5% ± 3.0%" is one cell). */
    private static String[] cells(Cli run, String rule) {
        return run.outLine(rule).strip().split("\\s{2,}");
    }

    @Test
    void eachRuleIsSummarisedOverSeedsAndEachSeedIsTheTrainRun() {
        Cli demo = Cli.run("demo", "article", "--seeds", "3");
        assertEquals(0, demo.code(), demo.err());
        for (Map.Entry<String, String> rule : TRAIN_OPTIMIZER.entrySet()) {
            String[] row = cells(demo, rule.getKey());
            double sum = 0;
            for (int seed = 1; seed <= 3; seed++) {
                Cli train = Cli.run("train", "--seed", Integer.toString(seed), "--optimizer", rule.getValue());
                sum += Double.parseDouble(train.outLine("test").strip().split(" +")[1]);
            }
            String mean = String.format(Locale.ROOT, "%.1f%%", 100 * sum / 3);
            assertTrue(row[1].startsWith(mean + " ± "), rule.getKey() + ": " + row[1] + ", m4j train mean " + mean);
            assertEquals("0/3", row[7], "no run diverges");
        }
        assertTrue(demo.out().contains("3 seeds 1..3"), demo.out());
    }

    @Test
    void momentumReachesTheTargetInFewerEpochsThanPlainSgd() {
        // Theory: for small steps the article's rule acts like SGD with lr*(1+mu), heavy-ball like lr/(1-mu).
        Cli demo = Cli.run("demo", "article", "--seeds", "5");
        assertEquals(0, demo.code(), demo.err());
        double sgd = epochsToTarget(cells(demo, "sgd lr=0.05"));
        double article = epochsToTarget(cells(demo, "article lr=0.05 momentum=0.75"));
        double heavyBall = epochsToTarget(cells(demo, "momentum lr=0.05 momentum=0.75"));
        assertTrue(article < sgd && heavyBall < article, "sgd " + sgd + ", article " + article + ", heavy-ball " + heavyBall);
        assertTrue(demo.out().contains("Measured epochs to target, relative to SGD"), demo.out());
    }

    private static double epochsToTarget(String[] row) {
        return Double.parseDouble(row[6].split(" ")[0]);
    }

    @Test
    void badSeedsAreAUsageError() {
        Cli run = Cli.run("demo", "article", "--seeds", "0");
        assertEquals(2, run.code());
        assertTrue(run.errLines().get(0).startsWith("m4j demo article: invalid value for option '--seeds'"), run.err());
    }
}
