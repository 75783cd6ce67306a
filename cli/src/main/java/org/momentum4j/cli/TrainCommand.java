package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code m4j train}: splits a dataset, standardises its features on the training part, trains a network
 * and reports progress and the final accuracy. Every default reproduces the article's demo on Iris.
 *
 * <p>One seed drives everything: the split, the initial weights and each epoch's item order, exactly as in
 * the {@link Trainer} javadoc example, so a run can be repeated in ten lines of Java.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Trains a feed-forward network by back-propagation and reports its accuracy.",
            "With no options it reproduces the article's demo: Iris, 4-5-3 tanh/softmax, cross-entropy,"
                + " features standardised, weights uniform in [-0.01, 0.01], 120/30 stratified split,"
                + " online training, lr 0.05, momentum 0.75 with the article's rule."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:internal error (add --debug for the stack trace)",
            "2:usage error (bad option, value or file)"})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private TrainingOptions training;

    @Mixin
    private NetworkOptions network;

    @Mixin
    private OptimizerOptions optimizer;

    @Override
    public Integer call() {
        Optimizer rule = optimizer.optimizer();
        TrainingConfig config = training.config();
        Dataset data = DataSource.load(training.data);
        Architecture architecture = network.architecture(data);
        TrainTestSplit split = training.split(data);
        Standardizer z = Standardizer.fit(split.train());
        Dataset train = z.apply(split.train());
        Dataset test = z.apply(split.test());

        PrintWriter out = spec.commandLine().getOut();
        out.println(header(data, train, test, architecture, network.init, rule, config));
        Network net = Network.create(architecture, network.init, config.seed());
        new Trainer(rule, config).fit(net, train, new ProgressPrinter(out, training.printInterval(), config.epochs()));

        out.println();
        Table table = new Table(new String[] {"final", "accuracy", "correct", "loss"}, new int[] {5, 8, 9, 10}, true);
        out.println(table.header());
        out.println(result(table, "train", Evaluation.of(net, train)));
        if (test.rows() > 0) {
            out.println(result(table, "test", Evaluation.of(net, test)));
        }
        return 0;
    }

    private static String header(Dataset data, Dataset train, Dataset test, Architecture architecture,
                                 WeightInit init, Optimizer rule, TrainingConfig config) {
        String batch = config.batchSize() == 1 ? "1 (online)"
                : config.batchSize() >= train.rows() ? "full (" + train.rows() + ")" : Integer.toString(config.batchSize());
        return data.name() + ": " + train.rows() + " train / " + test.rows() + " test rows, standardised"
                + " | " + architecture + ", init " + init + " | " + rule.describe()
                + " | " + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs") + ", batch size " + batch
                + ", seed " + config.seed();
    }

    private static String result(Table table, String name, Evaluation e) {
        String correct = Double.isNaN(e.accuracy()) ? "-" : Math.round(e.accuracy() * e.rows()) + "/" + e.rows();
        return table.line(name, Table.accuracy(e.accuracy()), correct, Table.number(e.loss(), 6));
    }
}
