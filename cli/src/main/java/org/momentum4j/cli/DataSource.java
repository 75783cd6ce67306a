package org.momentum4j.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;

/**
 * Turns the value of {@code --data} into a dataset: a bundled name ({@code iris}, {@code xor}) or a file.
 * A bundled name wins over a file of the same name in the working directory; write {@code ./iris} for the file.
 */
final class DataSource {
    private DataSource() {
    }

    /** The dataset {@code --data} names; a bad name or an unreadable file is a {@link UsageException}. */
    static Dataset load(String spec) {
        if (Datasets.NAMES.contains(spec.trim().toLowerCase(Locale.ROOT))) {
            return Datasets.byName(spec);
        }
        Path file = existingFile(spec);
        if (file == null) {
            throw UsageException.about("--data", "no such file or bundled dataset '" + spec + "' (bundled: "
                    + String.join(", ", Datasets.NAMES) + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw UsageException.about("--data", "'" + spec + "' is not a regular file");
        }
        return readFile(file);
    }

    private static Path existingFile(String spec) {
        try {
            Path file = Path.of(spec);
            return Files.exists(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * THE place where the core CSV reader (issue 3) plugs in: read {@code file} with it and turn its
     * file/line/column errors into {@code UsageException.about("--data", e.getMessage())}. Until that
     * reader is merged, files are refused with a usage error.
     */
    private static Dataset readFile(Path file) {
        throw UsageException.about("--data", "reading files is not supported yet");
    }
}
