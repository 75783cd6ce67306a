package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.momentum4j.cli.report.Numbers;
import org.momentum4j.cli.report.TextTable;
import org.momentum4j.cli.report.TextTable.Column;
import org.momentum4j.compare.Comparer;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.ComparisonListener;
import org.momentum4j.compare.DefaultComparison;
import org.momentum4j.compare.EpochPoint;
import org.momentum4j.compare.MeanStd;
import org.momentum4j.compare.RunResult;
import org.momentum4j.compare.Setting;
import org.momentum4j.compare.SettingSummary;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j demo article}: the article's Iris demo without momentum (SGD, lr 0.05) and with it (the
 * article's rule, lr 0.05, momentum 0.75), plus heavy-ball at the same settings, over many seeds. Each seed
 * is one {@link Comparison} whose split, initial weights and item order come from that seed, exactly as
 * {@code m4j train --seed S} draws them, so the article row of seed S is that command's run.
 */
@Command(name = "article", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"The article's Iris demo without momentum (sgd lr 0.05) and with it (article lr 0.05"
                + " momentum 0.75), plus heavy-ball at the same settings, over many seeds: mean and spread of"
                + " test accuracy, final training loss and epochs to a target loss.",
            "Each seed draws its own 120/30 split, initial weights and item order, as m4j train --seed S does."},
        optionListHeading = "%nOptions:%n")
final class ArticleDemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "N|LIST", defaultValue = "20", converter = Seeds.Converter.class,
            description = "N runs seeds 1..N; a comma-separated list runs those (default: ${DEFAULT-VALUE}).")
    private Seeds seeds;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "40",
            description = "Epochs per run, as m4j train (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--target-loss", paramLabel = "LOSS", defaultValue = "0.15", converter = TargetLoss.class,
            description = "Training loss for epochs to target (default: ${DEFAULT-VALUE}).")
    private double targetLoss;

    @Mixin
    private RunOptions run;

    /** The three rules, at the article's settings. */
    static List<Optimizer> rules() {
        double lr = DefaultComparison.LEARNING_RATE;
        double mu = DefaultComparison.MOMENTUM;
        return List.of(new Sgd(lr), new ArticleMomentum(lr, mu), new HeavyBall(lr, mu));
    }

    @Override
    public Integer call() {
        if (epochs < 1) {
            throw UsageException.about("--epochs", "epochs must be at least 1, got " + epochs);
        }
        List<Optimizer> rules = rules();
        Map<Optimizer, List<RunResult>> runs = new LinkedHashMap<>();
        rules.forEach(r -> runs.put(r, new ArrayList<>()));
        Comparer comparer = new Comparer(run.threads());
        try (ProgressBars.Bar bar = ProgressBars.open("demo article", "epochs",
                (long) rules.size() * seeds.values().size() * epochs, run.quiet)) {
            ComparisonListener progress = progress(bar);
            for (long seed : seeds.values()) {
                for (RunResult r : comparer.run(comparison(seed, rules), progress).runs()) {
                    runs.get(r.optimizer()).add(r);
                }
            }
        }
        List<SettingSummary> summaries = new ArrayList<>();
        runs.forEach((rule, list) -> summaries.add(SettingSummary.of(rule, list)));
        print(spec.commandLine().getOut(), summaries);
        return 0;
    }

    /** Seed {@code seed}'s race: split, standardisation, weights and order all from that seed. */
    private Comparison comparison(long seed, List<Optimizer> rules) {
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), DefaultComparison.TEST_FRACTION, seed);
        Standardizer z = Standardizer.fit(split.train());
        Dataset train = z.apply(split.train());
        return new Comparison(train, z.apply(split.test()), DefaultComparison.architecture(), DefaultComparison.init(),
                Setting.of(rules), epochs, 1, List.of(seed), targetLoss, Comparison.DEFAULT_DIVERGENCE_FACTOR);
    }

    private ComparisonListener progress(ProgressBars.Bar bar) {
        return new ComparisonListener() {
            @Override
            public void onEpoch(Optimizer optimizer, long seed, EpochPoint point) {
                bar.stepBy(1);
            }

            @Override
            public void onRunEnd(RunResult result) {
                bar.stepBy(epochs - (result.curve().size() - 1));
            }
        };
    }

    private void print(PrintWriter out, List<SettingSummary> summaries) {
        int n = seeds.values().size();
        out.println("The article's demo on Iris: 4-5-3 tanh/softmax, cross-entropy, weights uniform in [-0.01, 0.01],"
                + " 120/30 split, online, " + epochs + " epochs; " + n + (n == 1 ? " seed " : " seeds ")
                + seeds + ", each with its own split, weights and item order (as m4j train --seed S).");
        out.println();
        String target = "epochs to " + Numbers.exact(targetLoss);
        TextTable table = new TextTable(Column.text("rule"), Column.number("test accuracy"), Column.number("min"),
                Column.number("max"), Column.number(">= 90%"), Column.number("final loss"), Column.number(target),
                Column.text("diverged"));
        for (SettingSummary s : summaries) {
            MeanStd acc = s.finalValidationAccuracy();
            double[] accs = s.runs().stream().filter(r -> !r.diverged())
                    .mapToDouble(RunResult::finalValidationAccuracy).toArray();
            long good = Arrays.stream(accs).filter(a -> a >= 0.9).count();
            table.row(s.label(), Numbers.meanStdPercent(acc),
                    Numbers.percent(Arrays.stream(accs).min().orElse(Double.NaN)),
                    Numbers.percent(Arrays.stream(accs).max().orElse(Double.NaN)), good + "/" + n,
                    Numbers.meanStd(s.finalTrainingLoss()), toTarget(s), s.divergedCount() + "/" + n);
        }
        out.print(table.render());
        out.println();
        out.println("Mean ± sample standard deviation over the seeds; test accuracy on each seed's 30 held-out flowers;"
                + " final loss is the last epoch's training loss.");
        double lr = DefaultComparison.LEARNING_RATE;
        double mu = DefaultComparison.MOMENTUM;
        out.printf(Locale.ROOT, "For small steps the article's rule acts like SGD with lr*(1+mu) = %s and heavy-ball"
                + " like SGD with lr/(1-mu) = %s.%s%n", Numbers.format(lr * (1 + mu)), Numbers.format(lr / (1 - mu)),
                speedUps(summaries));
    }

    /** Each momentum rule's mean epochs to target relative to SGD's, where both reached it. */
    private static String speedUps(List<SettingSummary> summaries) {
        double sgd = summaries.get(0).epochsToTarget().mean();
        if (Double.isNaN(sgd)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (SettingSummary s : summaries.subList(1, summaries.size())) {
            double e = s.epochsToTarget().mean();
            if (!Double.isNaN(e)) {
                String name = s.optimizer() instanceof HeavyBall ? "heavy-ball" : "the article's rule";
                parts.add(name + String.format(Locale.ROOT, " %.2fx", e / sgd));
            }
        }
        return parts.isEmpty() ? "" : " Measured epochs to target, relative to SGD: " + String.join(", ", parts) + ".";
    }

    private static String toTarget(SettingSummary s) {
        MeanStd m = s.epochsToTarget();
        if (m.count() == 0) {
            return "not reached";
        }
        String value = Numbers.meanStd(m);
        return m.count() < s.runs().size() ? value + " (" + m.count() + "/" + s.runs().size() + ")" : value;
    }
}
