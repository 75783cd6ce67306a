package org.momentum4j.cli.report;

import java.util.Objects;

/**
 * What a report says about how it was made, beyond the results themselves.
 *
 * @param version the momentum4j version
 * @param command the command line that made the report, or an empty string
 */
public record ReportInfo(String version, String command) {
    public ReportInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
    }
}
