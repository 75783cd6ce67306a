package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;
import static org.momentum4j.optim.Steps.assertValues;
import static org.momentum4j.optim.Steps.step;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SgdTest {

    @Test
    void stepsAreMinusLearningRateTimesGradientAndFollowALearningRateChange() {
        Sgd sgd = new Sgd(0.1);
        double[] w = {1.0, -0.5, 2.0};
        OptimizerState state = sgd.newState(3);

        // w -= 0.1 * [0.2, -0.4, 1.0] = [1 - 0.02, -0.5 + 0.04, 2 - 0.1]
        step(sgd, w, state, 0.2, -0.4, 1.0);
        assertValues(new double[] {0.98, -0.46, 1.9}, w);

        // w -= 0.1 * [0.1, 0.3, -1.0] = [0.98 - 0.01, -0.46 - 0.03, 1.9 + 0.1]
        step(sgd, w, state, 0.1, 0.3, -1.0);
        assertValues(new double[] {0.97, -0.49, 2.0}, w);

        // The rule reads the state's learning rate, not the record's: w -= 0.2 * [-0.5, 0.2, 0.5]
        //   = [0.97 + 0.1, -0.49 - 0.04, 2.0 - 0.1]
        state.setLearningRate(0.2);
        step(sgd, w, state, -0.5, 0.2, 0.5);
        assertValues(new double[] {1.07, -0.53, 1.9}, w);

        assertEquals(3, state.steps());
        assertEquals(0.1, sgd.learningRate(), "the settings record is not changed by the state");
    }

    @Test
    void weightDecayIsAddedToTheGradient() {
        Sgd sgd = new Sgd(0.1, 0.01);
        double[] w = {1.0, -2.0};
        OptimizerState state = sgd.newState(2);

        // g' = g + wd * w = [0.5 + 0.01, 0.5 - 0.02] = [0.51, 0.48]; w -= 0.1 * g' = [1 - 0.051, -2 - 0.048]
        step(sgd, w, state, 0.5, 0.5);
        assertValues(new double[] {0.949, -2.048}, w);

        // With g = 0 only the decay acts: w *= (1 - lr * wd) = 0.999 * [0.949, -2.048]
        step(sgd, w, state, 0.0, 0.0);
        assertValues(new double[] {0.948051, -2.045952}, w);
    }

    @Test
    void needsNoBuffers() {
        assertEquals(0, new Sgd(0.1).newState(5).bufferCount());
    }

    @Test
    void describesItselfInTheCliSyntax() {
        assertEquals("sgd lr=0.1", new Sgd(0.1).describe());
        assertEquals("sgd lr=0.1 weight-decay=0.01", new Sgd(0.1, 0.01).describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsALearningRateThatIsNotFiniteAndPositive(double lr) {
        assertRejected(() -> new Sgd(lr), "learning rate", "finite and > 0", String.valueOf(lr));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAWeightDecayThatIsNotFiniteAndNonNegative(double wd) {
        assertRejected(() -> new Sgd(0.1, wd), "weight decay", ">= 0", String.valueOf(wd));
    }
}
