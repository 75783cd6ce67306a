package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step made of {@link Optimizer#stepRange} calls over disjoint ranges, in any order, then
 * {@link Optimizer#finishRangeStep}, must leave the weights, the gradient array, every state buffer and the
 * step count with exactly the bits of one {@link Optimizer#step} (each rule's own test checks {@code step}
 * against hand-computed values). Every built-in rule and form is covered, over steps that include each
 * rule's first-step special case (AdaGrad's accumulator fill, Rprop's step sizes, PyTorch-form momentum
 * buffers) and a learning-rate and momentum change between steps.
 */
class RangeStepTest {
    private static final int N = 37;

    static Stream<Optimizer> rules() {
        return Stream.of(
                new Sgd(0.1), new Sgd(0.1, 0.01),
                new ArticleMomentum(0.1, 0.5), new ArticleMomentum(0.1, 0.5, 0.01),
                new HeavyBall(0.1, 0.5), new HeavyBall(0.1, 0.5, 0.25, MomentumForm.LR_OUTSIDE, 0.01),
                new HeavyBall(0.1, 0.5, 0.0, MomentumForm.LR_INSIDE, 0.01),
                new Nesterov(0.1, 0.5), new Nesterov(0.1, 0.5, MomentumForm.LR_OUTSIDE, 0.01),
                new AdaGrad(0.1), new AdaGrad(0.1, 1e-10, 0.1, 0.01),
                new RmsProp(0.01), new RmsProp(0.01, 0.9, 1e-8, 0.5, true, 0.01),
                new Adam(0.01), new Adam(0.01, 0.9, 0.999, 1e-8, 0.01, true),
                new AdamW(0.01), new AdamW(0.01, 0.9, 0.999, 1e-8, 0.01, true),
                new Rprop(0.01));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void rangesInAnyOrderGiveTheBitsOfOneWholeStep(Optimizer rule) {
        assertTrue(rule.hasRangeStep(), rule.describe());
        SplittableRandom random = new SplittableRandom(3);
        double[] wWhole = random.doubles(N, -1, 1).toArray();
        double[] wParts = wWhole.clone();
        OptimizerState whole = rule.newState(N);
        OptimizerState parts = rule.newState(N);
        // cuts at 0, 1, 10, 11, 30, 37: ranges of 1, 9, 1, 19 and 7 parameters, stepped in a shuffled order
        int[][] ranges = {{11, 30}, {0, 1}, {30, N}, {10, 11}, {1, 10}};
        for (int step = 0; step < 4; step++) {
            if (step == 2) {
                for (OptimizerState s : List.of(whole, parts)) {
                    s.setLearningRate(s.learningRate() * 0.5);
                    if (rule.hasMomentum()) {
                        s.setMomentum(0.75);
                    }
                }
            }
            // signs change between steps, so Rprop's backtracking and growth both happen
            double[] g = random.doubles(N, -1, 1).toArray();
            double[] gParts = g.clone();
            rule.step(wWhole, g, whole);
            for (int[] r : ranges) {
                rule.stepRange(wParts, gParts, r[0], r[1], parts);
            }
            rule.finishRangeStep(parts);
            String where = rule.describe() + ", step " + (step + 1);
            assertArrayEquals(wWhole, wParts, where);
            assertArrayEquals(g, gParts, where + ": gradient array");
            assertEquals(whole.steps(), parts.steps(), where);
            for (int b = 0; b < whole.bufferCount(); b++) {
                assertArrayEquals(whole.buffer(b), parts.buffer(b), where + ": buffer " + b);
            }
        }
    }

    @Test
    void aRangeTouchesNothingOutsideIt() {
        for (Optimizer rule : rules().toList()) {
            double[] w = new double[N];
            double[] g = new double[N];
            java.util.Arrays.fill(w, 1.0);
            java.util.Arrays.fill(g, 1.0);
            OptimizerState state = rule.newState(N);
            rule.stepRange(w, g, 5, 9, state);
            for (int i = 0; i < N; i++) {
                boolean inside = i >= 5 && i < 9;
                if (!inside) {
                    assertEquals(1.0, w[i], 0.0, rule.describe() + " w[" + i + "]");
                    assertEquals(1.0, g[i], 0.0, rule.describe() + " g[" + i + "]");
                    for (int b = 0; b < state.bufferCount(); b++) {
                        assertEquals(0.0, state.buffer(b)[i], 0.0, rule.describe() + " buffer " + b + "[" + i + "]");
                    }
                } else {
                    assertTrue(w[i] != 1.0, rule.describe() + " did not step w[" + i + "]");
                }
            }
            assertEquals(0, state.steps(), rule.describe() + ": a range does not count the step");
        }
    }

    @Test
    void aRuleWithoutARangeKernelSaysSoAndRefuses() {
        Optimizer whole = new Optimizer() {
            @Override
            public double learningRate() {
                return 0.1;
            }

            @Override
            public OptimizerState newState(int parameterCount) {
                return new OptimizerState(0, parameterCount, 0.1, 0.0);
            }

            @Override
            public void step(double[] w, double[] g, OptimizerState state) {
            }

            @Override
            public String describe() {
                return "whole-only";
            }
        };
        assertFalse(whole.hasRangeStep());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> whole.stepRange(new double[2], new double[2], 0, 2, whole.newState(2)));
        assertEquals("whole-only cannot step a parameter range; use step()", e.getMessage());
    }
}
