package org.momentum4j.bench.compare;

import java.util.Random;
import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;
import org.neuroph.core.data.DataSet;
import org.neuroph.core.data.DataSetRow;
import org.neuroph.nnet.MultiLayerPerceptron;
import org.neuroph.nnet.learning.MomentumBackpropagation;
import org.neuroph.util.TransferFunctionType;
import org.neuroph.util.random.RangeRandomizer;

/**
 * Neuroph 2.92: {@code MultiLayerPerceptron} with {@code MomentumBackpropagation} (classical:
 * {@code dw = lr delta x + mu dw'}), online (its default), items in file order. Neuroph 2.92 has no softmax
 * and no cross-entropy: every layer is tanh and the loss is the squared error against one-hot targets; on
 * wide inputs (W2) the learning rate is a tenth of the workload's, which diverges with that loss.
 */
public final class NeurophTrainer implements LibraryTrainer {
    private MultiLayerPerceptron net;
    private MomentumBackpropagation rule;
    private DataSet set;
    private double[][] x;
    private double[][] t;

    @Override
    public String lossName() {
        return "squared error";
    }

    private String differences = "";

    @Override
    public String differences() {
        return differences;
    }

    @Override
    public void setUp(Workload w, Dataset data, long seed) {
        x = Rows.features(data);
        t = Rows.oneHot(data);
        set = new DataSet(w.inputs(), w.classes());
        for (int r = 0; r < x.length; r++) {
            set.addRow(new DataSetRow(x[r], t[r]));
        }
        net = new MultiLayerPerceptron(TransferFunctionType.TANH, w.inputs(), w.hidden(), w.classes());
        // Neuroph's randomizeWeights(Random) draws from [0, 1): all positive, so every tanh unit starts
        // saturated on these non-negative inputs and it never learns. Glorot's range of the first layer instead.
        double limit = Math.sqrt(6.0 / (w.inputs() + w.hidden()));
        RangeRandomizer init = new RangeRandomizer(-limit, limit);
        init.setRandomGenerator(new Random(seed));
        net.randomizeWeights(init);
        rule = new MomentumBackpropagation();
        // Squared error on tanh outputs has a larger curvature than cross-entropy on softmax outputs; on W2
        // (784 inputs, momentum 0.9) the workload's lr 0.01 diverges, so Neuroph gets a tenth of it there.
        // The work per item is the same at any learning rate.
        double lr = w.inputs() > 100 ? w.learningRate() / 10 : w.learningRate();
        differences = "tanh output, squared error (no softmax in Neuroph 2.92)"
                + (lr != w.learningRate() ? ", lr " + lr + " (the workload's diverges with this loss)" : "");
        rule.setLearningRate(lr);
        rule.setMomentum(w.momentum());
        rule.setMaxError(-1);
        net.setLearningRule(rule);
    }

    @Override
    public void train(int epochs) {
        rule.setMaxIterations(epochs);
        net.learn(set);
    }

    @Override
    public double loss() {
        double s = 0;
        for (int r = 0; r < x.length; r++) {
            net.setInput(x[r]);
            net.calculate();
            s += Rows.squaredError(net.getOutput(), t[r]);
        }
        return s / x.length;
    }
}
