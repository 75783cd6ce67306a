package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;

/**
 * Assigns every row of a dataset to one of {@code k} folds, seeded. For classification the rows of each
 * class are shuffled and dealt round-robin, the dealing carrying on from class to class, so every fold
 * holds {@code floor} or {@code ceil} of {@code classCount / k} rows of each class and the fold sizes
 * differ by at most one. Regression rows are shuffled and dealt the same way.
 */
public final class StratifiedKFold {
    private StratifiedKFold() {
    }

    /** The fold (0 .. k-1) of each row. */
    public static int[] assign(Dataset data, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold cross-validation needs k >= 2, got " + k);
        }
        if (k > data.rows()) {
            throw new IllegalArgumentException(k + "-fold cross-validation needs at least " + k + " rows, "
                    + data.name() + " has " + data.rows());
        }
        RandomGenerator random = Network.newRandom(seed);
        List<List<Integer>> groups = new ArrayList<>();
        if (data.isClassification()) {
            for (int c = 0; c < data.classNames().size(); c++) {
                groups.add(new ArrayList<>());
            }
            for (int r = 0; r < data.rows(); r++) {
                groups.get(data.label(r)).add(r);
            }
        } else {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < data.rows(); r++) {
                all.add(r);
            }
            groups.add(all);
        }
        int[] fold = new int[data.rows()];
        int next = 0;
        for (List<Integer> rows : groups) {
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, t);
            }
            for (int row : rows) {
                fold[row] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /** The rows of fold {@code f} ({@code validation == true}) or of all other folds, in row order. */
    public static int[] rows(int[] folds, int f, boolean validation) {
        int n = 0;
        for (int x : folds) {
            n += (x == f) == validation ? 1 : 0;
        }
        int[] out = new int[n];
        for (int r = 0, i = 0; r < folds.length; r++) {
            if ((folds[r] == f) == validation) {
                out[i++] = r;
            }
        }
        return out;
    }
}
