package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model file that is missing, damaged, tampered with or not a model at all: {@code m4j predict} and
 * {@code m4j evaluate} print one line naming the file and the problem and exit with 2; nothing is predicted.
 */
class ModelFileErrorTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"predict", "evaluate"})
    void aTamperedWeightFailsTheChecksum(String command) throws IOException {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        String json = Files.readString(model, StandardCharsets.UTF_8);
        // The weight -1 (input x to class lo) becomes -3: valid JSON, a plausible model, but not the one saved.
        assertTrue(json.contains("-1.0"), json);
        Files.writeString(model, json.replaceFirst("-1\\.0", "-3.0"), StandardCharsets.UTF_8);

        Cli run = run(command, model);

        UsageErrors.assertContains(run, "m4j " + command, "--model: " + model + ": ", "checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"predict", "evaluate"})
    void aTruncatedFileIsRejected(String command) throws IOException {
        Path model = HandModels.save(HandModels.classifier(), dir, "m.json");
        byte[] bytes = Files.readAllBytes(model);
        Files.write(model, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        UsageErrors.assertContains(run(command, model), "m4j " + command, "--model: " + model + ": line ",
                "the file ends in the middle of the JSON (truncated?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"predict", "evaluate"})
    void aFileThatIsNotAModel(String command) {
        Path notModel = HandModels.write(dir, "data.csv", "x,y\n1,lo\n");
        UsageErrors.assertExactly(run(command, notModel), "m4j " + command, "--model: " + notModel
                + ": line 1, column 1: not JSON: unexpected text 'x'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"predict", "evaluate"})
    void aMissingFile(String command) {
        Path missing = dir.resolve("missing.json");
        UsageErrors.assertExactly(run(command, missing), "m4j " + command, "--model: no such file '" + missing + "'");
    }

    private Cli run(String command, Path model) {
        Path data = HandModels.write(dir, "rows.csv", "x,y\n1,lo\n");
        return Cli.run(command, "--model", model.toString(), "--data", data.toString());
    }
}
