package org.momentum4j.tune;

/**
 * What a search ranks trials on: validation loss on data held out of the training data given to it,
 * never on test data (keep that out of the search entirely). Splits are seeded from the search seed and
 * are the same for every trial.
 */
public sealed interface Selection permits Selection.Holdout, Selection.KFold {

    /**
     * One stratified validation split ({@code TrainTestSplit}) of the given fraction of the rows.
     *
     * @param fraction in (0, 1)
     */
    record Holdout(double fraction) implements Selection {
        public Holdout {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + fraction);
            }
        }

        @Override
        public String describe() {
            return "validation split " + fraction;
        }
    }

    /**
     * Stratified k-fold cross-validation ({@link StratifiedKFold}): each trial trains k times, each time
     * validated on another fold, and is scored by the mean validation loss.
     *
     * @param k at least 2
     */
    record KFold(int k) implements Selection {
        public KFold {
            if (k < 2) {
                throw new IllegalArgumentException("k-fold cross-validation needs k >= 2, got " + k);
            }
        }

        @Override
        public String describe() {
            return k + "-fold cross-validation";
        }
    }

    /** A short description for reports. */
    String describe();
}
