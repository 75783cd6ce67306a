package org.momentum4j.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * What a learning-rate schedule does to the momentum rules' memory. A step decay halves the learning rate
 * from 0.1 to 0.05 after the first step; the gradient is 1 throughout and mu is 0.9.
 * <ul>
 *   <li>Heavy-ball, lr inside ({@code v = mu v - lr g}): the velocity carries the old learning rate, so the
 *       second step is {@code 0.9 * 0.1 + 0.05 = 0.14}: the decay takes effect gradually.</li>
 *   <li>Heavy-ball, lr outside ({@code b = mu b + g; w -= lr b}): the new learning rate rescales the whole
 *       history at once: {@code 0.05 * (0.9 * 1 + 1) = 0.095}.</li>
 *   <li>The article's rule ({@code prev = lr g}) remembers only the last plain step, taken at the old rate:
 *       {@code 0.05 + 0.9 * 0.1 = 0.14}, like lr-inside for this one step.</li>
 * </ul>
 */
class ScheduledMomentumRulesTest {
    private static final double TOL = 1e-15;

    /** Two steps with gradient 1; before each, the learning rate is set from the schedule for that epoch. */
    private static double[] twoEpochs(Optimizer rule) {
        Schedule halve = Schedule.parse("step:every=1,factor=0.5");
        double[] w = {0.0};
        OptimizerState s = rule.newState(1);
        double[] after = new double[2];
        for (int epoch = 0; epoch < 2; epoch++) {
            s.setLearningRate(halve.value(epoch, 2, rule.learningRate(), PlateauState.INITIAL));
            rule.step(w, new double[] {1.0}, s);
            after[epoch] = w[0];
        }
        return after;
    }

    @Test
    void lrInsideCarriesTheOldLearningRateInItsVelocity() {
        double[] w = twoEpochs(new HeavyBall(0.1, 0.9, 0.0, MomentumForm.LR_INSIDE, 0.0));
        assertEquals(-0.1, w[0], TOL);
        assertEquals(-0.1 - (0.9 * 0.1 + 0.05), w[1], TOL); // -0.24
    }

    @Test
    void lrOutsideRescalesTheWholeHistory() {
        double[] w = twoEpochs(new HeavyBall(0.1, 0.9, 0.0, MomentumForm.LR_OUTSIDE, 0.0));
        assertEquals(-0.1, w[0], TOL);
        assertEquals(-0.1 - 0.05 * (0.9 + 1), w[1], TOL); // -0.195
    }

    @Test
    void theArticleRuleRemembersOnlyTheLastPlainStep() {
        double[] w = twoEpochs(new ArticleMomentum(0.1, 0.9));
        assertEquals(-0.1, w[0], TOL);
        assertEquals(-0.1 - (0.05 + 0.9 * 0.1), w[1], TOL); // -0.24
    }
}
