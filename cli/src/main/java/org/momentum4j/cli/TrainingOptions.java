package org.momentum4j.cli;

import org.momentum4j.data.Dataset;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.GradientClipping;
import org.momentum4j.train.Precision;
import org.momentum4j.train.TrainingConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * How to split the data and train for how long: splits, epochs, batch size, seed, precision and progress
 * output.
 */
final class TrainingOptions {
    /**
     * Enough for the article's demo to converge: on Iris with every other default, seeds 1..200 give
     * test accuracy above 0.90 for 184 of 200 seeds (the rest 26 or 27 of 30 right); more epochs do not
     * improve on that (online training at a constant learning rate keeps wandering at the bottom).
     */
    static final String DEFAULT_EPOCHS = "40";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = {"Share of each class held out for testing, in [0, 1); 0 tests nothing"
                    + " (default: ${DEFAULT-VALUE}).", "Features are rescaled (--normalize) with statistics of the"
                    + " training part only."})
    double testFraction;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0",
            description = {"Share of each class of the training part set aside for validation, in [0, 1);"
                    + " measured after every epoch, for --early-stopping and --lr-schedule plateau, and shown in"
                    + " the progress lines; split with --seed like the test part; 0 sets none aside"
                    + " (default: ${DEFAULT-VALUE})."})
    double validationFraction;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = DEFAULT_EPOCHS,
            description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "B|full", defaultValue = "1", converter = BatchSize.class,
            description = {"Items per update: 1 is online training, full is full batch;"
                    + " gradients are averaged (default: ${DEFAULT-VALUE}; full for rprop, which needs it)."})
    int batchSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the split, the initial weights and the item order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--precision", paramLabel = "double|float", defaultValue = "double",
            description = {"Number type training computes in (default: ${DEFAULT-VALUE}). float: single precision,"
                    + " faster on wide layers (less memory traffic, twice the SIMD lanes), reproducible like double;"
                    + " a 24-bit mantissa, so updates below about 6e-8 of a weight are lost; online training"
                    + " with sgd, article, momentum or nesterov only. See docs/precision.md."})
    String precision;

    @Option(names = "--print-every", paramLabel = "N|auto", defaultValue = "auto", converter = Interval.class,
            description = "Print a progress line every N epochs; auto gives about ten lines"
                    + " (default: ${DEFAULT-VALUE}).")
    int printEvery;

    /**
     * The training configuration for {@code rule}; out-of-range values are usage errors naming their flag.
     * A rule that needs full-batch training gets it when {@code --batch-size} was not typed.
     */
    TrainingConfig config(Optimizer rule) {
        boolean typed = spec.commandLine().getParseResult().hasMatchedOption("--batch-size");
        int batch = rule.requiresFullBatch() && !typed ? TrainingConfig.FULL_BATCH : batchSize;
        Precision p = precision();
        try {
            return new TrainingConfig(epochs, batch, seed, p);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(e.getMessage().startsWith("epochs") ? "--epochs" : "--batch-size", e);
        }
    }

    /** {@code --precision}, a usage error naming the flag when it is neither double nor float. */
    Precision precision() {
        try {
            return Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--precision", e);
        }
    }

    /**
     * Checks that the precision can train this rule, batch size and clipping (float: online training with
     * sgd, article, momentum or nesterov, without clipping or {@code --diagnostics}).
     */
    static void checkPrecision(TrainingConfig config, Optimizer rule, GradientClipping clipping, boolean diagnostics) {
        try {
            config.precision().requireSupported(rule, config, clipping);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--precision", e);
        }
        if (diagnostics && config.precision() == Precision.FLOAT) {
            throw UsageException.about("--precision", "float precision supports " + Precision.FLOAT_SUPPORTS
                    + "; got --diagnostics, which observes every step");
        }
    }

    /** {@code data} split by {@code --test-fraction} and {@code --validation-fraction} (see {@link DataParts#of}). */
    DataParts split(Dataset data) {
        return DataParts.of(data, testFraction, validationFraction, seed);
    }

    /** A rule that needs full-batch training refuses a smaller batch, naming the flag. */
    static void checkBatch(Optimizer rule, TrainingConfig config, Dataset train) {
        if (rule.requiresFullBatch() && config.batchSize() < train.rows()) {
            throw UsageException.about("--batch-size", rule.describe().split(" ", 2)[0] + " needs full-batch"
                    + " training, but got a batch size of " + config.batchSize() + " for " + train.rows()
                    + " training rows; use --batch-size full");
        }
    }

    /** The progress interval in epochs. */
    int printInterval() {
        return printEvery > 0 ? printEvery : ProgressPrinter.automaticInterval(epochs);
    }

    /** A whole number, or {@code full} for {@link TrainingConfig#FULL_BATCH}. */
    static final class BatchSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.trim().equalsIgnoreCase("full")) {
                return TrainingConfig.FULL_BATCH;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a whole number >= 1 or full, got '" + value + "'");
            }
        }
    }

    /** A whole number >= 1, or {@code auto} (returned as 0). */
    static final class Interval implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeNumberOr("auto", value);
        }
    }
}
