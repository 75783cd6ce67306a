package org.momentum4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.momentum4j.cli.report.Json;
import org.momentum4j.cli.report.Numbers;
import org.momentum4j.cli.report.TuneJson;
import org.momentum4j.cli.report.TuneReport;
import org.momentum4j.compare.Comparison;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.ReadOptions;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Architecture;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.tune.Rung;
import org.momentum4j.tune.SearchSpace;
import org.momentum4j.tune.TrialResult;
import org.momentum4j.tune.TrialSettings;
import org.momentum4j.tune.TuneResult;
import org.momentum4j.tune.Tuner;
import org.momentum4j.tune.Tuning;
import org.momentum4j.tune.TuningListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j tune}: searches learning rate x momentum (and optionally rule, batch and hidden size) with a
 * {@link Tuner}. The test part ({@code --test-fraction}, split with {@code --seed} exactly as {@code m4j train}
 * splits) is held out before the search and never seen by it; trials are ranked on validation data taken
 * from the training part. Prints the ranking and the {@code m4j train} command that trains the best
 * settings on the whole training part and tests them on the held-out rows.
 */
@Command(name = "tune", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Searches learning rate x momentum (and optionally rule, batch size, hidden size) in"
                + " parallel, ranks the trials on validation data, and prints the best as an m4j train command.",
            "The test rows are held out before the search: trials never see them."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (diverged trials are results, not errors)",
            "1:internal error (add --debug for the stack trace)", "2:usage error (bad option, value or file)"})
final class TuneCommand implements Callable<Integer> {
    /** The network flags a search passes on, as typed, to the {@code m4j train} command it prints. */
    private static final List<String> NETWORK_FLAGS = List.of("--activation", "--output-activation", "--loss", "--init");

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "NAME|FILE", defaultValue = "iris",
            description = "A bundled dataset (iris, xor, spirals, circles) or a CSV file (default: ${DEFAULT-VALUE}).")
    private String data;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of each class held out before the search, as m4j train does, in [0, 1)"
                    + " (default: ${DEFAULT-VALUE}).")
    private double testFraction;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "40",
            description = "Epochs per trial (halving: of the last rung) (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Search seed: the test split (as m4j train --seed), the validation split or folds,"
                    + " random draws, and with each trial's settings its weights and item order"
                    + " (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Rows of the ranking to print; diverged trials are listed after them"
                    + " (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Train the best settings on all searched rows, as the printed m4j train command does,"
                    + " and save the model to FILE (a momentum4j model file, JSON).")
    private Path save;

    @Option(names = "--lr-schedule", paramLabel = "SPEC",
            description = {"A learning-rate schedule for every trial, in m4j train's --lr-schedule syntax (e.g."
                    + " cosine, warmup:epochs=5>cosine); it scales each trial's own learning rate. It always runs"
                    + " over --epochs, also in the short early rungs of successive halving, so a promoted trial"
                    + " goes on exactly as a full run would (default: constant)."})
    private String learningRateSchedule;

    @Option(names = "--momentum-schedule", paramLabel = "SPEC",
            description = {"A momentum schedule for every trial whose rule has momentum (e.g. ramp:from=0.5, which"
                    + " climbs to the trial's momentum), over --epochs (default: constant)."})
    private String momentumSchedule;

    @Mixin
    private SearchOptions search;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private RunOptions run;

    @Mixin
    private ReportOptions output;

    @Override
    public Integer call() {
        if (top < 1) {
            throw UsageException.about("--top", "expected at least 1 row, got " + top);
        }
        BestModel.checkDirectory(save);
        LoadedData loaded = DataSource.load(data, ReadOptions.defaults());
        Dataset all = loaded.dataset();
        Architecture architecture = network.architecture(all);
        TrainTestSplit split = split(all);
        Tuning tuning = tuning(split.train(), architecture);
        TuneResult result;
        try (ProgressBars.Bar bar = ProgressBars.open("tune", "trials", planned(tuning.rungs()), run.quiet)) {
            result = new Tuner(run.threads()).run(tuning, progress(bar, tuning.rungs()));
        } catch (IllegalArgumentException e) {
            // The only check left to the run: a split that leaves a fold without rows.
            throw UsageException.about(search.selectionFlag(), e);
        }
        Optional<TrialResult> best = result.best();
        Optional<OptimizerSpec> chosen = best.map(b -> TrainCommandLine.rounded(b.settings().spec()));
        String trainText = best.flatMap(b -> TrainCommandLine.args(data, b.settings().architecture(architecture),
                typedNetworkFlags(), chosen.get(), tuning.controlsFor(chosen.get().build()), b.settings().batchSize(),
                epochs, testFraction, seed))
                .map(TrainCommandLine::text).orElse(null);
        BestModel saved = save == null ? null : saveBest(loaded, split, architecture, tuning, best, chosen);
        PrintWriter out = spec.commandLine().getOut();
        List<Path> written = output.report == null ? List.of()
                : output.write(dir -> TuneReport.write(result, output.info(), dir, top));
        if (output.json) {
            ObjectNode json = TuneJson.of(result, output.info(), trainText);
            if (saved != null) {
                json.put("savedModel", save.toString());
                Json.number(json, "savedModelTestAccuracy", saved.test() == null ? Double.NaN : saved.test().accuracy());
            }
            out.print(Json.text(json));
            return 0;
        }
        out.println(header(all, split, tuning));
        out.println();
        out.print(TuneReport.table(result, top).render());
        out.println();
        printBest(out, result, split, trainText);
        if (saved != null) {
            out.println(saved.describe(save));
        }
        if (!written.isEmpty()) {
            out.println("report: " + output.report.resolve("report.html") + " (" + written.size() + " files in "
                    + output.report + ")");
        }
        return 0;
    }

    /** Trains the best settings on the whole training part and saves them; every trial diverged: nothing to save. */
    private BestModel saveBest(LoadedData loaded, TrainTestSplit split, Architecture architecture, Tuning tuning,
                               Optional<TrialResult> best, Optional<OptimizerSpec> chosen) {
        if (best.isEmpty()) {
            throw UsageException.about("--save", "every trial diverged, so there is no model to save; try smaller"
                    + " learning rates (--lr) or momenta (--momentum)");
        }
        TrialSettings s = best.get().settings();
        Optimizer rule = chosen.get().build();
        BestModel model = BestModel.train(loaded, split, s.architecture(architecture), network.init, rule,
                tuning.controlsFor(rule), new TrainingConfig(epochs, s.batchSize(), seed),
                Map.of("tuned-by", output.commandLine(), "test-fraction", Numbers.exact(testFraction)));
        model.save(save);
        return model;
    }

    private TrainTestSplit split(Dataset all) {
        TrainTestSplit split;
        try {
            split = TrainTestSplit.of(all, testFraction, seed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--test-fraction", e);
        }
        if (split.train().rows() < 2) {
            throw UsageException.about("--test-fraction", testFraction + " leaves " + split.train().rows()
                    + " rows of " + all.name() + " for the search; it needs some to train and some to validate on");
        }
        return split;
    }

    private Tuning tuning(Dataset train, Architecture architecture) {
        SearchSpace space = search.space();
        TrainingControls controls = TrainingControls.NONE
                .withLearningRateSchedule(schedule("--lr-schedule", learningRateSchedule));
        try {
            controls = controls.withMomentumSchedule(schedule("--momentum-schedule", momentumSchedule));
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--momentum-schedule", e);
        }
        try {
            return new Tuning(train, architecture, network.init, space, search.strategy(space), search.selection(),
                    epochs, seed, true, Comparison.DEFAULT_DIVERGENCE_FACTOR, controls);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String flag = m.startsWith("momentum schedule") || m.contains("no momentum") ? "--momentum-schedule"
                    : m.contains("learning-rate schedule") ? "--lr-schedule"
                    : m.contains("grid") ? "--grid" : m.startsWith("successive halving") ? search.budgetFlag(m)
                    : m.startsWith("epochs") ? "--epochs" : m.contains("full-batch") ? "--batch-sizes"
                    : m.contains("hidden sizes") ? "--hidden-sizes" : m.contains("-fold") ? "--folds"
                    : m.startsWith("\"") ? "--optimizers" : "--layers";
            throw UsageException.about(flag, e);
        }
    }

    /** A schedule flag's value, or constant when it is not given. */
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

    private static long planned(List<Rung> rungs) {
        return rungs.stream().mapToLong(Rung::trials).sum();
    }

    /** Steps the bar once per trial and rung; shrinks it when diverged trials leave a rung short. */
    private static TuningListener progress(ProgressBars.Bar bar, List<Rung> rungs) {
        long[] total = {planned(rungs)};
        return new TuningListener() {
            @Override
            public void onRungStart(Rung rung, int trials) {
                if (trials < rung.trials()) {
                    total[0] -= rung.trials() - trials;
                    bar.maxHint(total[0]);
                }
            }

            @Override
            public void onTrialEnd(TrialResult result) {
                bar.stepBy(1);
            }
        };
    }

    /** The network flags the user typed, with their values, to pass on to {@code m4j train}. */
    private List<String> typedNetworkFlags() {
        List<String> args = new ArrayList<>();
        for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
            if (NETWORK_FLAGS.contains(o.longestName())) {
                for (String v : o.originalStringValues()) {
                    args.add(o.longestName());
                    args.add(v);
                }
            }
        }
        return args;
    }

    private String header(Dataset all, TrainTestSplit split, Tuning t) {
        List<String> rungs = new ArrayList<>();
        for (Rung r : t.rungs()) {
            rungs.add(r.trials() + " x " + r.epochs());
        }
        String plan = t.rungs().size() == 1 ? t.rungs().get(0).trials() + " trials x " + t.epochs() + " epochs"
                : "rungs of trials x epochs: " + String.join(", ", rungs);
        return all.name() + ": " + split.train().rows() + " rows searched, " + split.test().rows()
                + " test rows held out | " + t.architecture() + ", init " + t.init() + " | " + t.strategy().describe()
                + ": " + plan + " | " + t.selection().describe() + " | seed " + t.seed() + ", " + run.threads()
                + (run.threads() == 1 ? " thread" : " threads");
    }

    private static void printBest(PrintWriter out, TuneResult result, TrainTestSplit split, String trainText) {
        Optional<TrialResult> best = result.best();
        if (best.isEmpty()) {
            out.println("Every trial diverged: try smaller learning rates (--lr) or momenta (--momentum).");
            return;
        }
        TrialResult b = best.get();
        TrialSettings s = b.settings();
        OptimizerSpec spec = TrainCommandLine.rounded(s.spec());
        out.println("best: " + spec + " batch=" + TrainingConfig.batchSizeText(s.batchSize()) + (s.hiddenSize() == 0 ? "" : " hidden=" + s.hiddenSize())
                + ", validation loss " + Numbers.format(b.validationLoss())
                + (Double.isNaN(b.validationAccuracy()) ? "" : ", accuracy " + Numbers.percent(b.validationAccuracy())));
        if (trainText == null) {
            out.println("m4j train does not take " + spec.kind().name() + " with these keys; compare it with:"
                    + " m4j compare --try \"" + spec + "\"");
            return;
        }
        out.println(split.test().rows() == 0 ? "Train it on all " + split.train().rows() + " rows:"
                : "Train it on all " + split.train().rows() + " searched rows and test it on the " + split.test().rows()
                + " held out:");
        out.println("  " + trainText);
    }
}
