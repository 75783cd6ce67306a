package org.momentum4j.suggest;

import org.momentum4j.fixtures.KnownHessian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;

class CurvatureSuggestionTest {

    @Test
    void formulasForLEightMuHalf() {
        CurvatureSuggestion s = CurvatureSuggestion.from(8, 0.5, 1e4);
        assertFalse(s.capped());
        assertEquals(16, s.condition(), 1e-12);
        // sqrt 8 + sqrt 0.5 = 2.5 sqrt 2, squared 12.5: lr = 4 / 12.5; sqrt K = 4: momentum (3/5)^2.
        assertEquals(0.32, s.heavyBall().learningRate(), 1e-12);
        assertEquals(0.36, s.heavyBall().momentum(), 1e-12);
        assertEquals(0.6, s.heavyBall().rate(), 1e-12);
        assertEquals(1.0 / 8, s.nesterov().learningRate(), 1e-12);
        assertEquals(0.6, s.nesterov().momentum(), 1e-12);
        assertEquals(2 / 8.5, s.gradientDescent().learningRate(), 1e-12);
        assertTrue(s.reasoning().stream().anyMatch(line -> line.contains("K = L / mu = 16")), s.reasoning().toString());
    }

    @Test
    void nonPositiveOrHugeConditionIsCappedAndSaidSo() {
        CurvatureSuggestion negative = CurvatureSuggestion.from(8, -0.1, 100);
        assertTrue(negative.capped());
        assertEquals(100, negative.condition(), 0);
        assertTrue(negative.reasoning().stream().anyMatch(line -> line.contains("not positive")));
        CurvatureSuggestion huge = CurvatureSuggestion.from(8, 1e-6, 100);
        assertTrue(huge.capped());
        assertEquals(100, huge.condition(), 0);
        assertThrows(IllegalArgumentException.class, () -> CurvatureSuggestion.from(-1, -2, 100));
    }

    /** Full-batch epochs until the loss falls below 1e-12 of its start. */
    private static int epochsToConverge(Optimizer optimizer) {
        Network net = KnownHessian.network();
        List<Double> losses = new ArrayList<>();
        new Trainer(optimizer, TrainingConfig.fullBatch(2000, 1)).fit(net, KnownHessian.data(),
                s -> losses.add(s.trainingLoss()));
        for (int e = 0; e < losses.size(); e++) {
            if (losses.get(e) < 1e-12 * losses.get(0)) {
                return e;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void estimatedSettingsMakeHeavyBallConvergeMuchFasterThanGradientDescent() {
        HessianProbe probe = new HessianProbe(new FullBatchGradient(KnownHessian.network(), KnownHessian.data()));
        double l = probe.largest(500, 1e-12, 1).value();
        CurvatureSuggestion s = CurvatureSuggestion.from(l, probe.smallest(l, 2000, 1e-12, 2).value(), 1e4);
        int gd = epochsToConverge(new Sgd(s.gradientDescent().learningRate()));
        int hb = epochsToConverge(new HeavyBall(s.heavyBall().learningRate(), s.heavyBall().momentum()));
        // Rates 15/17 and 3/5: about ln(1e12)/0.125 = 221 and ln(1e12)/0.51 = 54 epochs (plus a polynomial
        // factor for heavy-ball's double root), so heavy-ball should need well under half.
        assertTrue(gd < 400, "gradient descent converges: " + gd);
        assertTrue(hb < gd / 2, "heavy-ball " + hb + " epochs vs gradient descent " + gd);
    }
}
