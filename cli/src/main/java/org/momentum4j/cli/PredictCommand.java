package org.momentum4j.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum4j.cli.report.AtomicFiles;
import org.momentum4j.data.LoadedData;
import org.momentum4j.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j predict}: a saved model's predictions for every row of a data file, as CSV. The file is read with
 * the model's encoding (its columns, categories and missing-value policy); target columns may be present or
 * not. See {@link PredictionCsv} for the columns.
 */
@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Writes a saved model's predictions for every row of a data file as CSV:",
            "the input line, then for classification the predicted label and the network's output for each"
                + " class (probabilities with a softmax or sigmoid output), for regression the predicted"
                + " value of each target in its own units."},
        optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:predicted", "1:internal error (add --debug for the stack trace)",
            "2:usage error (bad option, model file or data file)"})
final class PredictCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    ModelDataOptions input;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the CSV to this file (atomically: all or nothing) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        Model m = input.loadModel();
        LoadedData rows = input.loadRows(m);
        double[][] outputs = m.predictAll(rows);
        if (out == null) {
            Writer w = spec.commandLine().getOut();
            try {
                PredictionCsv.write(m, rows, outputs, w);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 0;
        }
        try {
            AtomicFiles.write(out, stream -> {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                PredictionCsv.write(m, rows, outputs, w);
                w.flush();
            });
        } catch (IOException e) {
            throw UsageException.about("--out", "cannot write " + out + " (" + IoMessages.describe(e) + ")");
        }
        spec.commandLine().getOut().println("wrote " + rows.rows() + " predictions to " + out);
        return 0;
    }
}
