package org.momentum4j.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * A dataset cut in two, seeded. Classification data is split stratified: each class contributes
 * {@code round(testFraction * classCount)} rows to the test part, so class proportions are kept. Rows
 * keep their original relative order inside each part.
 *
 * @param train the rows to train on
 * @param test  the held-out rows
 */
public record TrainTestSplit(Dataset train, Dataset test) {

    /**
     * Splits {@code data}; {@code testFraction} in [0, 1). Regression data is split by one seeded shuffle.
     */
    public static TrainTestSplit of(Dataset data, double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        RandomGenerator random = Network.newRandom(seed);
        boolean[] inTest = new boolean[data.rows()];
        if (data.isClassification()) {
            int classes = data.classNames().size();
            List<List<Integer>> byClass = new ArrayList<>();
            for (int c = 0; c < classes; c++) {
                byClass.add(new ArrayList<>());
            }
            for (int r = 0; r < data.rows(); r++) {
                byClass.get(data.label(r)).add(r);
            }
            for (List<Integer> rows : byClass) {
                markRandom(rows, (int) Math.round(testFraction * rows.size()), random, inTest);
            }
        } else {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < data.rows(); r++) {
                all.add(r);
            }
            markRandom(all, (int) Math.round(testFraction * data.rows()), random, inTest);
        }
        int testCount = 0;
        for (boolean b : inTest) {
            testCount += b ? 1 : 0;
        }
        int[] train = new int[data.rows() - testCount];
        int[] test = new int[testCount];
        for (int r = 0, a = 0, b = 0; r < data.rows(); r++) {
            if (inTest[r]) {
                test[b++] = r;
            } else {
                train[a++] = r;
            }
        }
        return new TrainTestSplit(data.select(train, data.name() + "/train"), data.select(test, data.name() + "/test"));
    }

    /** Partial Fisher-Yates: marks {@code count} of {@code rows} chosen uniformly at random. */
    private static void markRandom(List<Integer> rows, int count, RandomGenerator random, boolean[] inTest) {
        for (int k = 0; k < count; k++) {
            int pick = k + random.nextInt(rows.size() - k);
            Integer tmp = rows.get(k);
            rows.set(k, rows.get(pick));
            rows.set(pick, tmp);
            inTest[rows.get(k)] = true;
        }
    }
}
