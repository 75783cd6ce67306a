package org.momentum4j.train;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.FloatKernels;
import org.momentum4j.nn.FloatNetwork;
import org.momentum4j.nn.FloatWorkspace;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * The single-precision engine of a {@link TrainingRun} ({@link Precision#FLOAT}): online training through
 * {@link FloatNetwork#trainItem} with a {@link FloatRule}, on float copies of the data's features and
 * targets made once; or, for networks with a wide layer on the scalar kernels, through
 * {@link FloatNetwork#gradient} and one update of the whole array ({@link FloatRule#step}): one long loop
 * instead of a short one per row, which C2 vectorises (measured on JDK 17, W2: the update takes half the
 * time). The Vector API kernels take the fused path for every shape, the wide first layer in one call
 * ({@link FloatRule#applyRows}; W2 ~5% faster than the whole-array update, which writes and re-reads a
 * gradient array). Both paths give the same bits. Each epoch
 * starts by loading the network's parameters and the optimizer's state into floats ({@link #beginEpoch}) and ends by writing them back exactly ({@link #endEpoch}), so that between
 * epochs the {@link Network} and {@link OptimizerState} hold the float run's values as doubles and whatever
 * works on them between epochs (evaluation, schedules, roll-backs, checkpoints, restores) works unchanged.
 * Nothing is allocated per item.
 */
final class FloatTraining {
    private final Network network;
    private final Dataset data;
    private final OptimizerState state;
    private final FloatNetwork floats;
    private final FloatWorkspace ws;
    private final FloatRule rule;
    private final float[] x;
    private final float[] t;
    private final int featureCount;
    private final int targetCount;
    private final boolean classify;
    /** The gradient array of the generic path, or null on the fused path. */
    private final float[] grad;

    FloatTraining(Network network, Dataset data, Optimizer optimizer, OptimizerState state) {
        this.network = network;
        this.data = data;
        this.state = state;
        int widest = FloatNetwork.widest(network.architecture());
        FloatKernels kernels = FloatKernels.preferred(widest);
        this.floats = new FloatNetwork(network.architecture(), kernels);
        this.ws = floats.newWorkspace();
        boolean generic = widest >= WIDE && !kernels.isVector();
        this.rule = FloatRule.of(optimizer, kernels, network.parameterCount());
        this.x = narrowed(data.features());
        this.t = narrowed(data.targets());
        this.featureCount = data.featureCount();
        this.targetCount = data.targetCount();
        this.classify = data.isClassification();
        this.grad = generic ? new float[network.parameterCount()] : null;
    }

    /** From this many units in some layer, the scalar kernels take the generic path (see the class comment). */
    private static final int WIDE = 32;

    /**
     * Rejects what single precision cannot train: another rule, mini-batches, clipping.
     *
     * @throws IllegalArgumentException naming what is supported
     */
    static void check(Optimizer optimizer, TrainingConfig config, GradientClipping clipping) {
        String got = !FloatRule.supports(optimizer) ? optimizer.describe()
                : config.batchSize() != 1 ? "batch size " + TrainingConfig.batchSizeText(config.batchSize())
                : clipping.isActive() ? "gradient clipping"
                : null;
        if (got != null) {
            throw new IllegalArgumentException("float precision supports " + Precision.FLOAT_SUPPORTS + "; got " + got);
        }
    }

    private static float[] narrowed(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    void beginEpoch() {
        floats.load(network.parameters());
        rule.begin(state);
    }

    /** One online step from item {@code item}; adds its loss to {@code stats[0]}, a right class to {@code stats[1]}. */
    void trainOne(int item, double[] stats) {
        if (grad == null) {
            stats[0] += floats.trainItem(x, item * featureCount, t, item * targetCount, ws, rule);
        } else {
            stats[0] += floats.gradient(x, item * featureCount, t, item * targetCount, ws, grad);
            rule.step(floats.parameters(), grad);
        }
        rule.finishStep();
        if (classify && predictedClass(ws.output()) == data.label(item)) {
            stats[1]++;
        }
    }

    void endEpoch() {
        floats.store(network.parameters());
        rule.end(state);
    }

    /** {@link Evaluation#predictedClass} for float outputs. */
    private static int predictedClass(float[] output) {
        if (output.length == 1) {
            return output[0] >= 0.5f ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < output.length; k++) {
            if (output[k] > output[best]) {
                best = k;
            }
        }
        return best;
    }
}
