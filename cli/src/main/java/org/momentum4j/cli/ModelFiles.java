package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.momentum4j.model.Model;
import org.momentum4j.model.ModelFormatException;

/**
 * Reads the model file {@code --model} names. Anything wrong with it (missing, not a model, damaged,
 * tampered, from a newer version) is a usage error with core's one-line message, which names the file and
 * the problem: {@code --model: m.json: checksum mismatch: ...}.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    static Model load(String spec) {
        Path file;
        try {
            file = Path.of(spec);
        } catch (InvalidPathException e) {
            throw UsageException.about("--model", "'" + spec + "' is not a valid file name");
        }
        if (!Files.exists(file)) {
            throw UsageException.about("--model", "no such file '" + spec + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw UsageException.about("--model", "'" + spec + "' is not a regular file");
        }
        try {
            return Model.load(file);
        } catch (ModelFormatException e) {
            throw UsageException.about("--model", e.getMessage());
        } catch (IOException e) {
            throw UsageException.about("--model", spec + ": cannot read the file (" + IoMessages.describe(e) + ")");
        }
    }
}
