package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.momentum4j.data.DataFormatException;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.DatasetReader;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.ReadOptions;

/**
 * Turns the value of {@code --data} into data: a bundled name ({@code iris}, {@code xor}, {@code spirals},
 * {@code circles}) or a CSV/ARFF file read by core's {@link DatasetReader}. A bundled name wins over a file
 * of the same name in the working directory; write {@code ./iris} for the file.
 *
 * <p>Every problem with the file is a usage error naming the flag and then core's compiler-style location:
 * {@code --data: iris.csv:12:3: expected a number in column 'petal_length', got 'abc'}.
 */
final class DataSource {
    private DataSource() {
    }

    /** The dataset {@code --data} names, read with default options (last column the target). */
    static Dataset load(String spec) {
        return load(spec, ReadOptions.defaults()).dataset();
    }

    /** The data {@code --data} names, for training: the encoding is decided from the file and {@code options}. */
    static LoadedData load(String spec, ReadOptions options) {
        if (isBundled(spec)) {
            return read(spec, () -> DatasetReader.load(spec, options));
        }
        Path file = file(spec);
        return read(spec, () -> DatasetReader.read(file, options), options.missing() == MissingPolicy.ERROR);
    }

    /**
     * The data {@code --data} names, read with a model's {@code encoding} (for prediction and evaluation). A
     * bundled dataset is accepted when its columns are the model's.
     */
    static LoadedData loadFor(String spec, ReadOptions options, Encoding encoding) {
        if (isBundled(spec)) {
            LoadedData data = read(spec, () -> DatasetReader.load(spec, options));
            if (!data.encoding().equals(encoding)) {
                throw UsageException.about("--data", "the bundled dataset " + data.source() + " does not have the"
                        + " columns the model was trained on (it has " + data.encoding().columns().size()
                        + " columns: " + names(data.encoding()) + "; the model expects " + names(encoding) + ")");
            }
            return data;
        }
        Path file = file(spec);
        return read(spec, () -> DatasetReader.read(file, options, encoding));
    }

    private static boolean isBundled(String spec) {
        return Datasets.NAMES.contains(spec.trim().toLowerCase(Locale.ROOT));
    }

    /** The existing regular file {@code spec} names; anything else is a usage error. */
    private static Path file(String spec) {
        Path file = existingFile(spec);
        if (file == null) {
            throw UsageException.about("--data", "no such file or bundled dataset '" + spec + "' (bundled: "
                    + String.join(", ", Datasets.NAMES) + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw UsageException.about("--data", "'" + spec + "' is not a regular file");
        }
        return file;
    }

    private static Path existingFile(String spec) {
        try {
            Path file = Path.of(spec);
            return Files.exists(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A reading step that may fail on the file's contents or on I/O. */
    @FunctionalInterface
    private interface Read {
        LoadedData run() throws IOException;
    }

    /**
     * Runs {@code read}; core's message already names the file, line and column, so it is passed on as it is.
     * An I/O failure (a disk error, a file that vanished) is the user's file too: a usage error, not a bug.
     */
    private static LoadedData read(String spec, Read read) {
        return read(spec, read, false);
    }

    private static LoadedData read(String spec, Read read, boolean hintMissing) {
        try {
            return read.run();
        } catch (DataFormatException e) {
            // Only when training may the user choose another policy (a model's own policy is fixed).
            String hint = hintMissing && e.problem().startsWith("missing value")
                    ? " (--missing drop leaves such rows out, --missing mean fills a missing feature with its"
                    + " training mean)" : "";
            throw UsageException.about("--data", e.getMessage() + hint);
        } catch (IOException e) {
            throw UsageException.about("--data", spec + ": cannot read the file (" + IoMessages.describe(e) + ")");
        }
    }

    private static String names(Encoding encoding) {
        StringBuilder sb = new StringBuilder();
        for (Encoding.Column c : encoding.columns()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.name());
        }
        return sb.toString();
    }
}
