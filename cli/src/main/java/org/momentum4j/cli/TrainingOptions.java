package org.momentum4j.cli;

import org.momentum4j.data.Dataset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * How {@code m4j train} splits the data and reports progress: test and validation fractions, progress
 * interval. How long and in what order it trains is {@link ScheduleOptions}.
 */
final class TrainingOptions {
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

    @Option(names = "--print-every", paramLabel = "N|auto", defaultValue = "auto", converter = Interval.class,
            description = "Print a progress line every N epochs; auto gives about ten lines"
                    + " (default: ${DEFAULT-VALUE}).")
    int printEvery;

    /**
     * {@code data} split by {@code --test-fraction} and {@code --validation-fraction} with {@code seed} (see
     * {@link DataParts#of}).
     */
    DataParts split(Dataset data, long seed) {
        return DataParts.of(data, testFraction, validationFraction, seed);
    }

    /** The progress interval in epochs, for a run of {@code epochs}. */
    int printInterval(int epochs) {
        return printEvery > 0 ? printEvery : ProgressPrinter.automaticInterval(epochs);
    }

    /** A whole number >= 1, or {@code auto} (returned as 0). */
    static final class Interval implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeNumberOr("auto", value);
        }
    }
}
