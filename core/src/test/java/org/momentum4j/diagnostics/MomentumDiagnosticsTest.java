package org.momentum4j.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.optim.Sgd;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;

class MomentumDiagnosticsTest {
    /** One layer, one input, one output: parameters (w, b). */
    private static final Architecture TINY = Architecture.of(1, Loss.MEAN_SQUARED_ERROR,
            LayerSpec.of(1, Activation.IDENTITY));

    /** Runs {@code steps} steps of {@code optimizer} with gradient {@code g(t)} and returns epoch 1's record. */
    private static LayerDiagnostics oneEpoch(Optimizer optimizer, int steps, double[][] gradients) {
        double[] w = {0.5, -0.25};
        OptimizerState state = optimizer.newState(2);
        MomentumDiagnostics d = new MomentumDiagnostics(TINY, w);
        for (int t = 0; t < steps; t++) {
            double[] g = gradients[t % gradients.length].clone();
            optimizer.step(w, g, state);
            d.afterStep(w, g, state);
        }
        d.epochEnded(1);
        List<LayerDiagnostics> h = d.history();
        assertEquals(1, h.size());
        return h.get(0);
    }

    @Test
    void plainSgdMovesExactlyAsFarAsSgd() {
        LayerDiagnostics d = oneEpoch(new Sgd(0.1), 10, new double[][] {{1.0, -2.0}, {0.5, 3.0}});
        assertEquals(1.0, d.effectiveP10(), 1e-12);
        assertEquals(1.0, d.effectiveP50(), 1e-12);
        assertEquals(1.0, d.effectiveP90(), 1e-12);
        assertEquals(0.0, d.velocityNorm(), 0.0);
        // Last gradient (0.5, 3.0): |g| = sqrt(9.25), last update 0.1 * |g|.
        assertEquals(Math.sqrt(9.25), d.gradientNorm(), 1e-12);
        assertEquals(0.1 * Math.sqrt(9.25), d.updateNorm(), 1e-12);
    }

    @Test
    void heavyBallUnderAConstantGradientMovesBySumOfPowersOfMu() {
        // v_t = -lr g (1 + mu + ... + mu^(t-1)) = -lr g (1 - mu^t) / (1 - mu); over T steps the ratio of
        // sum |v_t| to T lr |g| is sum_{t=1..T} (1 - mu^t) / ((1 - mu) T).
        double mu = 0.9;
        int steps = 50;
        double expected = 0;
        for (int t = 1; t <= steps; t++) {
            expected += (1 - Math.pow(mu, t)) / (1 - mu);
        }
        expected /= steps;
        LayerDiagnostics d = oneEpoch(new HeavyBall(0.01, mu), steps, new double[][] {{2.0, 4.0}});
        assertEquals(expected, d.effectiveP50(), 1e-9);
        assertEquals(expected, d.effectiveP10(), 1e-9);
        assertEquals(0.0, d.oscillation(), 0.0);
        // |v| after 50 steps: lr |g| (1 - mu^50) / (1 - mu), |g| = sqrt(20).
        assertEquals(0.01 * Math.sqrt(20) * (1 - Math.pow(mu, steps)) / (1 - mu), d.velocityNorm(), 1e-12);
        assertTrue(expected > 7, "momentum carried the weights ~" + expected + " times as far");
    }

    @Test
    void alternatingGradientsMakeEveryUpdateFlip() {
        LayerDiagnostics d = oneEpoch(new Sgd(0.1), 9, new double[][] {{1.0, 1.0}, {-1.0, -1.0}});
        assertEquals(1.0, d.oscillation(), 0.0);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1.4, MomentumDiagnostics.percentile(sorted, 0.10), 1e-12);  // pos 0.4
        assertEquals(3.0, MomentumDiagnostics.percentile(sorted, 0.50), 1e-12);
        assertEquals(4.6, MomentumDiagnostics.percentile(sorted, 0.90), 1e-12);  // pos 3.6
    }

    @Test
    void attachedToARealRunItReportsEveryLayerEveryEpoch() {
        TrainTestSplit split = TrainTestSplit.of(
                Datasets.iris(), 0.2, 1);
        Network net = Network.create(
                Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), 1);
        TrainingRun run = new TrainingRun(net, split.train(),
                new Sgd(0.01), TrainingConfig.online(3, 1));
        MomentumDiagnostics d = new MomentumDiagnostics(net.architecture(), net.parameters());
        run.observe(d);
        for (int e = 0; e < 3; e++) {
            run.runEpoch();
        }
        assertEquals(3 * 2, d.history().size());
        for (LayerDiagnostics layer : d.history()) {
            // Plain SGD: every parameter with a gradient moved exactly lr |g| per step.
            assertEquals(1.0, layer.effectiveP50(), 1e-9);
            assertTrue(layer.gradientNorm() > 0 && layer.weightNorm() > 0);
        }
    }
}
