package org.momentum4j.train;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;

/**
 * A network's mean loss and (for classification) accuracy on a dataset, at fixed weights.
 *
 * @param loss     mean loss per item
 * @param accuracy fraction classified right, or NaN for regression
 * @param rows     number of items evaluated
 */
public record Evaluation(double loss, double accuracy, int rows) {

    /** Evaluates {@code network} on every row of {@code data}. */
    public static Evaluation of(Network network, Dataset data) {
        checkShapes(network, data);
        Workspace ws = network.newWorkspace();
        int cols = data.featureCount();
        int tc = data.targetCount();
        double loss = 0;
        int correct = 0;
        for (int r = 0; r < data.rows(); r++) {
            double[] out = network.forward(data.features(), r * cols, ws);
            loss += network.loss(ws, data.targets(), r * tc);
            if (data.isClassification() && predictedClass(out) == data.label(r)) {
                correct++;
            }
        }
        int n = data.rows();
        return new Evaluation(loss / n, data.isClassification() ? (double) correct / n : Double.NaN, n);
    }

    /** The class an output vector predicts: its arg-max, or for a single output unit, 1 when it is at least 0.5. */
    public static int predictedClass(double[] output) {
        if (output.length == 1) {
            return output[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < output.length; k++) {
            if (output[k] > output[best]) {
                best = k;
            }
        }
        return best;
    }

    static void checkShapes(Network network, Dataset data) {
        if (network.architecture().inputs() != data.featureCount()) {
            throw new IllegalArgumentException("the network takes " + network.architecture().inputs()
                    + " inputs but " + data.name() + " has " + data.featureCount() + " features");
        }
        if (network.architecture().outputs() != data.targetCount()) {
            throw new IllegalArgumentException("the network has " + network.architecture().outputs()
                    + " outputs but " + data.name() + " has " + data.targetCount() + " targets per row");
        }
    }
}
