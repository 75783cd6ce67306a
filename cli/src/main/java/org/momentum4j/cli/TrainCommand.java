package org.momentum4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.NormalizedSplit;
import org.momentum4j.diagnostics.MomentumDiagnostics;
import org.momentum4j.model.CheckpointDirectory;
import org.momentum4j.model.Model;
import org.momentum4j.model.Provenance;
import org.momentum4j.model.TrainingSettings;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.DivergencePolicy;
import org.momentum4j.train.Precision;
import org.momentum4j.train.StopReason;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code m4j train}: reads a dataset, splits it, rescales it with statistics of the training part, trains a
 * network and reports progress and the final accuracy (RMSE, MAE and R² for regression); optionally saves the
 * model ({@code --save}), checkpoints the run and resumes it ({@link SaveOptions}). Every default reproduces
 * the article's demo on Iris.
 *
 * <p>One seed drives everything: the splits, the initial weights and each epoch's item order, exactly as in
 * the {@link Trainer} javadoc example, so a run can be repeated in ten lines of Java. Every setting is
 * turned into core objects and checked before anything is printed, so a usage error prints nothing else.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Trains a feed-forward network by back-propagation and reports its accuracy.",
            "With no options it reproduces the article's demo: Iris, 4-5-3 tanh/softmax, cross-entropy,"
                + " features standardised, weights uniform in [-0.01, 0.01], 120/30 stratified split,"
                + " online training, lr 0.05, momentum 0.75 with the article's rule."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:internal error (add --debug for the stack trace)",
            "2:usage error (bad option, value or file)",
            "3:training diverged (stopped with the weights of the last good epoch, whose accuracy is printed)"})
final class TrainCommand implements Callable<Integer> {
    /** Exit code of a run that stopped because its loss diverged. */
    static final int DIVERGED = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private TrainingOptions training;

    @Mixin
    private ScheduleOptions schedule;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private OptimizerOptions optimizer;

    @Mixin
    private ControlsOptions controls;

    @Mixin
    private SaveOptions files;

    @Mixin
    private ObserveOptions watch;

    /** The checkpoint this run resumes from, or null for a fresh run. */
    private CheckpointDirectory.Found resumeFrom;

    @Override
    public Integer call() {
        if (files.resume != null && resumeFrom == null) {
            return Resumption.reenter(spec, Resumption.find(files.resume, spec.commandLine().getErr(),
                    spec.qualifiedName()));
        }
        files.check();
        Optimizer rule = optimizer.optimizer();
        TrainingConfig config = schedule.config(rule);
        TrainingControls steering = controls.controls();
        LoadedData loaded = data.load();
        Dataset all = loaded.dataset();
        Architecture architecture = network.architecture(all);
        NormalizedSplit normalized = normalise(training.split(all, config.seed()));
        DataParts parts = DataParts.of(normalized);
        ScheduleOptions.checkBatch(rule, config, parts.train());
        ScheduleOptions.checkPrecision(config, rule, steering.clipping(), watch.diagnostics != null);
        ControlsOptions.check(steering, rule, config, parts.validation() != null);
        CheckpointDirectory checkpoints = files.checkpoints(resumeFrom != null);
        Network net = Network.create(architecture, network.init, config.seed());
        // Hashing the training rows costs a pass over them; only checkpoints need it.
        String trainSha256 = checkpoints == null ? "" : parts.train().contentSha256();
        TrainingSession session = new TrainingSession(net, parts.train(), parts.validation(), rule, config, steering,
                trainSha256, RunSettings.forCheckpoint(spec));
        if (resumeFrom != null) {
            // An option typed differently names its flag; core then checks what the options produced
            // (network, rule, batch size, seed, and the training rows, which also change with the file).
            RunSettings.requireSameOptions(resumeFrom.checkpoint().settings(), spec);
            session.resume(resumeFrom.checkpoint());
        }

        PrintWriter out = spec.commandLine().getOut();
        out.println(header(all, parts, architecture, network.init, rule, steering, config));
        if (resumeFrom != null) {
            out.println("resuming from " + resumeFrom.file() + " after epoch " + session.epochsDone());
        }
        MomentumDiagnostics diagnostics = watch.diagnosticsFor(net);
        if (diagnostics != null) {
            session.observe(diagnostics);
        }
        ProgressPrinter progress = new ProgressPrinter(out, training.printInterval(config.epochs()), config.epochs(),
                columns(steering, parts));
        TrainingResult result;
        try (ObserveOptions.Watched watched = watch.watch(progress, session.epochsDone(), config.epochs())) {
            result = session.run(watched, checkpoints, files.every);
        }
        progress.finish();
        if (diagnostics != null) {
            watch.write(diagnostics);
        }

        FinalReport.print(out, net, normalized, loaded.encoding().targetNames());
        if (files.save != null) {
            save(loaded, normalized, net, rule, config, session.epochsDone());
            out.println();
            out.println("saved the model to " + files.save);
        }
        if (diagnostics != null) {
            out.println();
            out.println("wrote momentum diagnostics (CSV and charts) to " + watch.diagnostics);
        }
        if (result.stopReason() == StopReason.DIVERGED) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + result.describeStop());
            return DIVERGED;
        }
        if (!isPlainCompletion(result)) {
            out.println();
            out.println(FinalReport.stop(result));
        }
        return 0;
    }

    /** Runs this command from a checkpoint instead of from the start ({@link Resumption}). */
    TrainCommand resumeFrom(CheckpointDirectory.Found checkpoint) {
        this.resumeFrom = checkpoint;
        return this;
    }

    private NormalizedSplit normalise(DataParts raw) {
        try {
            return raw.normalised(data.normalize);
        } catch (IllegalArgumentException e) {
            // A feature with no value in the training part (every one missing) cannot be rescaled.
            throw UsageException.about("--data", e);
        }
    }

    /** Saves the model: the network with everything needed to use it on raw data (see {@link Model}). */
    private void save(LoadedData loaded, NormalizedSplit normalized, Network net, Optimizer rule,
                      TrainingConfig config, int epochs) {
        Model model = new Model(net, loaded.encoding(), normalized.features(), normalized.targets(),
                TrainingSettings.of(rule, network.init, config, epochs).with(RunSettings.forModel(spec)),
                Provenance.of(loaded.source(), loaded.sha256(), normalized.train().rows()));
        try {
            Path parent = files.save.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            model.save(files.save);
        } catch (IOException e) {
            throw UsageException.about("--save", "cannot write " + files.save + " (" + IoMessages.describe(e) + ")");
        }
    }

    private static ProgressPrinter.Columns columns(TrainingControls steering, DataParts parts) {
        boolean recover = steering.divergence().action() == DivergencePolicy.Action.RECOVER;
        return new ProgressPrinter.Columns(parts.validation() != null,
                recover || !steering.learningRateSchedule().equals(Schedule.constant()),
                !steering.momentumSchedule().equals(Schedule.constant()));
    }

    /** How the data is rescaled, in words: features by --normalize, regression targets standardised. */
    private String rescaling(Dataset data) {
        String features = switch (this.data.normalize) {
            case ZSCORE -> "features standardised";
            case MINMAX -> "features min-max scaled";
            case NONE -> "features not rescaled";
        };
        return features + (data.isClassification() ? "" : ", targets standardised");
    }

    private static boolean isPlainCompletion(TrainingResult result) {
        return result.stopReason() == StopReason.COMPLETED && result.weightsEpoch() == result.stoppedAtEpoch()
                && result.divergences().isEmpty();
    }

    private String header(Dataset data, DataParts parts, Architecture architecture, WeightInit init,
                          Optimizer rule, TrainingControls steering, TrainingConfig config) {
        int rows = parts.train().rows();
        String batch = config.batchSize() == 1 ? "1 (online)"
                : config.batchSize() >= rows ? "full (" + rows + ")" : Integer.toString(config.batchSize());
        String controlled = steering.equals(TrainingControls.NONE) ? "" : " | " + steering;
        return data.name() + ": " + parts.describe() + ", " + rescaling(data) + " | " + architecture + ", init " + init
                + " | " + rule.describe() + controlled
                + " | " + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs") + ", batch size " + batch
                + ", seed " + config.seed() + (config.precision() == Precision.DOUBLE ? "" : ", float precision");
    }
}
