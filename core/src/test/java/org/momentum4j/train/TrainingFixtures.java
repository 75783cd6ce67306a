package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/** Shared test data and the reference training loop the engine's faster paths must reproduce bit for bit. */
final class TrainingFixtures {
    private TrainingFixtures() {
    }

    /** Random features in [0, 1) and labels; learnability does not matter for bit-equality tests. */
    static Dataset randomClassification(int rows, int features, int classes, long seed) {
        return randomClassification(rows, features, classes, seed, 0.0);
    }

    /**
     * {@link #randomClassification}, with each feature exactly zero with probability {@code zeros}: wide layers
     * skip zero inputs in their sums (like the blank pixels of an image), which must not change a bit.
     */
    static Dataset randomClassification(int rows, int features, int classes, long seed, double zeros) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble();
            if (zeros > 0 && random.nextDouble() < zeros) {
                x[i] = 0;
            }
        }
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = random.nextInt(classes);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add("f" + j);
        }
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            classNames.add("c" + c);
        }
        return Dataset.classification("random", names, x, labels, classNames);
    }

    /**
     * The training loop as {@link TrainingConfig} and {@link Optimizer} document it, written plainly: per
     * epoch the {@link ItemOrder} shuffle; per batch the item gradients from {@link Network#gradient} added
     * in visiting order, averaged, then one {@link Optimizer#step}. Returns the mean loss of each epoch.
     */
    static double[] referenceTraining(Network net, Dataset data, Optimizer rule, TrainingConfig config) {
        double[][] stats = referenceStatistics(net, data, rule, config);
        double[] losses = new double[stats.length];
        for (int e = 0; e < stats.length; e++) {
            losses[e] = stats[e][0];
        }
        return losses;
    }

    /**
     * {@link #referenceTraining}, returning each epoch's mean loss (item losses added in visiting order, each
     * from before the item's batch updated the weights) and its accuracy (items whose predicted class was
     * right, counted item by item): {@code {loss, accuracy}} per epoch.
     */
    static double[][] referenceStatistics(Network net, Dataset data, Optimizer rule, TrainingConfig config) {
        OptimizerState state = rule.newState(net.parameterCount());
        double[] grad = new double[net.parameterCount()];
        Workspace ws = net.newWorkspace();
        int n = data.rows();
        int[] order = new int[n];
        int batch = Math.min(config.batchSize(), n);
        double[][] stats = new double[config.epochs()][];
        for (int e = 0; e < config.epochs(); e++) {
            ItemOrder.shuffle(config.seed(), e, order);
            double lossSum = 0;
            int right = 0;
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(start + batch, n);
                for (int k = start; k < end; k++) {
                    int item = order[k];
                    lossSum += net.gradient(data.features(), item * data.featureCount(), data.targets(),
                            item * data.targetCount(), ws, grad, k > start);
                    if (data.isClassification() && Evaluation.predictedClass(ws.output()) == data.label(item)) {
                        right++;
                    }
                }
                if (end - start > 1) {
                    double f = 1.0 / (end - start);
                    for (int i = 0; i < grad.length; i++) {
                        grad[i] *= f;
                    }
                }
                rule.step(net.parameters(), grad, state);
            }
            stats[e] = new double[] {lossSum / n, (double) right / n};
        }
        return stats;
    }
}
