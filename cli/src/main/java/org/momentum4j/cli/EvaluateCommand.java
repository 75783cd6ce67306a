package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.Task;
import org.momentum4j.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j evaluate}: how well a saved model does on a data file with targets: accuracy, confusion matrix
 * and per-class precision/recall/F1 for classification, RMSE/MAE/R² per target (in its own units) for
 * regression. The file is read with the model's encoding, as {@code m4j predict} reads it.
 */
@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Scores a saved model on a data file that has the target column(s):",
            "classification: accuracy, confusion matrix, per-class precision, recall and F1;",
            "regression: RMSE, MAE and R² per target, in the target's own units."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:internal error (add --debug for the stack trace)",
            "2:usage error (bad option, model file or data file)"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    ModelDataOptions input;

    @Override
    public Integer call() {
        Model m = input.loadModel();
        LoadedData rows = input.loadRows(m);
        if (!rows.hasTargets()) {
            throw UsageException.about("--data", rows.source() + " has no target column"
                    + (m.encoding().targetNames().size() == 1 ? " " : "s ") + String.join(", ",
                    m.encoding().targetNames()) + "; evaluate needs the true values (m4j predict does not)");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(rows.source() + ": " + rows.rows() + (rows.rows() == 1 ? " row" : " rows")
                + (rows.droppedRows() > 0 ? " (" + rows.droppedRows() + " with missing values left out)" : "")
                + " | model " + input.model + ": " + m.architecture() + ", " + m.task().id());
        out.println();
        List<String> lines = m.task() == Task.CLASSIFICATION
                ? MetricsTables.classification(m.evaluateClassification(rows))
                : MetricsTables.regression(m.evaluateRegression(rows));
        lines.forEach(out::println);
        return 0;
    }
}
