package org.momentum4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.momentum4j.cli.report.Curve;
import java.util.concurrent.Callable;
import org.momentum4j.theory.MomentumTheory;
import org.momentum4j.theory.MomentumTheory.Rule;
import org.momentum4j.theory.MomentumTheory.Tuned;
import org.momentum4j.theory.Quadratic;
import org.momentum4j.theory.QuadraticRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j demo quadratic}: gradient descent, the article's rule, Nesterov and heavy-ball, each at its best
 * settings, on a quadratic of condition number K; iterations to shrink the error, the measured rate next
 * to the theoretical one, and the speed-up over gradient descent.
 */
@Command(name = "quadratic", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Runs each momentum rule at its best settings on f(x) = 1/2 sum lambda_i x_i^2 with"
                + " eigenvalues log-spaced from 1 to K, and compares measured and theoretical rates.",
            "Best settings: gradient descent lr 2/(L+mu); heavy-ball lr 4/(sqrt L + sqrt mu)^2, momentum"
                + " ((sqrt K-1)/(sqrt K+1))^2; Nesterov lr 1/L, momentum (sqrt K-1)/(sqrt K+1); the article's"
                + " rule: searched (no closed form)."},
        optionListHeading = "%nOptions:%n")
final class QuadraticDemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--kappa", paramLabel = "K", defaultValue = "100",
            description = "Condition number L/mu, >= 1 (default: ${DEFAULT-VALUE}).")
    double kappa;

    @Option(names = "--dimension", paramLabel = "N", defaultValue = "12",
            description = "Number of coordinates, >= 2 (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--reduction", paramLabel = "FACTOR", defaultValue = "1e6",
            description = "Run until the distance to the minimum shrinks by this factor, > 1 (default: ${DEFAULT-VALUE}).")
    double reduction;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the error against the iteration, one line per rule, log scale, into FILE"
                    + " (.png or .svg).")
    Path chart;

    private static final int MAX_ITERATIONS = 10_000_000;

    @Override
    public Integer call() {
        Quadratic q;
        try {
            q = Quadratic.withCondition(kappa, dimension);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(e.getMessage().startsWith("condition") ? "--kappa" : "--dimension", e);
        }
        if (!(reduction > 1) || !Double.isFinite(reduction)) {
            throw UsageException.about("--reduction", "expected a finite factor > 1, got " + reduction);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "quadratic: %d dimensions, eigenvalues 1 .. %s (K = %s), error reduced %s-fold%n%n",
                dimension, Table.number(kappa, 0), Table.number(kappa, 0), String.format(Locale.ROOT, "%.0e", reduction));
        Table table = new Table(new String[] {"rule", "lr", "momentum", "theory rate", "measured", "iterations",
            "vs GD"}, new int[] {16, 9, 8, 11, 8, 10, 6}, true);
        out.println(table.header());
        Rule[] rules = {Rule.GRADIENT_DESCENT, Rule.ARTICLE, Rule.NESTEROV, Rule.HEAVY_BALL};
        QuadraticChart.checkName(chart);
        List<Curve> curves = new ArrayList<>();
        int gdIterations = 0;
        for (Rule rule : rules) {
            Tuned best = best(rule, q);
            QuadraticRun run = QuadraticRun.run(rule, q, best.learningRate(), best.momentum(), reduction,
                    MAX_ITERATIONS);
            if (rule == Rule.GRADIENT_DESCENT) {
                gdIterations = run.iterations();
            }
            if (chart != null) {
                curves.add(QuadraticChart.curve(String.format(Locale.ROOT, "%s (lr %.4g, momentum %.4g)",
                        name(rule), best.learningRate(), best.momentum()), QuadraticRun.errors(rule, q, best.learningRate(),
                        best.momentum(), reduction, MAX_ITERATIONS), run.diverged()));
            }
            String iterations = run.reached() ? Integer.toString(run.iterations()) : "not reached";
            String speedUp = run.reached() && gdIterations > 0
                    ? String.format(Locale.ROOT, "%.1fx", (double) gdIterations / run.iterations()) : "-";
            out.println(table.line(name(rule), String.format(Locale.ROOT, "%.4g", best.learningRate()),
                    Table.number(best.momentum(), 4), Table.number(best.rate(), 5), Table.number(run.rate(), 5),
                    iterations, speedUp));
        }
        out.println();
        out.printf(Locale.ROOT, "sqrt K = %.1f: heavy-ball and Nesterov gain about that much over gradient descent;"
                + " the article's rule, which remembers one step, gains a constant factor whatever K is.%n",
                Math.sqrt(kappa));
        if (chart != null) {
            QuadraticChart.write(chart, kappa, curves);
            out.println("chart: " + chart);
        }
        return 0;
    }

    static Tuned best(Rule rule, Quadratic q) {
        switch (rule) {
            case GRADIENT_DESCENT:
                return MomentumTheory.gradientDescent(q);
            case HEAVY_BALL:
                return MomentumTheory.heavyBall(q);
            case NESTEROV:
                return MomentumTheory.nesterov(q);
            case ARTICLE:
                return MomentumTheory.article(q);
            default:
                throw new AssertionError(rule);
        }
    }

    static String name(Rule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
