package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptimizerStateTest {

    @Test
    void startsZeroedWithTheRulesInitialRates() {
        OptimizerState state = new HeavyBall(0.05, 0.9).newState(3);
        assertEquals(1, state.bufferCount());
        assertArrayEquals(new double[3], state.buffer(0));
        assertEquals(0, state.steps());
        assertEquals(0.05, state.learningRate());
        assertEquals(0.9, state.momentum());
    }

    @Test
    void countsStepsAndResetKeepsTheRates() {
        ArticleMomentum rule = new ArticleMomentum(0.1, 0.5);
        OptimizerState state = rule.newState(2);
        rule.step(new double[2], new double[] {1, 1}, state);
        rule.step(new double[2], new double[] {1, 1}, state);
        state.setLearningRate(0.3);
        state.setMomentum(0.2);
        assertEquals(2, state.steps());

        state.reset();

        assertEquals(0, state.steps());
        assertArrayEquals(new double[2], state.buffer(0));
        assertEquals(0.3, state.learningRate());
        assertEquals(0.2, state.momentum());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, -0.0 - 1e-300, Double.NaN, Double.POSITIVE_INFINITY})
    void aScheduleCannotSetABadLearningRate(double lr) {
        OptimizerState state = new Sgd(0.1).newState(1);
        assertRejected(() -> state.setLearningRate(lr), "learning rate", String.valueOf(lr));
        assertEquals(0.1, state.learningRate(), "a refused value leaves the state unchanged");
    }

    @Test
    void aScheduleMayAnnealTheLearningRateToZero() {
        // Cosine annealing ends at its minimum, 0 by default (as PyTorch's eta_min): a rate of 0 is a pause,
        // not an error, although an optimizer's initial learning rate must be > 0.
        OptimizerState state = new Sgd(0.1).newState(1);
        state.setLearningRate(0.0);
        assertEquals(0.0, state.learningRate());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void aScheduleCannotSetABadMomentum(double mu) {
        OptimizerState state = new HeavyBall(0.1, 0.5).newState(1);
        assertRejected(() -> state.setMomentum(mu), "momentum", "[0, 1)", String.valueOf(mu));
        assertEquals(0.5, state.momentum());
    }
}
