package org.momentum4j.cli;

import org.momentum4j.data.Dataset;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.NormalizedSplit;
import org.momentum4j.data.Split;
import org.momentum4j.data.TrainTestSplit;

/**
 * The rows {@code m4j train} trains on, watches and tests on.
 *
 * @param train      the rows the network learns from
 * @param validation rows measured after every epoch (early stopping, plateau schedules), or null
 * @param test       held-out rows, measured once at the end (may be empty)
 */
record DataParts(Dataset train, Dataset validation, Dataset test) {

    /**
     * Splits off {@code testFraction} of {@code data} for testing, then {@code validationFraction} of the rest
     * for validation (none if 0); both stratified and seeded with {@code seed}. A part asked for must get rows,
     * and at least one row must remain to train on; otherwise the flag's usage error.
     */
    static DataParts of(Dataset data, double testFraction, double validationFraction, long seed) {
        TrainTestSplit split = split(data, testFraction, seed, "--test-fraction");
        if (validationFraction == 0) {
            return new DataParts(split.train(), null, split.test());
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            // Checked here: core's split would call it a test fraction.
            throw UsageException.about("--validation-fraction", "validation fraction must be in [0, 1), got "
                    + validationFraction);
        }
        TrainTestSplit inner = split(split.train(), validationFraction, seed, "--validation-fraction");
        if (inner.test().rows() == 0) {
            throw UsageException.about("--validation-fraction", validationFraction + " of each class of the "
                    + split.train().rows() + " training rows of " + data.name() + " leaves no validation rows");
        }
        return new DataParts(inner.train(), inner.test(), split.test());
    }

    private static TrainTestSplit split(Dataset data, double fraction, long seed, String flag) {
        TrainTestSplit split;
        try {
            split = TrainTestSplit.of(data, fraction, seed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(flag, e);
        }
        if (split.train().rows() == 0) {
            throw UsageException.about(flag, fraction + " leaves no rows of " + data.name() + " to train on");
        }
        return split;
    }

    /**
     * These parts rescaled for training: features by {@code method} fitted on the training rows only, and for
     * regression the targets standardised likewise (see {@link NormalizedSplit}).
     */
    NormalizedSplit normalised(Normalization method) {
        Dataset none = train.select(new int[0], train.name() + "/validation");
        return NormalizedSplit.of(new Split(train, validation == null ? none : validation, test), method);
    }

    /** The rescaled parts of {@code s}, as parts (no validation part when it has no rows). */
    static DataParts of(NormalizedSplit s) {
        return new DataParts(s.train(), s.validation().rows() == 0 ? null : s.validation(), s.test());
    }

    /** The parts as they were read, before rescaling. */
    static DataParts raw(NormalizedSplit s) {
        Split raw = s.raw();
        return new DataParts(raw.train(), raw.validation().rows() == 0 ? null : raw.validation(), raw.test());
    }

    /** {@code 96 train / 24 validation / 30 test rows}, the validation part only when there is one. */
    String describe() {
        return train.rows() + " train / " + (validation == null ? "" : validation.rows() + " validation / ")
                + test.rows() + " test rows";
    }
}
