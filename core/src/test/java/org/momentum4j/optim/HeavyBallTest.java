package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.momentum4j.Rejections.assertRejected;
import static org.momentum4j.optim.MomentumForm.LR_INSIDE;
import static org.momentum4j.optim.MomentumForm.LR_OUTSIDE;
import static org.momentum4j.optim.Steps.MU;
import static org.momentum4j.optim.Steps.assertValues;
import static org.momentum4j.optim.Steps.step;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.nn.Network;

class HeavyBallTest {

    @Test
    void learningRateInsideTheVelocityAsInSutskeverAndKeras() {
        // v = mu * v - lr * g; w += v   (mu = 0.5, v starts at 0)
        // step 1: v = -0.1 * [0.2, -0.4] = [-0.02, 0.04]; w = [0.98, -0.46]
        // step 2: v = 0.5 * [-0.02, 0.04] - 0.1 * [0.1, 0.3] = [-0.01 - 0.01, 0.02 - 0.03] = [-0.02, -0.01]
        //         w = [0.96, -0.47]
        // step 3 (lr = 0.2): v = 0.5 * [-0.02, -0.01] - 0.2 * [-0.5, 0.2] = [-0.01 + 0.1, -0.005 - 0.04]
        //         = [0.09, -0.045]; w = [1.05, -0.515]
        Steps.runSequence(new HeavyBall(0.1, MU, 0.0, LR_INSIDE, 0.0),
                new double[][] {{0.98, -0.46}, {0.96, -0.47}, {1.05, -0.515}},
                new double[][] {{-0.02, 0.04}, {-0.02, -0.01}, {0.09, -0.045}});
    }

    @Test
    void learningRateOutsideTheBufferAsInPyTorch() {
        // b = g on the first step, else b = mu * b + g; w -= lr * b
        // step 1: b = [0.2, -0.4]; w = [1 - 0.02, -0.5 + 0.04] = [0.98, -0.46]
        // step 2: b = 0.5 * [0.2, -0.4] + [0.1, 0.3] = [0.2, 0.1]; w -= 0.1 * b  =>  [0.96, -0.47]
        // step 3 (lr = 0.2): b = 0.5 * [0.2, 0.1] + [-0.5, 0.2] = [-0.4, 0.25]; w -= 0.2 * b
        //         = [0.96 + 0.08, -0.47 - 0.05] = [1.04, -0.52]
        Steps.runSequence(new HeavyBall(0.1, MU, 0.0, LR_OUTSIDE, 0.0),
                new double[][] {{0.98, -0.46}, {0.96, -0.47}, {1.04, -0.52}},
                new double[][] {{0.2, -0.4}, {0.2, 0.1}, {-0.4, 0.25}});
    }

    @Test
    void dampeningScalesNewGradientsButNotTheFirst() {
        // PyTorch: b = g on the first step (no dampening), then b = mu * b + (1 - dampening) * g.
        // dampening 0.1:
        // step 1: b = [0.2, -0.4]; w = [0.98, -0.46]
        // step 2: b = 0.5 * [0.2, -0.4] + 0.9 * [0.1, 0.3] = [0.1 + 0.09, -0.2 + 0.27] = [0.19, 0.07]
        //         w = [0.98 - 0.019, -0.46 - 0.007] = [0.961, -0.467]
        // step 3 (lr = 0.2): b = 0.5 * [0.19, 0.07] + 0.9 * [-0.5, 0.2] = [0.095 - 0.45, 0.035 + 0.18]
        //         = [-0.355, 0.215]; w = [0.961 + 0.071, -0.467 - 0.043] = [1.032, -0.51]
        Steps.runSequence(new HeavyBall(0.1, MU, 0.1, LR_OUTSIDE, 0.0),
                new double[][] {{0.98, -0.46}, {0.961, -0.467}, {1.032, -0.51}},
                new double[][] {{0.2, -0.4}, {0.19, 0.07}, {-0.355, 0.215}});
    }

    @Test
    void theTwoFormsCoincideWhileTheLearningRateIsConstant() {
        // Inside, v = -lr * b holds after every step when lr never changes, so both forms move alike.
        // Steps 1 and 2 as in the tests above; both give w = [0.96, -0.47]. Step 3 at lr = 0.1:
        //   inside:  v = 0.5 * [-0.02, -0.01] - 0.1 * [-0.5, 0.2] = [0.04, -0.025]; w = [1.0, -0.495]
        //   outside: b = [-0.4, 0.25] (as above); w -= 0.1 * b = [0.96 + 0.04, -0.47 - 0.025] = [1.0, -0.495]
        for (MomentumForm form : MomentumForm.values()) {
            HeavyBall rule = new HeavyBall(0.1, MU, 0.0, form, 0.0);
            double[] w = Steps.w0();
            OptimizerState state = rule.newState(2);
            step(rule, w, state, 0.2, -0.4);
            step(rule, w, state, 0.1, 0.3);
            assertValues(new double[] {0.96, -0.47}, w);
            step(rule, w, state, -0.5, 0.2);
            assertValues(new double[] {1.0, -0.495}, w);
        }
    }

    @Test
    void theTwoFormsDifferAfterALearningRateChange() {
        // After lr goes from 0.1 to 0.2 before step 3 (values from the first two tests):
        //   inside:  the velocity carries the old lr: 0.5 * v = 0.5 * (-0.1 * [0.2, 0.1]) = [-0.01, -0.005]
        //            w = [0.96, -0.47] + [-0.01, -0.005] + [0.1, -0.04] = [1.05, -0.515]
        //   outside: the new lr also scales the history: -0.2 * 0.5 * [0.2, 0.1] = [-0.02, -0.01]
        //            w = [0.96, -0.47] + [-0.02, -0.01] + [0.1, -0.04] = [1.04, -0.52]
        double[][] expected = {{1.05, -0.515}, {1.04, -0.52}};
        for (MomentumForm form : MomentumForm.values()) {
            HeavyBall rule = new HeavyBall(0.1, MU, 0.0, form, 0.0);
            double[] w = Steps.w0();
            OptimizerState state = rule.newState(2);
            step(rule, w, state, 0.2, -0.4);
            step(rule, w, state, 0.1, 0.3);
            state.setLearningRate(0.2);
            step(rule, w, state, -0.5, 0.2);
            assertValues(expected[form.ordinal()], w);
        }
    }

    /** The coincidence above for arbitrary gradient sequences, to rounding. */
    @Property(tries = 300)
    void theTwoFormsCoincideForAnyConstantLearningRate(@ForAll @DoubleRange(min = 1e-3, max = 1) @Scale(6) double lr,
                                                      @ForAll @DoubleRange(min = 0, max = 0.9) @Scale(6) double mu,
                                                      @ForAll @IntRange(min = 1, max = 4) int n,
                                                      @ForAll @IntRange(min = 1, max = 20) int steps,
                                                      @ForAll @LongRange long seed) {
        var random = Network.newRandom(seed);
        HeavyBall inside = new HeavyBall(lr, mu, 0.0, LR_INSIDE, 0.0);
        HeavyBall outside = new HeavyBall(lr, mu, 0.0, LR_OUTSIDE, 0.0);
        double[] wIn = new double[n];
        for (int i = 0; i < n; i++) {
            wIn[i] = random.nextDouble(-1, 1);
        }
        double[] wOut = wIn.clone();
        OptimizerState sIn = inside.newState(n);
        OptimizerState sOut = outside.newState(n);
        for (int t = 0; t < steps; t++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = random.nextDouble(-1, 1);
            }
            step(inside, wIn, sIn, g);
            step(outside, wOut, sOut, g);
            // |w| stays below 1 + steps * lr / (1 - mu) <= 201; 1e-10 leaves room for rounding only.
            assertArrayEquals(wIn, wOut, 1e-10, "after step " + (t + 1));
        }
    }

    @Test
    void weightDecayIsAddedToTheGradientInBothForms() {
        // g' = g + 0.1 * w. Step 1: g' = [0.2 + 0.1, -0.4 - 0.05] = [0.3, -0.45]; w -= 0.1 * g' = [0.97, -0.455]
        // step 2: g' = [0.1 + 0.097, 0.3 - 0.0455] = [0.197, 0.2545]
        //   inside:  v = 0.5 * [-0.03, 0.045] - 0.1 * g' = [-0.0347, -0.00295]; w = [0.9353, -0.45795]
        //   outside: b = 0.5 * [0.3, -0.45] + g' = [0.347, 0.0295]; w -= 0.1 * b = [0.9353, -0.45795]
        double[][] buffers = {{-0.0347, -0.00295}, {0.347, 0.0295}};
        for (MomentumForm form : MomentumForm.values()) {
            HeavyBall rule = new HeavyBall(0.1, MU, 0.0, form, 0.1);
            double[] w = Steps.w0();
            OptimizerState state = rule.newState(2);
            step(rule, w, state, 0.2, -0.4);
            assertValues(new double[] {0.97, -0.455}, w);
            step(rule, w, state, 0.1, 0.3);
            assertValues(new double[] {0.9353, -0.45795}, w);
            assertValues(buffers[form.ordinal()], state.buffer(0));
        }
    }

    @Test
    void resetMakesTheNextOutsideStepAFirstStepAgain() {
        HeavyBall rule = new HeavyBall(0.1, MU, 0.5, LR_OUTSIDE, 0.0);
        double[] w = Steps.w0();
        OptimizerState state = rule.newState(2);
        step(rule, w, state, 0.2, -0.4);
        step(rule, w, state, 0.1, 0.3);
        state.reset();
        assertEquals(0, state.steps());
        assertEquals(0.1, state.learningRate());
        // A first step again: b = g (neither momentum nor dampening applied), w -= 0.1 * g.
        double[] before = w.clone();
        step(rule, w, state, 1.0, -1.0);
        assertValues(new double[] {1.0, -1.0}, state.buffer(0));
        assertValues(new double[] {before[0] - 0.1, before[1] + 0.1}, w);
    }

    @Test
    void describesItselfInTheCliSyntax() {
        assertEquals("momentum lr=0.1 momentum=0.9", new HeavyBall(0.1, 0.9).describe());
        assertEquals("momentum lr=0.1 momentum=0.9 form=lr-outside dampening=0.1 weight-decay=0.01",
                new HeavyBall(0.1, 0.9, 0.1, LR_OUTSIDE, 0.01).describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsABadLearningRate(double lr) {
        assertRejected(() -> new HeavyBall(lr, 0.9), "learning rate", "finite and > 0", String.valueOf(lr));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 2.0, Double.NaN})
    void rejectsMomentumOutsideZeroToOne(double mu) {
        assertRejected(() -> new HeavyBall(0.1, mu), "momentum", "[0, 1)", String.valueOf(mu));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void rejectsDampeningOutsideZeroToOneInclusive(double dampening) {
        assertRejected(() -> new HeavyBall(0.1, 0.9, dampening, LR_OUTSIDE, 0.0),
                "dampening", "[0, 1]", String.valueOf(dampening));
    }

    @Test
    void acceptsDampeningAtBothEndsOfItsRange() {
        new HeavyBall(0.1, 0.9, 0.0, LR_OUTSIDE, 0.0);
        new HeavyBall(0.1, 0.9, 1.0, LR_OUTSIDE, 0.0);
    }

    @Test
    void rejectsDampeningWithTheLearningRateInside() {
        assertRejected(() -> new HeavyBall(0.1, 0.9, 0.1, LR_INSIDE, 0.0),
                "dampening", "lr-inside", "lr-outside", "0.1");
    }

    @Test
    void rejectsNegativeWeightDecayAndAMissingForm() {
        assertRejected(() -> new HeavyBall(0.1, 0.9, 0.0, LR_INSIDE, -1.0), "weight decay", ">= 0", "-1.0");
        assertThrows(NullPointerException.class, () -> new HeavyBall(0.1, 0.9, 0.0, null, 0.0));
    }
}
