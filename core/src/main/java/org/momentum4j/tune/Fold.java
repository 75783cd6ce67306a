package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.train.ItemOrder;

/** One training/validation pair a trial trains and is scored on; standardised on its training part. */
record Fold(Dataset train, Dataset validation) {

    /** The stream of the search seed that splits come from. */
    static final long SPLIT_STREAM = 0x5B117L;

    /** The folds {@code selection} makes of {@code data}, the same for every trial of a search. */
    static List<Fold> of(Dataset data, Selection selection, long searchSeed, boolean standardize) {
        long seed = ItemOrder.derive(searchSeed, SPLIT_STREAM);
        List<Fold> folds = new ArrayList<>();
        if (selection instanceof Selection.Holdout h) {
            TrainTestSplit split = TrainTestSplit.of(data, h.fraction(), seed);
            folds.add(make(split.train(), split.test(), standardize));
        } else if (selection instanceof Selection.KFold kf) {
            int[] assignment = StratifiedKFold.assign(data, kf.k(), seed);
            for (int f = 0; f < kf.k(); f++) {
                Dataset train = data.select(StratifiedKFold.rows(assignment, f, false), data.name() + "/fold" + f + "-train");
                Dataset valid = data.select(StratifiedKFold.rows(assignment, f, true), data.name() + "/fold" + f);
                folds.add(make(train, valid, standardize));
            }
        }
        return folds;
    }

    private static Fold make(Dataset train, Dataset validation, boolean standardize) {
        if (train.rows() == 0 || validation.rows() == 0) {
            throw new IllegalArgumentException("the validation split of " + train.rows() + " + " + validation.rows()
                    + " rows leaves a part empty; use a larger dataset or another validation fraction");
        }
        if (!standardize) {
            return new Fold(train, validation);
        }
        Standardizer z = Standardizer.fit(train);
        return new Fold(z.apply(train), z.apply(validation));
    }
}
