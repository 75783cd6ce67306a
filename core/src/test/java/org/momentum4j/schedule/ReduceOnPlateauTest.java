package org.momentum4j.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reduce-on-plateau follows PyTorch's {@code ReduceLROnPlateau} (mode min, relative threshold): the value
 * drops after more than {@code patience} bad epochs in a row; losses and expected epochs are worked by hand.
 */
class ReduceOnPlateauTest {

    /** Observes the losses in order and returns the value in force in each epoch (the first at index 0). */
    private static double[] run(Schedule s, double base, double... losses) {
        double[] values = new double[losses.length + 1];
        PlateauState state = PlateauState.INITIAL;
        for (int e = 0; e < losses.length; e++) {
            values[e] = s.value(e, 100, base, state);
            state = s.observe(e, 100, base, losses[e], state);
        }
        values[losses.length] = s.value(losses.length, 100, base, state);
        return values;
    }

    @Test
    void reducesAfterMoreThanPatienceBadEpochs() {
        Schedule s = Schedule.parse("plateau:patience=2,factor=0.5,threshold=0");
        // epoch 0: 1.0 best; 1: 0.9 best; 2, 3: bad (1, 2 = patience, tolerated); 4: bad 3 > 2 -> reduce
        double[] v = run(s, 1.0, 1.0, 0.9, 0.95, 0.95, 0.95, 0.95);
        assertEquals(1.0, v[4]);
        assertEquals(0.5, v[5]); // applies from the epoch after the third bad one
        assertEquals(0.5, v[6]); // the count restarted: one bad epoch since
    }

    @Test
    void relativeThresholdDecidesWhatCountsAsBetter() {
        Schedule s = Schedule.parse("plateau:patience=0,factor=0.5,threshold=0.1");
        // best 1.0; 0.95 is not below 1.0 * (1 - 0.1) = 0.9, so it is bad, and patience 0 reduces at once
        double[] v = run(s, 1.0, 1.0, 0.95);
        assertEquals(0.5, v[2]);
        // 0.85 is below 0.9: an improvement, no reduction
        assertEquals(1.0, run(s, 1.0, 1.0, 0.85)[2]);
    }

    @Test
    void cooldownIgnoresBadEpochsAfterAReduction() {
        Schedule s = Schedule.parse("plateau:patience=0,factor=0.5,threshold=0,cooldown=2");
        // epoch 0 best; 1 bad -> reduce (0.5), cool-down 2; epochs 2, 3 cool down; epoch 4 bad -> reduce (0.25)
        double[] v = run(s, 1.0, 1.0, 2, 2, 2, 2);
        assertEquals(0.5, v[2]);
        assertEquals(0.5, v[3]);
        assertEquals(0.5, v[4]);
        assertEquals(0.25, v[5]);
    }

    @Test
    void neverGoesBelowMin() {
        Schedule s = Schedule.parse("plateau:patience=0,factor=0.5,threshold=0,min=0.3");
        // 1 -> 0.5 -> max(0.25, 0.3) = 0.3 -> stays 0.3 (further reductions are skipped)
        double[] v = run(s, 1.0, 1.0, 2, 2, 2, 2);
        assertEquals(0.5, v[2]);
        assertEquals(0.3, v[3]);
        assertEquals(0.3, v[5]);
    }

    @Test
    void nanLossIsNeverAnImprovement() {
        Schedule s = Schedule.parse("plateau:patience=0,factor=0.5");
        assertEquals(0.5, run(s, 1.0, 1.0, Double.NaN)[2]);
    }

    @Test
    void stateIsAPlainValueThatCanBeSavedAndRestored() {
        Schedule s = Schedule.parse("plateau:patience=1,factor=0.5,threshold=0");
        PlateauState state = PlateauState.INITIAL;
        state = s.observe(0, 100, 1.0, 1.0, state);
        state = s.observe(1, 100, 1.0, 1.5, state);
        assertEquals(new PlateauState(1.0, 1, 0, 1.0), state);
        PlateauState saved = new PlateauState(state.best(), state.badEpochs(), state.cooldownLeft(), state.scale());
        assertEquals(new PlateauState(1.0, 0, 0, 0.5), s.observe(2, 100, 1.0, 1.5, saved));
    }

    @Test
    void insideAChainOnlyTheEpochsAfterItsStartCount() {
        Schedule s = Schedule.parse("warmup:epochs=3>plateau:patience=0,factor=0.5,threshold=0");
        assertTrue(s.needsValidationLoss());
        // bad epochs during the warm-up (epochs 0-2) are ignored; epoch 3 sets best; epoch 4 bad -> reduce
        double[] v = run(s, 1.0, 1.0, 2, 3, 1.0, 2);
        assertEquals(1.0, v[3]);
        assertEquals(1.0, v[4]);
        assertEquals(0.5, v[5]);
    }

    @Test
    void rejectsInvalidStates() {
        assertThrows(IllegalArgumentException.class, () -> new PlateauState(Double.NaN, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlateauState(1, -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlateauState(1, 0, 0, 0));
        assertFalse(Schedule.parse("cosine").needsValidationLoss());
    }
}
