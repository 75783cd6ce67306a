package org.momentum4j.cli;

import org.momentum4j.data.Dataset;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import picocli.CommandLine.Option;

/**
 * The data a comparison trains and validates on: {@code --data}, split by {@code --validation-fraction}
 * with {@code --split-seed}, features standardised with the training part's statistics. The split seed is
 * separate from the run seeds, so several seeds vary the weights and item order on one fixed split.
 */
final class SplitOptions {
    @Option(names = "--data", paramLabel = "NAME|FILE", defaultValue = "iris",
            description = "A bundled dataset (iris, xor, spirals, circles) or a CSV file (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of each class held out and evaluated after every epoch, in [0, 1); 0 holds out"
                    + " nothing (default: ${DEFAULT-VALUE}).")
    double validationFraction;

    @Option(names = "--split-seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the validation split (default: ${DEFAULT-VALUE}).")
    long splitSeed;

    /**
     * The standardised parts.
     *
     * @param name       the dataset's name
     * @param train      the training part
     * @param validation the held-out part, or null when nothing is held out
     */
    record Parts(String name, Dataset train, Dataset validation) {
    }

    /** Loads and splits the data; a bad file, fraction or a split that leaves nothing to train on is a usage error. */
    Parts parts() {
        Dataset all = DataSource.load(data);
        TrainTestSplit split;
        try {
            split = TrainTestSplit.of(all, validationFraction, splitSeed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--validation-fraction", e.getMessage().replace("test fraction",
                    "validation fraction"));
        }
        if (split.train().rows() == 0) {
            throw UsageException.about("--validation-fraction", validationFraction + " leaves no rows of "
                    + all.name() + " to train on");
        }
        Standardizer z = Standardizer.fit(split.train());
        Dataset validation = split.test().rows() == 0 ? null : z.apply(split.test());
        return new Parts(all.name(), z.apply(split.train()), validation);
    }
}
