package org.momentum4j.model;

import java.util.List;
import java.util.Map;

/**
 * The body of a checkpoint file, format version 1 (see {@link Checkpoint}). Values that may be infinite or
 * NaN (a best loss before the first epoch) are written as strings in {@link Double#toString} form, which
 * JSON numbers cannot hold and which reads back exactly.
 */
record CheckpointJson(int inputs, String loss, List<LayerShape> layers, String optimizer, int batchSize, long seed,
                      String precision, String dataSha256, int epochsDone, double[] parameters, long steps, double learningRate,
                      double momentum, double[][] buffers, ControlJson control, Map<String, String> settings) {

    record LayerShape(int units, String activation) {
    }

    /** {@code ControlState}: schedules, early stopping, best weights, divergence handling. */
    record ControlJson(PlateauJson plateau, EarlyStoppingJson earlyStopping, double[] bestParameters,
                       DivergenceJson divergence, double[] lastGoodParameters, int lastGoodEpoch) {
    }

    record PlateauJson(String best, int badEpochs, int cooldownLeft, double scale) {
    }

    record EarlyStoppingJson(String bestLoss, int bestEpoch, int badEpochs) {
    }

    record DivergenceJson(String firstLoss, String bestLoss, double learningRateScale, int recoveries) {
    }
}
