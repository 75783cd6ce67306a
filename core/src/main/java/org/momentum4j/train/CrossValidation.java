package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Fold;
import org.momentum4j.data.KFold;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.NormalizedSplit;
import org.momentum4j.data.Split;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;

/**
 * k-fold cross-validation of one training recipe: the data is cut into {@code k} folds ({@link KFold}:
 * seeded, stratified for classification); for each fold a fresh network is trained on the other
 * {@code k - 1} folds and scored on this one. Everything a fold learns from comes from its training part
 * only: the feature normaliser and, for regression, the target standardisation ({@link NormalizedSplit}).
 * Every fold starts from the same initial weights ({@code config.seed()}), so folds differ only in their data.
 *
 * <pre>{@code
 * CrossValidation cv = new CrossValidation(architecture, WeightInit.auto(), optimizer,
 *         TrainingConfig.online(40, 1), TrainingControls.NONE, Normalization.ZSCORE);
 * List<CrossValidation.FoldResult> folds = cv.run(data, List.of("species"), 5, 1, fold -> { });
 * }</pre>
 *
 * @param architecture  the network's shape; must fit the data
 * @param init          how initial weights are drawn (seeded with {@code config.seed()})
 * @param optimizer     the update rule
 * @param config        epochs, batch size and the seed of the weights and item order
 * @param controls      schedules, clipping and divergence handling (there is no validation data, so no early
 *                      stopping or plateau schedule)
 * @param normalization how features are rescaled
 */
public record CrossValidation(Architecture architecture, WeightInit init, Optimizer optimizer, TrainingConfig config,
                              TrainingControls controls, Normalization normalization) {
    public CrossValidation {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(normalization, "normalization");
        controls.check(optimizer, config);
        if (controls.needsValidation()) {
            throw new IllegalArgumentException("cross-validation has no validation data for "
                    + controls.validationUsers());
        }
    }

    /**
     * How one fold went.
     *
     * @param fold           1-based fold number
     * @param trainRows      rows trained on
     * @param testRows       rows scored
     * @param testLoss       mean loss on the test rows (in the rescaled units the network was trained in)
     * @param classification scores for classification, else null
     * @param regression     scores in the targets' own units for regression, else null
     * @param training       how training ended
     */
    public record FoldResult(int fold, int trainRows, int testRows, double testLoss,
                             ClassificationMetrics classification, RegressionMetrics regression,
                             TrainingResult training) {
        /** The fold's headline figure: accuracy for classification, the first target's RMSE for regression. */
        public double score() {
            return classification != null ? classification.accuracy() : regression.rmse()[0];
        }
    }

    /**
     * Runs every fold in turn, telling {@code listener} about each as it finishes.
     *
     * @param targetNames the target column names (for regression scores)
     * @param k           folds, in [2, rows]
     * @param seed        the seed of the fold assignment
     */
    public List<FoldResult> run(Dataset data, List<String> targetNames, int k, long seed,
                                Consumer<FoldResult> listener) {
        List<FoldResult> results = new ArrayList<>();
        for (Fold fold : KFold.of(data, k, seed)) {
            FoldResult r = evaluate(data, fold, targetNames);
            results.add(r);
            listener.accept(r);
        }
        return results;
    }

    /** Trains on {@code fold}'s training rows of {@code data} and scores on its test rows. */
    public FoldResult evaluate(Dataset data, Fold fold, List<String> targetNames) {
        Dataset test = fold.test(data);
        Split raw = new Split(fold.train(data), data.select(new int[0], data.name() + "/none"), test);
        NormalizedSplit s = NormalizedSplit.of(raw, normalization);
        Network network = Network.create(architecture, init, config.seed());
        TrainingResult training = new Trainer(optimizer, config, controls).fit(network, s.train());
        double loss = Evaluation.of(network, s.test()).loss();
        return data.isClassification()
                ? new FoldResult(fold.number(), s.train().rows(), test.rows(), loss,
                        ClassificationMetrics.of(network, s.test()), null, training)
                : new FoldResult(fold.number(), s.train().rows(), test.rows(), loss, null,
                        RegressionMetrics.of(network, s.test(), s.targets(), test, targetNames), training);
    }
}
