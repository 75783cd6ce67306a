package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void fittedDataGetsMeanZeroAndStandardDeviationOne() {
        Dataset train = TrainTestSplit.of(Datasets.iris(), 0.2, 1).train();
        Dataset z = Standardizer.fit(train).apply(train);
        int cols = z.featureCount();
        for (int c = 0; c < cols; c++) {
            double mean = 0;
            for (int r = 0; r < z.rows(); r++) {
                mean += z.features()[r * cols + c];
            }
            mean /= z.rows();
            double variance = 0;
            for (int r = 0; r < z.rows(); r++) {
                double d = z.features()[r * cols + c] - mean;
                variance += d * d;
            }
            assertEquals(0.0, mean, 1e-12, "column " + c + " mean");
            assertEquals(1.0, Math.sqrt(variance / z.rows()), 1e-12, "column " + c + " population std");
        }
    }

    @Test
    void meanAndPopulationStandardDeviationByHand() {
        // Column 0: 1, 2, 3, 4 -> mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; std = sqrt(5/4).
        // Column 1: 5 everywhere -> mean 5, std 0.
        Dataset data = Dataset.regression("d", List.of("a", "b"), new double[] {1, 5, 2, 5, 3, 5, 4, 5}, 1,
                new double[4]);
        Standardizer s = Standardizer.fit(data);
        assertArrayEquals(new double[] {2.5, 5}, s.mean(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(1.25), 0}, s.std(), 1e-15);

        // A constant column is only centred (dividing by its std of 0 would give NaN).
        double r = Math.sqrt(1.25);
        assertArrayEquals(new double[] {-1.5 / r, 0, -0.5 / r, 0, 0.5 / r, 0, 1.5 / r, 0},
                s.apply(data).features(), 1e-15);
    }

    @Test
    void otherDataIsTransformedWithTheFittedStatistics() {
        Dataset data = Dataset.regression("d", List.of("a", "b"), new double[] {1, 5, 2, 5, 3, 5, 4, 5}, 1,
                new double[4]);
        Standardizer s = Standardizer.fit(data);
        // (6 - 2.5) / sqrt(1.25) and 7 - 5: the statistics of the fitted data, not of the new row.
        assertArrayEquals(new double[] {3.5 / Math.sqrt(1.25), 2}, s.transform(new double[] {6, 7}), 1e-15);
        Dataset other = Dataset.regression("o", List.of("a", "b"), new double[] {6, 7}, 1, new double[1]);
        assertArrayEquals(s.transform(new double[] {6, 7}), s.apply(other).features(), 0.0);
    }

    @Test
    void applyLeavesTheInputUntouched() {
        Dataset data = Datasets.iris();
        double[] before = data.features().clone();
        Standardizer.fit(data).apply(data);
        assertArrayEquals(before, data.features(), 0.0);
    }

    @Test
    void rejectsDataWithAnotherNumberOfColumns() {
        Standardizer s = Standardizer.fit(Datasets.iris());
        assertRejected(() -> s.transform(new double[3]), "fitted on 4 columns", "row of 3");
        assertRejected(() -> s.apply(Datasets.xor()), "fitted on 4 columns", "xor has 2");
    }
}
