package org.momentum4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** How a command that trains many runs uses the machine and the terminal: {@code --threads}, {@code --quiet}. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N|all", defaultValue = "all", converter = Threads.class,
            description = "Runs trained at once; results are identical for any N, only the time differs"
                    + " (default: ${DEFAULT-VALUE}, the number of cores).")
    private int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is none anyway when the output is"
            + " not a terminal).")
    boolean quiet;

    /** The thread count, {@code all} resolved to the number of cores. */
    int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A whole number >= 1, or {@code all} (returned as 0). */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeNumberOr("all", value);
        }
    }
}
