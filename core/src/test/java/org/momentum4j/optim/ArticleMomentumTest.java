package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;
import static org.momentum4j.optim.Steps.MU;
import static org.momentum4j.optim.Steps.TOLERANCE;
import static org.momentum4j.optim.Steps.assertValues;
import static org.momentum4j.optim.Steps.step;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleMomentumTest {

    @Test
    void reproducesTheArticlesWorkedExample() {
        // The article: w = 3.56, lr = 0.01, grad = 2.70, mu = 0.50, prevDelta = 0.044, and its update
        //   w += lr * grad + mu * prevDelta = 3.56 + 0.027 + 0.022 = 3.609.
        // Its grad is the negative gradient (it is added), so our g = dL/dw = -2.70; its prevDelta is the
        // previous lr * grad, so our prev (which stores lr * g) is -0.044.
        ArticleMomentum rule = new ArticleMomentum(0.01, 0.50);
        OptimizerState state = rule.newState(1);
        state.buffer(0)[0] = -0.044;
        double[] w = {3.56};

        step(rule, w, state, -2.70);

        // d = 0.01 * -2.70 = -0.027; w -= d + 0.5 * -0.044 = -0.049  =>  w = 3.609
        assertEquals(3.609, w[0], TOLERANCE);
        // prev keeps only this step's lr * g, the article's new prevDelta (0.027) with our sign.
        assertEquals(-0.027, state.buffer(0)[0], TOLERANCE);
    }

    @Test
    void handComputedStepsWithALearningRateChange() {
        // d = lr * g; w -= d + mu * prev; prev = d   (mu = 0.5, prev starts at 0)
        // step 1: d = 0.1 * [0.2, -0.4] = [0.02, -0.04]; w = [1 - 0.02, -0.5 + 0.04] = [0.98, -0.46]
        // step 2: d = 0.1 * [0.1, 0.3] = [0.01, 0.03]; d + 0.5 * [0.02, -0.04] = [0.02, 0.01]
        //         w = [0.96, -0.47]
        // step 3 (lr = 0.2): d = 0.2 * [-0.5, 0.2] = [-0.1, 0.04]; d + 0.5 * [0.01, 0.03] = [-0.095, 0.055]
        //         w = [0.96 + 0.095, -0.47 - 0.055] = [1.055, -0.525]
        // Step 3 uses prev = lr * g of step 2 ([0.01, 0.03]), not step 2's whole move ([0.02, 0.01]): the
        // article's momentum reaches back one step only. Heavy ball gives [1.05, -0.515] here (HeavyBallTest).
        Steps.runSequence(new ArticleMomentum(0.1, MU),
                new double[][] {{0.98, -0.46}, {0.96, -0.47}, {1.055, -0.525}},
                new double[][] {{0.02, -0.04}, {0.01, 0.03}, {-0.1, 0.04}});
    }

    @Test
    void readsAMomentumChangeFromTheState() {
        ArticleMomentum rule = new ArticleMomentum(0.1, MU);
        double[] w = Steps.w0();
        OptimizerState state = rule.newState(2);
        step(rule, w, state, 0.2, -0.4);                  // w = [0.98, -0.46], prev = [0.02, -0.04]
        state.setMomentum(0.9);
        step(rule, w, state, 0.1, 0.3);
        // d = [0.01, 0.03]; d + 0.9 * [0.02, -0.04] = [0.028, -0.006]; w = [0.98 - 0.028, -0.46 + 0.006]
        assertValues(new double[] {0.952, -0.454}, w);
    }

    @Test
    void weightDecayEntersTheStoredDelta() {
        ArticleMomentum rule = new ArticleMomentum(0.1, MU, 0.1);
        double[] w = Steps.w0();
        OptimizerState state = rule.newState(2);

        // g' = g + 0.1 * w = [0.2 + 0.1, -0.4 - 0.05] = [0.3, -0.45]; d = [0.03, -0.045]; w = [0.97, -0.455]
        step(rule, w, state, 0.2, -0.4);
        assertValues(new double[] {0.97, -0.455}, w);
        assertValues(new double[] {0.03, -0.045}, state.buffer(0));

        // g' = [0.1 + 0.097, 0.3 - 0.0455] = [0.197, 0.2545]; d = [0.0197, 0.02545]
        // d + 0.5 * [0.03, -0.045] = [0.0347, 0.00295]; w = [0.9353, -0.45795]
        step(rule, w, state, 0.1, 0.3);
        assertValues(new double[] {0.9353, -0.45795}, w);
        assertValues(new double[] {0.0197, 0.02545}, state.buffer(0));
    }

    @Test
    void describesItselfInTheCliSyntax() {
        assertEquals("article lr=0.05 momentum=0.75", new ArticleMomentum(0.05, 0.75).describe());
        assertEquals("article lr=0.05 momentum=0.75 weight-decay=0.001",
                new ArticleMomentum(0.05, 0.75, 0.001).describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsABadLearningRate(double lr) {
        assertRejected(() -> new ArticleMomentum(lr, 0.5), "learning rate", "finite and > 0", String.valueOf(lr));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
    void rejectsMomentumOutsideZeroToOne(double mu) {
        assertRejected(() -> new ArticleMomentum(0.1, mu), "momentum", "[0, 1)", String.valueOf(mu));
    }

    @Test
    void rejectsNegativeWeightDecay() {
        assertRejected(() -> new ArticleMomentum(0.1, 0.5, -1e-4), "weight decay", ">= 0", "-1.0E-4");
    }
}
