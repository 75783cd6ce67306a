package org.momentum4j.compare;

import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;

/**
 * The comparison {@code m4j compare} runs with no options: what momentum does, on the article's demo.
 * Bundled Iris, split 120/30 (stratified, {@link #SPLIT_SEED}), features standardised on the 120 training
 * rows; a 4-5-3 network (tanh hidden layer, softmax output, cross-entropy) with weights uniform in
 * [-0.01, 0.01]; online training for {@link #EPOCHS} epochs, target training loss {@link #TARGET_LOSS}; the
 * 30 held-out rows as validation data. The
 * settings share the article's learning rate 0.05 and, where they have one, its momentum 0.75:
 * <pre>
 *   sgd lr=0.05
 *   article lr=0.05 momentum=0.75
 *   momentum lr=0.05 momentum=0.75      (heavy-ball, lr inside the velocity)
 *   nesterov lr=0.05 momentum=0.75
 * </pre>
 * For small steps the article's rule acts like SGD with {@code lr*(1+mu)} and heavy-ball like
 * {@code lr/(1-mu)}, four times the plain step, so the curves separate clearly.
 */
public final class DefaultComparison {
    private DefaultComparison() {
    }

    public static final double LEARNING_RATE = 0.05;
    public static final double MOMENTUM = 0.75;
    /** As {@code m4j train}, so the article row of the default comparison reproduces it. */
    public static final int EPOCHS = 40;
    /** A training loss all four settings reach on this data, some much sooner than others. */
    public static final double TARGET_LOSS = 0.15;
    public static final double TEST_FRACTION = 0.2;
    public static final long SPLIT_SEED = 1;
    public static final long SEED = 1;

    /** The four settings, in the order above. */
    public static List<Optimizer> settings() {
        return List.of(new Sgd(LEARNING_RATE), new ArticleMomentum(LEARNING_RATE, MOMENTUM),
                new HeavyBall(LEARNING_RATE, MOMENTUM), new Nesterov(LEARNING_RATE, MOMENTUM));
    }

    /** The article's network: 4-5-3, tanh hidden layer, softmax output, cross-entropy. */
    public static Architecture architecture() {
        return Architecture.classifier(Activation.TANH, 4, 5, 3);
    }

    /** The article's initial weights: uniform in [-0.01, 0.01]. */
    public static WeightInit init() {
        return WeightInit.uniform(-0.01, 0.01);
    }

    /** The whole default comparison, with seed {@link #SEED}. */
    public static Comparison iris() {
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), TEST_FRACTION, SPLIT_SEED);
        Standardizer z = Standardizer.fit(split.train());
        Dataset train = z.apply(split.train());
        Dataset validation = z.apply(split.test());
        return Comparison.of(train, validation, architecture(), init(), settings(), EPOCHS)
                .withSeeds(List.of(SEED)).withTargetLoss(TARGET_LOSS);
    }
}
