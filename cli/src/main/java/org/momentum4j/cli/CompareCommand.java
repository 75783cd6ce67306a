package org.momentum4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.momentum4j.cli.report.CompareJson;
import org.momentum4j.cli.report.CompareReport;
import org.momentum4j.cli.report.Json;
import org.momentum4j.cli.report.Numbers;
import org.momentum4j.compare.Comparer;
import org.momentum4j.compare.Comparison;
import org.momentum4j.compare.ComparisonListener;
import org.momentum4j.compare.ComparisonResult;
import org.momentum4j.compare.DefaultComparison;
import org.momentum4j.compare.EpochPoint;
import org.momentum4j.compare.MonitoredRun;
import org.momentum4j.compare.RunObservers;
import org.momentum4j.compare.RunResult;
import org.momentum4j.compare.Setting;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Standardizer;
import org.momentum4j.diagnostics.LayerDiagnostics;
import org.momentum4j.diagnostics.MomentumDiagnostics;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Architecture;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j compare}: several optimizer settings race on the same data from the same initial weights and
 * item order ({@link Comparison}), over one or more seeds; prints an aligned table, and on request the
 * loss-curve charts and HTML report or JSON. With no options it runs {@link DefaultComparison#iris()}.
 */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Trains several optimizer settings on the same data, each from the same initial weights and"
                + " visiting items in the same order, and compares how fast and how far they get.",
            "With no options: plain SGD, the article's momentum, heavy-ball and Nesterov at lr 0.05 and momentum"
                + " 0.75 on Iris (the article's demo network), 40 epochs, target training loss 0.15."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (diverged runs are results, not errors)",
            "1:internal error (add --debug for the stack trace)", "2:usage error (bad option, value or file)"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--try", paramLabel = "SPEC",
            description = {"An optimizer setting to compare; repeat for each, e.g. --try \"sgd lr=0.05\""
                    + " --try \"nesterov lr=0.02 momentum=0.9\". Rules: sgd, article, momentum, nesterov, adam,"
                    + " adamw, adagrad, rmsprop, rprop (see docs/optimizers.md for their keys).",
                "A setting may name its own schedules, as words without spaces: lr-schedule=SPEC and"
                    + " momentum-schedule=SPEC, e.g. --try \"momentum lr=0.1 momentum=0.9 lr-schedule=cosine"
                    + " momentum-schedule=ramp:from=0.5,to=0.99,epochs=20\" (everything after the first = is the"
                    + " schedule, in --lr-schedule's syntax).",
                "Default: sgd, article, momentum and nesterov at lr=0.05 (momentum=0.75)."})
    private List<String> tries = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N|LIST", defaultValue = "1", converter = Seeds.Converter.class,
            description = "N runs each setting with seeds 1..N; a comma-separated list (3,7,11) with those."
                    + " A seed fixes the initial weights and the item order (default: ${DEFAULT-VALUE}).")
    private Seeds seeds;

    @Option(names = "--target-loss", paramLabel = "LOSS|none", defaultValue = "0.15", converter = TargetLoss.class,
            description = "Training loss whose first epoch is reported as epochs (and items) to target"
                    + " (default: ${DEFAULT-VALUE}).")
    private double targetLoss;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "40",
            description = "Passes over the training data per run (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "B|full", defaultValue = "1", converter = ScheduleOptions.BatchSize.class,
            description = "Items per update: 1 is online, full is full batch (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--lr-schedule", paramLabel = "SPEC",
            description = {"A learning-rate schedule for every setting that does not name its own lr-schedule, in"
                    + " m4j train's --lr-schedule syntax, e.g. cosine or warmup:epochs=5>cosine; it runs over"
                    + " --epochs (default: constant)."})
    private String learningRateSchedule;

    @Option(names = "--momentum-schedule", paramLabel = "SPEC",
            description = {"A momentum schedule for every setting whose rule has momentum and that does not name"
                    + " its own, e.g. ramp:from=0.5,to=0.99 (default: constant)."})
    private String momentumSchedule;

    @Option(names = "--diagnostics",
            description = {"With --report: measure what momentum does on each setting's run with the first seed (per"
                    + " layer and epoch: effective step, i.e. actual move / plain-SGD move, as 10th/50th/90th"
                    + " percentiles; gradient, velocity and update norms; oscillation) and add diagnostics.csv and"
                    + " effective-step charts to the report.",
                "Costs a few passes over the weights per step; the results are the same (default: not measured)."})
    private boolean diagnostics;

    @Mixin
    private SplitOptions split;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private RunOptions run;

    @Mixin
    private ReportOptions output;

    @Override
    public Integer call() {
        if (diagnostics && output.report == null) {
            throw UsageException.about("--diagnostics", "needs --report DIR, the report the diagnostics go into");
        }
        List<Setting> asked = settings();
        Schedule lr = schedule("--lr-schedule", learningRateSchedule);
        Schedule mu = schedule("--momentum-schedule", momentumSchedule);
        SplitOptions.Parts parts = split.parts();
        List<Setting> settings = new ArrayList<>();
        for (Setting s : asked) {
            settings.add(checked(s, s.withDefaults(lr, mu), parts.validation() != null));
        }
        Architecture architecture = network.architecture(parts.train());
        Comparison comparison = comparison(parts, architecture, settings);
        ComparisonResult result;
        Map<Setting, MomentumDiagnostics> measured = new LinkedHashMap<>();
        try (ProgressBars.Bar bar = ProgressBars.open("compare", "epochs",
                (long) settings.size() * seeds.values().size() * epochs, run.quiet)) {
            result = new Comparer(run.threads()).observing(observers(comparison, measured)).run(comparison, progress(bar));
        }
        PrintWriter out = spec.commandLine().getOut();
        // Runs start in whatever order the threads take them; the report lists settings in the order given.
        Map<Setting, List<LayerDiagnostics>> histories = new LinkedHashMap<>();
        for (Setting setting : comparison.settings()) {
            if (measured.containsKey(setting)) {
                histories.put(setting, measured.get(setting).history());
            }
        }
        List<Path> written = output.report == null ? List.of()
                : output.write(dir -> CompareReport.write(result, output.info(), histories, dir));
        if (output.json) {
            out.print(Json.text(CompareJson.of(result, output.info())));
            return 0;
        }
        out.println(header(parts, comparison));
        out.println();
        out.print(CompareReport.table(result).render());
        out.println();
        out.println("Every setting starts from the same weights and visits the items in the same order;"
                + " only the update rule differs.");
        if (!written.isEmpty()) {
            out.println("report: " + output.report.resolve("report.html") + " (" + written.size() + " files in "
                    + output.report + ")");
        }
        return 0;
    }

    private List<Setting> settings() {
        if (tries.isEmpty()) {
            return Setting.of(DefaultComparison.settings());
        }
        List<Setting> list = new ArrayList<>();
        for (String t : tries) {
            try {
                list.add(Setting.parse(t));
            } catch (IllegalArgumentException e) {
                throw UsageException.about("--try", e);
            }
        }
        return list;
    }

    /** A command-wide schedule, or constant when the flag is not given. */
    private static Schedule schedule(String flag, String text) {
        if (text == null) {
            return Schedule.constant();
        }
        try {
            return Schedule.parse(text);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(flag, e);
        }
    }

    /**
     * {@code setting} (which is {@code asked} with the command-wide schedules filled in) if its schedules suit
     * its rule over the run; else a usage error about whoever named the schedule: the --try or the flag.
     */
    private Setting checked(Setting asked, Setting setting, boolean validation) {
        if (epochs < 1 || batchSize < 1) {
            return setting; // the comparison reports those
        }
        try {
            MonitoredRun.checkControls(setting.controls(), setting.optimizer(), new TrainingConfig(epochs, batchSize, 0),
                    validation);
            return setting;
        } catch (IllegalArgumentException e) {
            boolean momentum = e.getMessage().startsWith("momentum schedule") || e.getMessage().contains("no momentum");
            boolean own = momentum ? asked.setsMomentumSchedule() : asked.setsLearningRateSchedule();
            String flag = own ? "--try" : momentum ? "--momentum-schedule" : "--lr-schedule";
            throw UsageException.about(flag, "'" + setting.describe() + "': " + e.getMessage()
                    + (validation || !e.getMessage().contains("validation data") ? ""
                    : "; add --validation-fraction " + ControlsOptions.SUGGESTED_VALIDATION));
        }
    }

    private Comparison comparison(SplitOptions.Parts parts, Architecture architecture, List<Setting> settings) {
        try {
            return new Comparison(parts.train(), parts.validation(), architecture, network.init, settings, epochs,
                    batchSize, seeds.values(), targetLoss, Comparison.DEFAULT_DIVERGENCE_FACTOR);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String flag = m.contains("listed twice") || m.contains("full-batch") ? "--try"
                    : m.startsWith("epochs") ? "--epochs" : m.startsWith("batch") ? "--batch-size"
                    : m.contains("seed") ? "--seeds" : m.startsWith("target loss") ? "--target-loss" : "--layers";
            throw UsageException.about(flag, e);
        }
    }

    /**
     * With {@code --diagnostics}, one {@link MomentumDiagnostics} per setting on its run with the first seed, kept
     * in {@code measured}; else none. (The comparer calls this under its lock, so a plain map will do.)
     */
    private RunObservers observers(Comparison c, Map<Setting, MomentumDiagnostics> measured) {
        if (!diagnostics) {
            return RunObservers.NONE;
        }
        long first = c.seeds().get(0);
        return (setting, seed, net) -> {
            if (seed != first) {
                return null;
            }
            MomentumDiagnostics d = new MomentumDiagnostics(net.architecture(), net.parameters());
            measured.put(setting, d);
            return d;
        };
    }

    /** Steps the bar once per epoch, and over the epochs a diverged run will never train. */
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

    private String header(SplitOptions.Parts parts, Comparison c) {
        String rows = parts.train().rows() + " training" + (parts.validation() == null ? ""
                : " / " + parts.validation().rows() + " validation") + " rows, standardised";
        String batch = c.batchSize() == 1 ? "online" : c.batchSize() >= parts.train().rows() ? "full batch"
                : "batch size " + c.batchSize();
        String target = Double.isNaN(c.targetLoss()) ? "no target loss"
                : "target training loss " + Numbers.exact(c.targetLoss());
        String seedText = c.seeds().size() == 1 ? "seed " + c.seeds().get(0)
                : c.seeds().size() + " seeds " + Seeds.describe(c.seeds()) + " (mean ± std)";
        return parts.name() + ": " + rows + " | " + c.architecture() + ", init " + c.init() + " | " + c.epochs()
                + " epochs, " + batch + " | " + seedText + " | " + target;
    }
}
