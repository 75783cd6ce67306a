package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.DivergencePolicy;
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
 * {@code m4j train}: splits a dataset, standardises its features on the training part, trains a network
 * and reports progress and the final accuracy. Every default reproduces the article's demo on Iris.
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
    private TrainingOptions training;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private OptimizerOptions optimizer;

    @Mixin
    private ControlsOptions controls;

    @Override
    public Integer call() {
        Optimizer rule = optimizer.optimizer();
        TrainingConfig config = training.config(rule);
        TrainingControls steering = controls.controls();
        Dataset data = DataSource.load(training.data);
        Architecture architecture = network.architecture(data);
        DataParts parts = training.split(data).standardised();
        TrainingOptions.checkBatch(rule, config, parts.train());
        ControlsOptions.check(steering, rule, config, parts.validation() != null);

        PrintWriter out = spec.commandLine().getOut();
        out.println(header(data, parts, architecture, network.init, rule, steering, config));
        Network net = Network.create(architecture, network.init, config.seed());
        ProgressPrinter progress = new ProgressPrinter(out, training.printInterval(), config.epochs(),
                columns(steering, parts));
        TrainingResult result = new Trainer(rule, config, steering).fit(net, parts.train(), parts.validation(),
                progress);
        progress.finish();

        FinalReport.print(out, net, parts);
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

    private static ProgressPrinter.Columns columns(TrainingControls steering, DataParts parts) {
        boolean recover = steering.divergence().action() == DivergencePolicy.Action.RECOVER;
        return new ProgressPrinter.Columns(parts.validation() != null,
                recover || !steering.learningRateSchedule().equals(Schedule.constant()),
                !steering.momentumSchedule().equals(Schedule.constant()));
    }

    private static boolean isPlainCompletion(TrainingResult result) {
        return result.stopReason() == StopReason.COMPLETED && result.weightsEpoch() == result.stoppedAtEpoch()
                && result.divergences().isEmpty();
    }

    private static String header(Dataset data, DataParts parts, Architecture architecture, WeightInit init,
                                 Optimizer rule, TrainingControls steering, TrainingConfig config) {
        int rows = parts.train().rows();
        String batch = config.batchSize() == 1 ? "1 (online)"
                : config.batchSize() >= rows ? "full (" + rows + ")" : Integer.toString(config.batchSize());
        String controlled = steering.equals(TrainingControls.NONE) ? "" : " | " + steering;
        return data.name() + ": " + parts.describe() + ", standardised | " + architecture + ", init " + init
                + " | " + rule.describe() + controlled
                + " | " + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs") + ", batch size " + batch
                + ", seed " + config.seed();
    }
}
