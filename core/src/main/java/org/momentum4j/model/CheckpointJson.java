package org.momentum4j.model;

import java.util.List;
import java.util.Map;

/** The body of a checkpoint file, format version 1 (see {@link Checkpoint}). */
record CheckpointJson(int inputs, String loss, List<LayerShape> layers, String optimizer, int batchSize, long seed,
                      String dataSha256, int epochsDone, double[] parameters, long steps, double learningRate,
                      double momentum, double[][] buffers, BestJson best, Map<String, String> settings) {

    record LayerShape(int units, String activation) {
    }

    record BestJson(int epoch, double score, double[] parameters) {
    }
}
