package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {
    private static final SuccessiveHalving ETA3 = new SuccessiveHalving(new RandomSearch(27), 3);

    @Test
    void twentySevenTrialsEtaThree() {
        // K = 1 + floor(log3 27) = 4 rungs; trials 27/3^k = 27, 9, 3, 1; epochs 27/3^(3-k) = 1, 3, 9, 27.
        assertEquals(List.of(new Rung(0, 27, 1), new Rung(1, 9, 3), new Rung(2, 3, 9), new Rung(3, 1, 27)),
                ETA3.rungs(27, 27));
    }

    @Test
    void roundsDownWhenNothingDividesEvenly() {
        // 30 candidates: K = 1 + floor(log3 30) = 4; trials floor(30/1, 30/3, 30/9, 30/27) = 30, 10, 3, 1;
        // 100 epochs: floor(100/27, 100/9, 100/3, 100/1) = 3, 11, 33, 100.
        assertEquals(List.of(new Rung(0, 30, 3), new Rung(1, 10, 11), new Rung(2, 3, 33), new Rung(3, 1, 100)),
                ETA3.rungs(30, 100));
        // eta 2, 8 candidates, 8 epochs: 8, 4, 2, 1 trials at 1, 2, 4, 8 epochs.
        assertEquals(List.of(new Rung(0, 8, 1), new Rung(1, 4, 2), new Rung(2, 2, 4), new Rung(3, 1, 8)),
                new SuccessiveHalving(new Grid(8, 1), 2).rungs(8, 8));
    }

    @Test
    void aBudgetTooSmallForTheRungsIsAOneLineError() {
        assertEquals("successive halving of 27 candidates with eta = 3 makes 4 rungs of [27, 9, 3, 1] trials whose"
                        + " budgets grow 3-fold, so it needs at least 27 epochs; got 20",
                assertThrows(IllegalArgumentException.class, () -> ETA3.rungs(27, 20)).getMessage());
        assertEquals("successive halving with eta = 3 needs at least 3 candidates, got 2",
                assertThrows(IllegalArgumentException.class, () -> ETA3.rungs(2, 27)).getMessage());
        assertEquals("successive halving needs eta >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new SuccessiveHalving(new Grid(3, 3), 1))
                        .getMessage());
        assertEquals("successive halving takes its candidates from a grid or a random search, not from another"
                        + " successive halving",
                assertThrows(IllegalArgumentException.class, () -> new SuccessiveHalving(ETA3, 3)).getMessage());
    }
}
