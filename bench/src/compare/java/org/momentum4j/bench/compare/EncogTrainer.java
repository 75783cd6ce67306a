package org.momentum4j.bench.compare;

import org.encog.engine.network.activation.ActivationSoftMax;
import org.encog.engine.network.activation.ActivationTANH;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.layers.BasicLayer;
import org.encog.neural.networks.training.propagation.back.Backpropagation;
import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;

/**
 * Encog 3.4: {@code Backpropagation} with learning rate and momentum (classical: {@code dw = lr g + mu dw'}),
 * batch size 1 (online), one thread, tanh hidden layer and softmax output. Encog's default error function
 * with its softmax (whose derivative it takes as 1) gives the gradient {@code t - a} of cross-entropy, so
 * the network and update match momentum4j's; items go in file order.
 */
public final class EncogTrainer implements LibraryTrainer {
    private BasicNetwork net;
    private Backpropagation train;
    private double[][] x;
    private int[] y;

    @Override
    public String lossName() {
        return "cross-entropy";
    }

    @Override
    public void setUp(Workload w, Dataset data, long seed) {
        x = Rows.features(data);
        y = Rows.labels(data);
        net = new BasicNetwork();
        net.addLayer(new BasicLayer(null, true, w.inputs()));
        net.addLayer(new BasicLayer(new ActivationTANH(), true, w.hidden()));
        net.addLayer(new BasicLayer(new ActivationSoftMax(), false, w.classes()));
        net.getStructure().finalizeStructure();
        net.reset((int) seed);
        train = new Backpropagation(net, new BasicMLDataSet(x, Rows.oneHot(data)), w.learningRate(), w.momentum());
        train.setBatchSize(1);
        train.setThreadCount(1);
    }

    @Override
    public void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            train.iteration();
        }
    }

    @Override
    public double loss() {
        double[] out = new double[y.length == 0 ? 0 : net.getOutputCount()];
        double s = 0;
        for (int r = 0; r < x.length; r++) {
            net.compute(x[r], out);
            s += Rows.crossEntropy(out, y[r]);
        }
        return s / x.length;
    }
}
