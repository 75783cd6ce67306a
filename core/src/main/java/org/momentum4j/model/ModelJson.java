package org.momentum4j.model;

import java.util.List;
import java.util.Map;

/**
 * The body of a model file, format version 1, member for member as docs/model-format.md documents it.
 * Records only: Jackson binds them strictly, and {@link Canonical} hashes them in component order.
 */
record ModelJson(int inputs, String loss, List<Layer> layers, EncodingJson encoding, NormalizerJson featureNormalizer,
                 NormalizerJson targetNormalizer, TrainingJson training, ProvenanceJson provenance) {

    /** One dense layer; {@code weights[i][j]} connects input {@code i} to unit {@code j}. */
    record Layer(int units, String activation, double[][] weights, double[] biases) {
    }

    record EncodingJson(String task, String missing, List<ColumnJson> columns) {
    }

    record ColumnJson(String name, String role, String kind, List<String> categories) {
    }

    record NormalizerJson(String method, double[] offset, double[] scale, double[] fill) {
    }

    record TrainingJson(String optimizer, String weightInit, int epochs, int batchSize, long seed,
                        Map<String, String> settings) {
    }

    record ProvenanceJson(String data, String dataSha256, long rows, String library) {
    }
}
