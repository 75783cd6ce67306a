package org.momentum4j.data;

import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * A dataset cut into training, validation and test parts, seeded. Classification data is stratified: each
 * class gives {@code round(testFraction * n_c)} of its {@code n_c} rows to the test part and then
 * {@code round(validationFraction * n_c)} (at most what is left) to the validation part, so class
 * proportions are kept. Regression data is cut the same way as one group. Rows keep their original order
 * inside each part.
 *
 * <p>Rows are chosen by partial Fisher-Yates shuffles from one {@link Network#newRandom generator} seeded
 * with {@code seed}: first the test rows of every class, then the validation rows. With no validation
 * part the result equals {@link TrainTestSplit#of} for the same seed.
 *
 * @param train      rows to train on
 * @param validation rows for early stopping and model choice (no rows when its fraction is 0)
 * @param test       held-out rows (no rows when its fraction is 0)
 */
public record Split(Dataset train, Dataset validation, Dataset test) {

    /**
     * Splits {@code data}.
     *
     * @param testFraction       in [0, 1)
     * @param validationFraction in [0, 1), and {@code testFraction + validationFraction < 1}
     */
    public static Split of(Dataset data, double testFraction, double validationFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (!(testFraction + validationFraction < 1)) {
            throw new IllegalArgumentException("test and validation fractions must leave rows to train on, got "
                    + testFraction + " + " + validationFraction);
        }
        int[][] groups = groups(data);
        RandomGenerator random = Network.newRandom(seed);
        byte[] part = new byte[data.rows()];
        for (int[] rows : groups) {
            mark(rows, 0, (int) Math.round(testFraction * rows.length), random, part, (byte) 2);
        }
        for (int[] rows : groups) {
            int taken = (int) Math.round(testFraction * rows.length);
            int want = Math.min((int) Math.round(validationFraction * rows.length), rows.length - taken);
            // rows[0 .. taken) went to the test part; pick among the rest, in their shuffled order.
            mark(rows, taken, want, random, part, (byte) 1);
        }
        int[] counts = new int[3];
        for (byte p : part) {
            counts[p]++;
        }
        int[][] indices = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
        int[] at = new int[3];
        for (int r = 0; r < part.length; r++) {
            indices[part[r]][at[part[r]]++] = r;
        }
        String name = data.name();
        return new Split(data.select(indices[0], name + "/train"), data.select(indices[1], name + "/validation"),
                data.select(indices[2], name + "/test"));
    }

    /** The row indices of each class in order (one group for regression). */
    static int[][] groups(Dataset data) {
        if (!data.isClassification()) {
            int[] all = new int[data.rows()];
            for (int r = 0; r < all.length; r++) {
                all[r] = r;
            }
            return new int[][] {all};
        }
        int k = data.classNames().size();
        int[] sizes = new int[k];
        for (int r = 0; r < data.rows(); r++) {
            sizes[data.label(r)]++;
        }
        int[][] groups = new int[k][];
        for (int c = 0; c < k; c++) {
            groups[c] = new int[sizes[c]];
        }
        int[] at = new int[k];
        for (int r = 0; r < data.rows(); r++) {
            int c = data.label(r);
            groups[c][at[c]++] = r;
        }
        return groups;
    }

    /** Partial Fisher-Yates on {@code rows[from ..]}: moves {@code count} random rows to the front and marks them. */
    private static void mark(int[] rows, int from, int count, RandomGenerator random, byte[] part, byte value) {
        for (int k = from; k < from + count; k++) {
            int pick = k + random.nextInt(rows.length - k);
            int tmp = rows[k];
            rows[k] = rows[pick];
            rows[pick] = tmp;
            part[rows[k]] = value;
        }
    }
}
