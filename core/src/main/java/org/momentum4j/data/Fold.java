package org.momentum4j.data;

/**
 * One fold of k-fold cross-validation: which rows to train on and which to test on.
 *
 * @param number    1-based fold number
 * @param trainRows row indices to train on, ascending
 * @param testRows  row indices to test on, ascending
 */
public record Fold(int number, int[] trainRows, int[] testRows) {
    public Fold {
        trainRows = trainRows.clone();
        testRows = testRows.clone();
    }

    /** The training rows of {@code data} as a dataset. */
    public Dataset train(Dataset data) {
        return data.select(trainRows, data.name() + "/fold" + number + "/train");
    }

    /** The test rows of {@code data} as a dataset. */
    public Dataset test(Dataset data) {
        return data.select(testRows, data.name() + "/fold" + number + "/test");
    }

    @Override
    public int[] trainRows() {
        return trainRows.clone();
    }

    @Override
    public int[] testRows() {
        return testRows.clone();
    }
}
