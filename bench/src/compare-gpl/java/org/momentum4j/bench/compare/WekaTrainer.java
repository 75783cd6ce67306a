package org.momentum4j.bench.compare;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Weka 3.8: {@code MultilayerPerceptron} (online back-propagation with learning rate and momentum, classical)
 * with one hidden layer of the workload's width, no attribute normalisation, no decay, no validation set.
 * Weka's units are all sigmoid and it minimises squared error; it normalises the outputs to a distribution,
 * on which the cross-entropy is measured. It trains all epochs in one {@code buildClassifier} call, so its
 * time includes its own set-up (copying the data, shuffling it once).
 */
public final class WekaTrainer implements LibraryTrainer {
    private MultilayerPerceptron mlp;
    private Instances instances;
    private boolean trained;

    @Override
    public String lossName() {
        return "cross-entropy";
    }

    @Override
    public String differences() {
        return "sigmoid units everywhere, squared-error training (Weka's MLP has no tanh/softmax)";
    }

    @Override
    public void setUp(Workload w, Dataset data, long seed) {
        List<Attribute> attributes = new ArrayList<>();
        for (int j = 0; j < w.inputs(); j++) {
            attributes.add(new Attribute("x" + j));
        }
        attributes.add(new Attribute("class", data.classNames()));
        instances = new Instances(data.name(), new ArrayList<>(attributes), data.rows());
        instances.setClassIndex(w.inputs());
        int d = w.inputs();
        for (int r = 0; r < data.rows(); r++) {
            double[] v = new double[d + 1];
            System.arraycopy(data.features(), r * d, v, 0, d);
            v[d] = data.label(r);
            instances.add(new DenseInstance(1.0, v));
        }
        mlp = new MultilayerPerceptron();
        mlp.setHiddenLayers(Integer.toString(w.hidden()));
        mlp.setLearningRate(w.learningRate());
        mlp.setMomentum(w.momentum());
        mlp.setNormalizeAttributes(false);
        mlp.setNominalToBinaryFilter(false);
        mlp.setDecay(false);
        mlp.setReset(false);
        mlp.setValidationSetSize(0);
        mlp.setSeed((int) seed);
        trained = false;
    }

    @Override
    public void train(int epochs) throws Exception {
        mlp.setTrainingTime(epochs);
        mlp.buildClassifier(instances);
        trained = true;
    }

    @Override
    public double loss() throws Exception {
        if (!trained) {
            return Double.NaN;
        }
        double s = 0;
        for (int r = 0; r < instances.numInstances(); r++) {
            double[] p = mlp.distributionForInstance(instances.instance(r));
            s += Rows.crossEntropy(p, (int) instances.instance(r).classValue());
        }
        return s / instances.numInstances();
    }
}
