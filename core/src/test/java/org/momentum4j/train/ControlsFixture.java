package org.momentum4j.train;

import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;

/** Shared data for the training-controls tests: standardised Iris, and a validation set that disagrees with it. */
final class ControlsFixture {
    static final Architecture ARCH = Architecture.classifier(Activation.TANH, 4, 5, 3);
    static final Dataset TRAIN;
    static final Dataset TEST;
    /** The training rows with every label moved to the next class: learning the training data makes its loss rise. */
    static final Dataset CONTRARY;

    static {
        TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, 1);
        Standardizer z = Standardizer.fit(split.train());
        TRAIN = z.apply(split.train());
        TEST = z.apply(split.test());
        int[] rotated = new int[TRAIN.rows()];
        for (int r = 0; r < rotated.length; r++) {
            rotated[r] = (TRAIN.label(r) + 1) % 3;
        }
        CONTRARY = Dataset.classification("contrary", TRAIN.featureNames(), TRAIN.features().clone(), rotated,
                TRAIN.classNames());
    }

    private ControlsFixture() {
    }

    static Network network(long seed) {
        return Network.create(ARCH, WeightInit.uniform(-0.5, 0.5), seed);
    }
}
