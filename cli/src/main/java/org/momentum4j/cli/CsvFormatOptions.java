package org.momentum4j.cli;

import org.momentum4j.data.ReadOptions;
import picocli.CommandLine.Option;

/** How a CSV file is laid out: {@code --delimiter} and {@code --header} (ARFF files declare their own). */
final class CsvFormatOptions {
    @Option(names = "--delimiter", paramLabel = "SEP", defaultValue = "auto",
            description = "CSV field separator: auto, comma, semicolon or tab; auto detects it from the first"
                    + " lines (default: ${DEFAULT-VALUE}).")
    ReadOptions.Delimiter delimiter;

    @Option(names = "--header", paramLabel = "yes|no|auto", defaultValue = "auto",
            description = "Whether the first CSV row names the columns; auto decides from its values"
                    + " (default: ${DEFAULT-VALUE}).")
    ReadOptions.Header header;

    /** {@code options} with this delimiter and header setting. */
    ReadOptions applyTo(ReadOptions options) {
        return options.withDelimiter(delimiter).withHeader(header);
    }
}
