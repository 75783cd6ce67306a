package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.ReadOptions;
import org.momentum4j.data.Task;
import org.momentum4j.data.Datasets;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * What to learn from: {@code --data} and how to read it (target columns, task, missing values, CSV layout)
 * and how to rescale its features. Core's {@link ReadOptions} documents each setting.
 */
final class DataOptions {
    /** The options that say how to read a file; bundled datasets come ready-made and take none of them. */
    private static final List<String> READING = List.of("--target", "--task", "--missing", "--categorical",
            "--delimiter", "--header");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "NAME|FILE", defaultValue = "iris",
            description = {"A bundled dataset (iris, xor, spirals, circles) or a CSV file (.arff: Weka's ARFF)"
                    + " (default: ${DEFAULT-VALUE}).",
                "Text columns are categories (one-hot encoded); the last column is the target."})
    String data;

    @Option(names = "--target", paramLabel = "COLUMN[,COLUMN...]", split = ",",
            description = "Target column(s) by name or 1-based number; several targets are for regression"
                    + " (default: the last column).")
    List<String> target = new ArrayList<>();

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "auto",
            description = "classification, regression, or auto: classification when the target holds text"
                    + " labels, else regression (default: ${DEFAULT-VALUE}).")
    Task task;

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "error",
            description = {"Missing values (empty, NA, ?): error stops at the first one; drop leaves out its row;"
                    + " mean fills a feature with its training mean (default: ${DEFAULT-VALUE})."})
    MissingPolicy missing;

    @Option(names = "--categorical", paramLabel = "COLUMN[,COLUMN...]", split = ",",
            description = "Feature columns to treat as categories although they hold numbers, e.g. codes"
                    + " (default: none; a column is categorical when its first value is not a number).")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--normalize", paramLabel = "METHOD", defaultValue = "zscore",
            description = {"Feature rescaling, fitted on the training part only and saved with the model:"
                    + " zscore (x - mean) / std, minmax (x - min) / (max - min), or none (default: ${DEFAULT-VALUE}).",
                "Regression targets are always standardised for training and restored in every output."})
    Normalization normalize;

    @Mixin
    CsvFormatOptions format;

    /** The reading options; settings core rejects are usage errors naming their flag. */
    ReadOptions readOptions() {
        try {
            return format.applyTo(ReadOptions.defaults())
                    .withTarget(target.toArray(String[]::new))
                    .withCategorical(categorical.toArray(String[]::new))
                    .withMissing(missing)
                    .withTask(task);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--target", e);
        }
    }

    /** The data, read; any problem with it is a usage error about {@code --data}. */
    LoadedData load() {
        ReadOptions options = readOptions();
        if (Datasets.NAMES.contains(data.strip().toLowerCase(java.util.Locale.ROOT))) {
            ParseResult typed = spec.commandLine().getParseResult();
            for (String flag : READING) {
                if (typed.hasMatchedOption(flag)) {
                    throw UsageException.about(flag, "does not apply to the bundled dataset " + data.strip()
                            + " (its columns and target are fixed); it is for data files");
                }
            }
        }
        return DataSource.load(data, options);
    }
}
