package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Classification and regression metrics against hand-computed values. */
class MetricsTest {

    @Test
    void classificationByHand() {
        // actual:    a a a b b c
        // predicted: a a b b c c
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 2, 2},
                List.of("a", "b", "c"));
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}, m.confusion());
        assertEquals(4.0 / 6, m.accuracy());
        // a: precision 2/2, recall 2/3, F1 2*1*(2/3)/(5/3) = 0.8
        assertEquals(1.0, m.precision(0));
        assertEquals(2.0 / 3, m.recall(0));
        assertEquals(0.8, m.f1(0), 1e-15);
        // b: precision 1/2, recall 1/2, F1 0.5; c: precision 1/2, recall 1, F1 2/3
        assertEquals(0.5, m.f1(1), 1e-15);
        assertEquals(2.0 / 3, m.f1(2), 1e-15);
        assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, m.macroF1(), 1e-15);
    }

    @Test
    void classNeverPredictedHasZeroPrecisionNotNaN() {
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 1}, new int[] {0, 0}, List.of("x", "y"));
        assertEquals(0, m.precision(1));
        assertEquals(0, m.recall(1));
        assertEquals(0, m.f1(1));
    }

    @Test
    void regressionByHand() {
        // Target 1: actual 1, 2, 3, 4, predicted 1, 2, 3, 6 -> residuals 0, 0, 0, -2:
        //   RMSE sqrt(4/4) = 1, MAE 2/4 = 0.5, R² = 1 - 4 / 5 = 0.2 (mean 2.5, SS_tot 2.25+0.25+0.25+2.25 = 5).
        // Target 2: actual all 7, predicted all 7 -> RMSE 0, MAE 0, R² 1 by convention.
        RegressionMetrics m = RegressionMetrics.of(new double[] {1, 7, 2, 7, 3, 7, 4, 7},
                new double[] {1, 7, 2, 7, 3, 7, 6, 7}, List.of("y", "z"));
        assertArrayEquals(new double[] {1, 0}, m.rmse());
        assertArrayEquals(new double[] {0.5, 0}, m.mae());
        assertArrayEquals(new double[] {0.2, 1}, m.r2(), 1e-15);
    }
}
