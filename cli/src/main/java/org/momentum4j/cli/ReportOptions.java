package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.momentum4j.cli.report.ReportInfo;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where results go besides the table: {@code --report DIR} (charts, CSV, HTML) and {@code --json}. */
final class ReportOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write charts (PNG and SVG), a CSV and a self-contained report.html into DIR"
                    + " (created if missing; files there of the same names are replaced).")
    Path report;

    @Option(names = "--json", description = "Print the results as one JSON object instead of the table.")
    boolean json;

    /** What the report says about how it was made: the version and this command line. */
    ReportInfo info() {
        String version;
        try {
            version = VersionProvider.version();
        } catch (IOException e) {
            version = "unknown";
        }
        return new ReportInfo(version, commandLine());
    }

    /** The command as typed, e.g. {@code m4j compare --seeds 5}. */
    String commandLine() {
        // The parse result's original arguments are the whole command line, subcommand names included.
        StringBuilder sb = new StringBuilder(spec.root().name());
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            sb.append(' ').append(ShellWords.quote(arg));
        }
        return sb.toString();
    }

    /** Writes the report with {@code writer}; a directory that cannot be written is the user's to fix. */
    List<Path> write(ReportWriter writer) {
        try {
            return writer.write(report);
        } catch (IOException e) {
            throw UsageException.about("--report", "cannot write to '" + report + "': " + e);
        }
    }

    /** Writes a report into a directory. */
    @FunctionalInterface
    interface ReportWriter {
        List<Path> write(Path dir) throws IOException;
    }
}
