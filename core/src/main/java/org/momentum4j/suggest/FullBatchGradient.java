package org.momentum4j.suggest;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;

/**
 * The mean loss {@code L(w) = 1/n sum_r L_r(w)} of a network over a whole dataset and its gradient, at the
 * network's current parameters: the deterministic objective that curvature estimates are made on.
 */
public final class FullBatchGradient {
    private final Network network;
    private final Dataset data;
    private final Workspace ws;

    public FullBatchGradient(Network network, Dataset data) {
        if (network.architecture().inputs() != data.featureCount()
                || network.architecture().outputs() != data.targetCount()) {
            throw new IllegalArgumentException("network " + network.architecture() + " does not fit " + data);
        }
        if (data.rows() == 0) {
            throw new IllegalArgumentException("dataset " + data.name() + " has no rows");
        }
        this.network = network;
        this.data = data;
        this.ws = network.newWorkspace();
    }

    public Network network() {
        return network;
    }

    /** Writes the mean gradient into {@code grad} (length = parameter count) and returns the mean loss. */
    public double lossAndGradient(double[] grad) {
        int cols = data.featureCount();
        int tc = data.targetCount();
        double loss = 0;
        for (int r = 0; r < data.rows(); r++) {
            loss += network.gradient(data.features(), r * cols, data.targets(), r * tc, ws, grad, r > 0);
        }
        double inv = 1.0 / data.rows();
        for (int i = 0; i < grad.length; i++) {
            grad[i] *= inv;
        }
        return loss * inv;
    }
}
