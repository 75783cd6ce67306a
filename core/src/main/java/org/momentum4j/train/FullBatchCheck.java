package org.momentum4j.train;

import org.momentum4j.data.Dataset;
import org.momentum4j.optim.Optimizer;

/** Rejects a full-batch-only rule ({@link Optimizer#requiresFullBatch()}) with online or mini-batch training. */
final class FullBatchCheck {
    private FullBatchCheck() {
    }

    static void require(Optimizer optimizer, TrainingConfig config, Dataset data) {
        if (optimizer.requiresFullBatch() && config.batchSize() < data.rows()) {
            String rule = optimizer.describe().split(" ", 2)[0];
            String kind = config.batchSize() == 1 ? "online training (batch size 1)"
                    : "mini-batch training (batch size " + config.batchSize() + ")";
            throw new IllegalArgumentException(rule + " needs full-batch training, but got " + kind + " on the "
                    + data.rows() + " rows of " + data.name() + "; use a batch size of at least " + data.rows()
                    + " (TrainingConfig.fullBatch)");
        }
    }
}
