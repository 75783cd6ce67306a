package org.momentum4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.suggest.CurvatureSuggestion;
import org.momentum4j.suggest.FullBatchGradient;
import org.momentum4j.suggest.HessianProbe;
import org.momentum4j.suggest.LearningRateRangeTest;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j suggest}: learning rate and momentum from the problem itself. Runs a learning-rate range test
 * with the chosen rule from the initial weights, trains a few warm-up epochs, estimates the extreme eigenvalues of the
 * full-batch loss Hessian and prints heavy-ball and Nesterov settings with the reasoning.
 */
@Command(name = "suggest", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Suggests a learning rate and momentum from the problem itself:",
            "1. a learning-rate range test (lr grows exponentially; where the loss falls fastest, where it blows up);",
            "2. the largest and smallest eigenvalues of the loss Hessian (power iteration on Hessian-vector"
                + " products) and the heavy-ball and Nesterov formulas for them."},
        optionListHeading = "%nOptions:%n")
final class SuggestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "NAME|FILE", defaultValue = "iris",
            description = "A bundled dataset or a CSV file (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share held out (not used for the estimates) (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the split, the weights, the item order and the power iteration"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup-epochs", paramLabel = "N", defaultValue = "5",
            description = "Epochs trained with the chosen rule before measuring curvature, >= 0; near the initial"
                    + " weights the loss is flat and says little (default: ${DEFAULT-VALUE}).")
    int warmupEpochs;

    @Option(names = "--range-steps", paramLabel = "N", defaultValue = "300",
            description = "Steps of the range test, lr from 1e-6 to 10, >= 10 (default: ${DEFAULT-VALUE}).")
    int rangeSteps;

    @Option(names = "--max-condition", paramLabel = "K", defaultValue = "100",
            description = {"Cap on the condition number L/mu used by the formulas, >= 1 (default: ${DEFAULT-VALUE}).",
                "A network's smallest eigenvalue is often tiny or negative; a larger cap only pushes the"
                    + " momentum towards 1 and the learning rate towards the stability edge."})
    double maxCondition;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the range test, loss against learning rate, to FILE (.png or .svg)"
                    + " (default: no chart).")
    Path chart;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private OptimizerOptions optimizer;

    private static final int POWER_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-6;

    @Override
    public Integer call() {
        if (warmupEpochs < 0) {
            throw UsageException.about("--warmup-epochs", "expected a whole number >= 0, got " + warmupEpochs);
        }
        if (!(maxCondition >= 1)) {
            throw UsageException.about("--max-condition", "expected a number >= 1, got " + maxCondition);
        }
        LearningRateRangeTest.Settings range;
        try {
            range = new LearningRateRangeTest.Settings(1e-6, 10, rangeSteps, 1, 4, seed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--range-steps", e);
        }
        QuadraticChart.checkName(chart);
        Optimizer rule = optimizer.optimizer();
        Dataset all = DataSource.load(data);
        Architecture architecture = network.architecture(all);
        TrainTestSplit split;
        try {
            split = TrainTestSplit.of(all, testFraction, seed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--test-fraction", e);
        }
        Dataset train = Standardizer.fit(split.train()).apply(split.train());
        Network net = Network.create(architecture, network.init, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(train.name() + ": " + train.rows() + " rows, standardised | " + architecture + " | "
                + rule.describe());
        out.println();
        LearningRateRangeTest.Result r = LearningRateRangeTest.run(net, train, rule, range);
        out.println("Learning-rate range test from the initial weights (" + rule.describe().split(" ")[0]
                + ", online, lr 1e-6 .. 10 over " + rangeSteps + " steps):");
        out.println("  the loss falls fastest at lr " + g(r.steepest()) + " and is lowest at lr " + g(r.minimum()));
        out.println(Double.isNaN(r.blowUp()) ? "  it did not blow up below lr 10"
                : "  it blows up at lr " + g(r.blowUp()) + " (smoothed loss over 4x its best)");
        if (chart != null) {
            RangeTestChart.write(chart, rule.describe(), r);
            out.println("  chart: " + chart);
        }
        out.println();

        if (warmupEpochs > 0) {
            new Trainer(rule, TrainingConfig.online(warmupEpochs, seed)).fit(net, train);
            out.println("warmed up for " + warmupEpochs + " epochs with " + rule.describe());
        }
        HessianProbe probe = new HessianProbe(new FullBatchGradient(net, train));
        HessianProbe.Estimate largest = probe.largest(POWER_ITERATIONS, TOLERANCE, seed);
        HessianProbe.Estimate smallest = probe.smallest(largest.value(), POWER_ITERATIONS, TOLERANCE, seed + 1);
        out.println("Curvature of the full-batch loss at these weights (" + largest.iterations() + " + "
                + smallest.iterations() + " power iterations" + (largest.converged() && smallest.converged()
                ? "" : "; not fully converged, treat as rough") + "):");
        CurvatureSuggestion s;
        try {
            s = CurvatureSuggestion.from(largest.value(), smallest.value(), maxCondition);
        } catch (IllegalArgumentException e) {
            out.println("  " + e.getMessage());
            return 0;
        }
        for (String line : s.reasoning()) {
            out.println("  " + line);
        }
        out.println();
        String base = "  m4j train --data " + data;
        out.println("Try, full batch (where the curvature formulas hold):");
        out.println(base + " --batch-size full --optimizer momentum --lr " + g(s.heavyBall().learningRate())
                + " --momentum " + g(s.heavyBall().momentum()));
        out.println(base + " --batch-size full --optimizer nesterov --lr " + g(s.nesterov().learningRate())
                + " --momentum " + g(s.nesterov().momentum()));
        double online = onlineLearningRate(r);
        if (!Double.isNaN(online)) {
            out.println("Try, online (from the range test with " + rule.describe().split(" ")[0] + "):");
            out.println(base + " " + ruleFlags(rule) + " --lr " + g(online));
        }
        return 0;
    }

    /**
     * The steepest point of the range test, but no more than a tenth of where the loss blew up: the steepest
     * point of a noisy online curve is sometimes already on the climb to the blow-up.
     */
    static double onlineLearningRate(LearningRateRangeTest.Result r) {
        if (Double.isNaN(r.steepest())) {
            return Double.NaN;
        }
        return Double.isNaN(r.blowUp()) ? r.steepest() : Math.min(r.steepest(), r.blowUp() / 10);
    }

    /** The flags that select {@code rule} and its momentum, without the learning rate. */
    private static String ruleFlags(Optimizer rule) {
        String[] words = rule.describe().split(" ");
        StringBuilder flags = new StringBuilder("--optimizer ").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].startsWith("lr=")) {
                flags.append(" --").append(words[i].replace('=', ' '));
            }
        }
        return flags.toString();
    }

    private static String g(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }
}
