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

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

class NesterovTest {

    @Test
    void learningRateInsideAsInSutskeverAndKeras() {
        // v = mu * v - lr * g; w += mu * v - lr * g   (mu = 0.5, v starts at 0)
        // step 1: lr*g = [0.02, -0.04]; v = [-0.02, 0.04]; w += [-0.01 - 0.02, 0.02 + 0.04]  =>  [0.97, -0.44]
        // step 2: lr*g = [0.01, 0.03]; v = [-0.01 - 0.01, 0.02 - 0.03] = [-0.02, -0.01]
        //         w += [-0.01 - 0.01, -0.005 - 0.03] = [-0.02, -0.035]  =>  [0.95, -0.475]
        // step 3 (lr = 0.2): lr*g = [-0.1, 0.04]; v = [-0.01 + 0.1, -0.005 - 0.04] = [0.09, -0.045]
        //         w += [0.045 + 0.1, -0.0225 - 0.04] = [0.145, -0.0625]  =>  [1.095, -0.5375]
        Steps.runSequence(new Nesterov(0.1, MU, LR_INSIDE, 0.0),
                new double[][] {{0.97, -0.44}, {0.95, -0.475}, {1.095, -0.5375}},
                new double[][] {{-0.02, 0.04}, {-0.02, -0.01}, {0.09, -0.045}});
    }

    @Test
    void learningRateOutsideAsInPyTorch() {
        // b = g on the first step, else b = mu * b + g; w -= lr * (g + mu * b)
        // step 1: b = [0.2, -0.4]; g + 0.5 b = [0.3, -0.6]; w -= 0.1 * that  =>  [0.97, -0.44]
        // step 2: b = [0.1 + 0.1, -0.2 + 0.3] = [0.2, 0.1]; g + 0.5 b = [0.2, 0.35]  =>  w = [0.95, -0.475]
        // step 3 (lr = 0.2): b = [0.1 - 0.5, 0.05 + 0.2] = [-0.4, 0.25]; g + 0.5 b = [-0.7, 0.325]
        //         w -= 0.2 * [-0.7, 0.325] = [0.95 + 0.14, -0.475 - 0.065]  =>  [1.09, -0.54]
        Steps.runSequence(new Nesterov(0.1, MU, LR_OUTSIDE, 0.0),
                new double[][] {{0.97, -0.44}, {0.95, -0.475}, {1.09, -0.54}},
                new double[][] {{0.2, -0.4}, {0.2, 0.1}, {-0.4, 0.25}});
    }

    @Test
    void theTwoFormsCoincideWhileTheLearningRateIsConstant() {
        // With v = -lr * b, inside's mu * v - lr * g equals outside's -lr * (mu * b + g).
        // Steps 1 and 2 as above give [0.95, -0.475] in both forms. Step 3 at lr = 0.1:
        //   inside:  v = 0.5 * [-0.02, -0.01] - 0.1 * [-0.5, 0.2] = [0.04, -0.025]
        //            w += 0.5 * v - 0.1 * g = [0.02 + 0.05, -0.0125 - 0.02]  =>  [1.02, -0.5075]
        //   outside: b = [-0.4, 0.25]; w -= 0.1 * [-0.7, 0.325]  =>  [1.02, -0.5075]
        for (MomentumForm form : MomentumForm.values()) {
            Nesterov rule = new Nesterov(0.1, MU, form, 0.0);
            double[] w = Steps.w0();
            OptimizerState state = rule.newState(2);
            step(rule, w, state, 0.2, -0.4);
            step(rule, w, state, 0.1, 0.3);
            assertValues(new double[] {0.95, -0.475}, w);
            step(rule, w, state, -0.5, 0.2);
            assertValues(new double[] {1.02, -0.5075}, w);
        }
    }

    @Test
    void theTwoFormsDifferAfterALearningRateChange() {
        // lr 0.1 -> 0.2 before step 3 (values from the first two tests): inside gives [1.095, -0.5375]
        // because its velocity still holds the old lr; outside gives [1.09, -0.54].
        double[][] expected = {{1.095, -0.5375}, {1.09, -0.54}};
        for (MomentumForm form : MomentumForm.values()) {
            Nesterov rule = new Nesterov(0.1, MU, form, 0.0);
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
        Nesterov inside = new Nesterov(lr, mu, LR_INSIDE, 0.0);
        Nesterov outside = new Nesterov(lr, mu, LR_OUTSIDE, 0.0);
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
            // |w| stays below 1 + steps * lr * (1 + mu / (1 - mu)) <= 201; 1e-10 leaves room for rounding only.
            assertArrayEquals(wIn, wOut, 1e-10, "after step " + (t + 1));
        }
    }

    @Test
    void weightDecayIsAddedToTheGradient() {
        // Outside form, wd = 0.1. Step 1: g' = [0.2 + 0.1, -0.4 - 0.05] = [0.3, -0.45]; b = g'
        //   w -= 0.1 * (g' + 0.5 * b) = 0.15 * g' = [0.045, -0.0675]  =>  [0.955, -0.4325]
        // Step 2: g' = [0.1 + 0.0955, 0.3 - 0.04325] = [0.1955, 0.25675]
        //   b = 0.5 * [0.3, -0.45] + g' = [0.3455, 0.03175]; g' + 0.5 b = [0.36825, 0.272625]
        //   w -= 0.1 * that  =>  [0.918175, -0.4597625]
        // The inside form takes the same steps (constant lr) with v = -0.1 * b.
        double[][] buffers = {{-0.03455, -0.003175}, {0.3455, 0.03175}};
        for (MomentumForm form : MomentumForm.values()) {
            Nesterov rule = new Nesterov(0.1, MU, form, 0.1);
            double[] w = Steps.w0();
            OptimizerState state = rule.newState(2);
            step(rule, w, state, 0.2, -0.4);
            assertValues(new double[] {0.955, -0.4325}, w);
            step(rule, w, state, 0.1, 0.3);
            assertValues(new double[] {0.918175, -0.4597625}, w);
            assertValues(buffers[form.ordinal()], state.buffer(0));
        }
    }

    @Test
    void describesItselfInTheCliSyntax() {
        assertEquals("nesterov lr=0.1 momentum=0.9", new Nesterov(0.1, 0.9).describe());
        assertEquals("nesterov lr=0.1 momentum=0.9 form=lr-outside weight-decay=0.01",
                new Nesterov(0.1, 0.9, LR_OUTSIDE, 0.01).describe());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, Double.NaN, Double.NEGATIVE_INFINITY})
    void rejectsABadLearningRate(double lr) {
        assertRejected(() -> new Nesterov(lr, 0.9), "learning rate", "finite and > 0", String.valueOf(lr));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void rejectsMomentumOutsideZeroToOne(double mu) {
        assertRejected(() -> new Nesterov(0.1, mu), "momentum", "[0, 1)", String.valueOf(mu));
    }

    @Test
    void hasNoDampeningSettingAtAll() {
        // Issue 2 asks that Nesterov with dampening be refused; here it cannot even be written down, as in
        // PyTorch, which rejects nesterov=True with dampening != 0.
        List<String> settings = Arrays.stream(Nesterov.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toList());
        assertEquals(List.of("learningRate", "momentum", "form", "weightDecay"), settings);
    }

    @Test
    void rejectsNegativeWeightDecayAndAMissingForm() {
        assertRejected(() -> new Nesterov(0.1, 0.9, LR_OUTSIDE, -0.5), "weight decay", ">= 0", "-0.5");
        assertThrows(NullPointerException.class, () -> new Nesterov(0.1, 0.9, null, 0.0));
    }
}
