package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Early stopping's rule (Keras's: improvement means loss &lt; best - minDelta) and its text form. */
class EarlyStoppingTest {

    @Test
    void stopsAfterPatienceEpochsWithoutAnImprovementLargerThanMinDelta() {
        EarlyStopping rule = new EarlyStopping(2, 0.1, true);
        EarlyStoppingState s = EarlyStoppingState.INITIAL;
        s = rule.observe(s, 1, 1.0);   // best 1.0 (anything beats +inf)
        assertEquals(new EarlyStoppingState(1.0, 1, 0), s);
        s = rule.observe(s, 2, 0.95);  // 0.95 is not below 1.0 - 0.1: bad 1
        assertEquals(new EarlyStoppingState(1.0, 1, 1), s);
        assertFalse(rule.shouldStop(s));
        s = rule.observe(s, 3, 0.85);  // below 0.9: best 0.85 at epoch 3, bad 0
        assertEquals(new EarlyStoppingState(0.85, 3, 0), s);
        s = rule.observe(s, 4, Double.NaN); // NaN never improves
        s = rule.observe(s, 5, 0.8);   // 0.8 is not below 0.75: bad 2 = patience
        assertEquals(new EarlyStoppingState(0.85, 3, 2), s);
        assertTrue(rule.shouldStop(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|patience=10",
        "patience=10,min-delta=1e-4|patience=10,min-delta=1.0E-4",
        "min-delta=0.01, patience = 3|patience=3,min-delta=0.01",
        "restore-best=false|patience=10,restore-best=false",
    })
    void parsesAndRoundTrips(String text, String canonical) {
        EarlyStopping e = EarlyStopping.parse(text);
        assertEquals(canonical, e.toString());
        assertEquals(e, EarlyStopping.parse(e.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "patience=0|in 'patience=0': patience must be at least 1 epoch, got 0",
        "patience=x|in 'patience=x': patience must be a whole number, got 'x'",
        "min-delta=-1|in 'min-delta=-1': min-delta must be finite and >= 0, got -1.0",
        "min-delta=abc|in 'min-delta=abc': min-delta must be a number, got 'abc'",
        "restore-best=yes|in 'restore-best=yes': restore-best must be true or false, got 'yes'",
        "patience|in 'patience': expected key=value, got 'patience'",
        "delta=1|in 'delta=1': unknown setting 'delta' (early stopping takes patience, min-delta, restore-best)",
        "patience=1,patience=2|in 'patience=1,patience=2': setting 'patience' given twice",
    })
    void rejectsMistakesWithOneLine(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> EarlyStopping.parse(text))
                .getMessage());
    }
}
