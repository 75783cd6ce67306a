package org.momentum4j.bench.compare;

import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;
import smile.base.mlp.Layer;
import smile.base.mlp.OutputFunction;
import smile.classification.MLP;
import smile.math.MathEx;
import smile.math.TimeFunction;

/**
 * Smile 3.1.1: {@code classification.MLP} with a tanh hidden layer and a softmax output trained by maximum
 * likelihood (cross-entropy), constant learning rate and momentum, one {@code update(x, y)} per item in
 * file order (online).
 */
public final class SmileTrainer implements LibraryTrainer {
    private MLP mlp;
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
        MathEx.setSeed(seed);
        mlp = new MLP(Layer.input(w.inputs()), Layer.tanh(w.hidden()), Layer.mle(w.classes(), OutputFunction.SOFTMAX));
        mlp.setLearningRate(TimeFunction.constant(w.learningRate()));
        mlp.setMomentum(TimeFunction.constant(w.momentum()));
    }

    @Override
    public void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            for (int r = 0; r < x.length; r++) {
                mlp.update(x[r], y[r]);
            }
        }
    }

    @Override
    public double loss() {
        double[] p = new double[y.length == 0 ? 0 : mlp.numClasses()];
        double s = 0;
        for (int r = 0; r < x.length; r++) {
            mlp.predict(x[r], p);
            s += Rows.crossEntropy(p, y[r]);
        }
        return s / x.length;
    }
}
