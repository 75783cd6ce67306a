package org.momentum4j.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * k-fold cross-validation folds, seeded and (for classification) stratified. Each class's rows are shuffled
 * (Fisher-Yates, one {@link Network#newRandom generator} seeded with {@code seed}) and dealt to the folds in
 * turn, the deal continuing from class to class. So every row is tested exactly once, fold sizes differ by
 * at most one, and so does each class's count across folds. Regression data is dealt as one group.
 */
public final class KFold {
    private KFold() {
    }

    /** The {@code k} folds of {@code data}; {@code k} in [2, rows]. */
    public static List<Fold> of(Dataset data, int k, long seed) {
        if (k < 2 || k > data.rows()) {
            throw new IllegalArgumentException("the number of folds must be in [2, " + data.rows() + "] (the rows of "
                    + data.name() + "), got " + k);
        }
        RandomGenerator random = Network.newRandom(seed);
        int[] foldOf = new int[data.rows()];
        int deal = 0;
        for (int[] rows : Split.groups(data)) {
            for (int i = rows.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            for (int row : rows) {
                foldOf[row] = deal++ % k;
            }
        }
        int[] sizes = new int[k];
        for (int f : foldOf) {
            sizes[f]++;
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int[] test = new int[sizes[f]];
            int[] train = new int[data.rows() - sizes[f]];
            for (int r = 0, a = 0, b = 0; r < data.rows(); r++) {
                if (foldOf[r] == f) {
                    test[b++] = r;
                } else {
                    train[a++] = r;
                }
            }
            folds.add(new Fold(f + 1, train, test));
        }
        return folds;
    }
}
