package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.momentum4j.compare.MeanStd;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.LoadedData;
import org.momentum4j.nn.Architecture;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.CrossValidation;
import org.momentum4j.train.GradientClipping;
import org.momentum4j.train.Precision;
import org.momentum4j.train.StopReason;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j cv}: k-fold cross-validation of the network and optimizer {@code m4j train} would use, with
 * the same options. Prints a line per fold as it finishes, then the mean and sample standard deviation of
 * each column over the folds. See {@link CrossValidation}.
 */
@Command(name = "cv", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Cross-validates a training recipe: the data is cut into K folds (seeded; stratified for"
                + " classification) and a fresh network is trained on K-1 of them and scored on the one left"
                + " out, K times.",
            "Each fold's normaliser is fitted on its training part only. Prints accuracy (or RMSE, MAE and R² in"
                + " the target's units) per fold, and their mean and standard deviation."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:cross-validated", "1:internal error (add --debug for the stack trace)",
            "2:usage error (bad option, value or file)"})
final class CvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Number of folds, from 2 to the number of rows (default: ${DEFAULT-VALUE}).")
    int folds;

    @Mixin
    private ScheduleOptions schedule;

    @Mixin
    private DataOptions dataOptions;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private OptimizerOptions optimizer;

    @Override
    public Integer call() {
        Optimizer rule = optimizer.optimizer();
        TrainingConfig config = schedule.config(rule);
        ScheduleOptions.checkPrecision(config, rule, GradientClipping.NONE, false);
        LoadedData loaded = dataOptions.load();
        Dataset data = loaded.dataset();
        if (folds < 2 || folds > data.rows()) {
            throw UsageException.about("--folds", "the number of folds must be in [2, " + data.rows() + "] (the rows"
                    + " of " + data.name() + "), got " + folds);
        }
        if (rule.requiresFullBatch() && config.batchSize() < data.rows()) {
            throw UsageException.about("--batch-size", rule.describe().split(" ", 2)[0] + " needs full-batch"
                    + " training, but got a batch size of " + config.batchSize() + " for folds of up to "
                    + (data.rows() - data.rows() / folds) + " training rows; use --batch-size full");
        }
        Architecture architecture = network.architecture(data);
        CrossValidation cv;
        try {
            cv = new CrossValidation(architecture, network.init, rule, config, TrainingControls.NONE,
                    dataOptions.normalize);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(data.name() + ": " + data.rows() + " rows, " + folds + "-fold cross-validation"
                + (data.isClassification() ? " (stratified)" : "") + ", features " + dataOptions.normalize.id()
                + " | " + architecture + ", init " + network.init + " | " + rule.describe() + " | " + config.epochs()
                + (config.epochs() == 1 ? " epoch" : " epochs") + ", batch size "
                + (config.batchSize() == TrainingConfig.FULL_BATCH ? "full" : Integer.toString(config.batchSize()))
                + ", seed " + config.seed() + (config.precision() == Precision.DOUBLE ? "" : ", float precision"));
        FoldTable table = new FoldTable(data.isClassification(), loaded.encoding().targetNames(), folds);
        out.println(table.header());
        out.flush();
        List<String> notes = new ArrayList<>();
        List<CrossValidation.FoldResult> results = cv.run(data, loaded.encoding().targetNames(), folds, config.seed(), r -> {
            out.println(table.row(r));
            out.flush();
            if (r.training().stopReason() != StopReason.COMPLETED) {
                notes.add("fold " + r.fold() + ": " + r.training().describeStop());
            }
        });
        out.println(table.summary("mean", results, MeanStd::mean));
        out.println(table.summary("std", results, MeanStd::std));
        notes.forEach(out::println);
        out.println();
        List<String> targets = loaded.encoding().targetNames();
        int lines = data.isClassification() ? 1 : targets.size();
        for (int t = 0; t < lines; t++) {
            int target = t;
            MeanStd s = MeanStd.of(results.stream().mapToDouble(r -> r.classification() != null
                    ? r.classification().accuracy() : r.regression().rmse()[target]).toArray());
            String name = data.isClassification() ? "accuracy" : targets.size() == 1 ? "rmse"
                    : "rmse(" + targets.get(t) + ")";
            out.println(name + " " + FoldTable.format(s.mean(), data.isClassification()) + " ± "
                    + FoldTable.format(s.std(), data.isClassification()) + " (mean ± sample standard deviation over "
                    + folds + " folds)");
        }
        return 0;
    }
}
