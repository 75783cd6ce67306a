package org.momentum4j.data;

import java.util.Objects;

/**
 * A {@link Split} made ready for training: features rescaled by a {@link Normalizer} fitted on the training
 * part only, and for regression the targets standardised by a z-score fitted on the training targets (so
 * the network learns values of order 1 whatever the units). The same normalisers rescale the validation and
 * test parts and are what a {@code Model} stores, so prediction repeats exactly this arithmetic.
 *
 * <p>Fitting on the training part only keeps the held-out parts honest: nothing about them leaks into
 * training. The raw split is kept so that scores can be given in the targets' own units
 * ({@code y = y' * scale + offset}, see {@link Normalizer#inverse}) against the true values.
 *
 * <pre>{@code
 * NormalizedSplit s = NormalizedSplit.of(Split.of(data, 0.2, 0, seed), Normalization.ZSCORE);
 * trainer.fit(network, s.train());
 * }</pre>
 *
 * @param raw      the parts as they were read
 * @param train    the training part, rescaled
 * @param validation the validation part, rescaled (no rows when there is none)
 * @param test     the test part, rescaled (no rows when there is none)
 * @param features the feature normaliser (also fills missing values with training means)
 * @param targets  for regression the target normaliser; null for classification
 */
public record NormalizedSplit(Split raw, Dataset train, Dataset validation, Dataset test, Normalizer features,
                              Normalizer targets) {
    public NormalizedSplit {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(features, "features");
        if ((targets == null) != train.isClassification()) {
            throw new IllegalArgumentException(train.isClassification()
                    ? "classification data has no target normaliser" : "regression data needs a target normaliser");
        }
    }

    /**
     * Fits {@code method} on the features of {@code split.train()} (and for regression a z-score on its
     * targets) and rescales every part.
     *
     * @throws IllegalArgumentException if the training part is empty or a feature has no value in it
     */
    public static NormalizedSplit of(Split split, Normalization method) {
        Dataset train = split.train();
        if (train.rows() == 0) {
            throw new IllegalArgumentException("the training part of " + train.name() + " has no rows");
        }
        Normalizer features = Normalizer.fitFeatures(method, train);
        Normalizer targets = train.isClassification() ? null : Normalizer.fitTargets(train);
        return new NormalizedSplit(split, rescale(train, features, targets), rescale(split.validation(), features,
                targets), rescale(split.test(), features, targets), features, targets);
    }

    private static Dataset rescale(Dataset part, Normalizer features, Normalizer targets) {
        if (part.rows() == 0) {
            return part;
        }
        Dataset d = features.apply(part);
        return targets == null ? d : targets.applyToTargets(d);
    }
}
