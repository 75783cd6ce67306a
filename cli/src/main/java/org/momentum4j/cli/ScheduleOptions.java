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
 * How long and in what order a command trains one recipe, {@code m4j train} and {@code m4j cv} alike:
 * {@code --epochs}, {@code --batch-size}, {@code --seed} and {@code --precision}, turned into a
 * {@link TrainingConfig}.
 */
final class ScheduleOptions {
    /**
     * Enough for the article's demo to converge: on Iris with every other default, seeds 1..200 give
     * test accuracy above 0.90 for 184 of 200 seeds (the rest 26 or 27 of 30 right); more epochs do not
     * improve on that (online training at a constant learning rate keeps wandering at the bottom).
     */
    static final String DEFAULT_EPOCHS = "40";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = DEFAULT_EPOCHS,
            description = "Passes over the training data (of each fold) (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "B|full", defaultValue = "1", converter = BatchSize.class,
            description = {"Items per update: 1 is online training, full is full batch;"
                    + " gradients are averaged (default: ${DEFAULT-VALUE}; full for rprop, which needs it)."})
    int batchSize;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the split (or the folds), the initial weights and the item order"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--precision", paramLabel = "double|float", defaultValue = "double",
            description = {"Number type training computes in (default: ${DEFAULT-VALUE}). float: single precision,"
                    + " faster on wide layers (less memory traffic, twice the SIMD lanes), reproducible like double;"
                    + " a 24-bit mantissa, so updates below about 6e-8 of a weight are lost; online training"
                    + " with sgd, article, momentum or nesterov only. See docs/precision.md."})
    String precision;

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

    /** A rule that needs full-batch training refuses a smaller batch, naming the flag. */
    static void checkBatch(Optimizer rule, TrainingConfig config, Dataset train) {
        if (rule.requiresFullBatch() && config.batchSize() < train.rows()) {
            throw UsageException.about("--batch-size", rule.describe().split(" ", 2)[0] + " needs full-batch"
                    + " training, but got a batch size of " + config.batchSize() + " for " + train.rows()
                    + " training rows; use --batch-size full");
        }
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

}
