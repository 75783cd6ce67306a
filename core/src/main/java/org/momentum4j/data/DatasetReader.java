package org.momentum4j.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The entry point for reading data: a CSV or ARFF file (by extension: {@code .arff} is ARFF, anything else
 * CSV), or a bundled dataset by name, into a {@link LoadedData}.
 *
 * <pre>{@code
 * LoadedData data = DatasetReader.load("measurements.csv", ReadOptions.defaults().withTarget("yield"));
 * Dataset table = data.dataset();
 * }</pre>
 *
 * <p>Every problem with the file's contents is a {@link DataFormatException} whose message names the file,
 * line and column; a missing or unreadable file too. Other I/O failures are {@link IOException}s.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /**
     * A bundled dataset when {@code pathOrName} is one of {@link Datasets#NAMES} (ignoring case), else the file
     * at that path. Options do not apply to bundled datasets.
     */
    public static LoadedData load(String pathOrName, ReadOptions options) throws IOException {
        if (Datasets.NAMES.contains(pathOrName.strip().toLowerCase(Locale.ROOT))) {
            return Datasets.loaded(pathOrName);
        }
        return read(Path.of(pathOrName), options);
    }

    /** Reads a file for training: decides the encoding from the data and the options. */
    public static LoadedData read(Path path, ReadOptions options) throws IOException {
        String file = path.toString();
        try (RecordSource src = open(path, file, options, null)) {
            return TableBuilder.read(src, options);
        }
    }

    /**
     * Reads a file with a given encoding (a model's), for prediction or evaluation. Of the options only the
     * delimiter and header settings apply; columns, kinds, categories and the missing-value policy come from
     * {@code encoding}. The target columns may be absent.
     */
    public static LoadedData read(Path path, ReadOptions options, Encoding encoding) throws IOException {
        String file = path.toString();
        Set<String> names = new HashSet<>();
        for (Encoding.Column c : encoding.columns()) {
            names.add(c.name());
        }
        try (RecordSource src = open(path, file, options, names)) {
            return SchemaReader.read(src, encoding);
        }
    }

    /** Whether the file is read as ARFF (its name ends in {@code .arff}, any case). */
    public static boolean isArff(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".arff");
    }

    private static RecordSource open(Path path, String file, ReadOptions options, Set<String> knownNames)
            throws IOException {
        if (Files.isDirectory(path)) {
            throw new DataFormatException(file, 0, 0, "is a directory, not a data file");
        }
        try {
            return isArff(path) ? ArffSource.open(path, file)
                    : CsvSource.open(path, file, options.delimiter(), options.header(), knownNames);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new DataFormatException(file, 0, 0, "permission denied");
        }
    }
}
