package org.momentum4j.cli;

import org.momentum4j.data.LoadedData;
import org.momentum4j.data.ReadOptions;
import org.momentum4j.model.Model;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A saved model and the rows to apply it to: what {@code m4j predict} and {@code m4j evaluate} share. */
final class ModelDataOptions {
    @Option(names = "--model", paramLabel = "FILE", required = true,
            description = "A model saved by m4j train --save (or m4j tune --save).")
    String model;

    @Option(names = "--data", paramLabel = "FILE", required = true,
            description = "A CSV or ARFF file with the model's columns (by header name, or in training order"
                    + " without a header), or a bundled dataset; evaluate needs the target columns too.")
    String data;

    @Mixin
    CsvFormatOptions format;

    /** The model file, loaded and validated (a bad file is a usage error naming it). */
    Model loadModel() {
        return ModelFiles.load(model);
    }

    /** The rows of {@code --data}, read with {@code model}'s encoding. */
    LoadedData loadRows(Model m) {
        return DataSource.loadFor(data, format.applyTo(ReadOptions.defaults()), m.encoding());
    }
}
