package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.RowUpdate;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.optim.Sgd;

/**
 * The fused online path ({@link Network#trainItem} handing rows to {@link Optimizer#stepRow}) must move the
 * weights exactly as the generic path does: the item's gradient from {@link Network#gradient}, then
 * {@link Optimizer#step}. Every rule and form is checked, with weight decay, dampening and the lr-outside
 * first step, over several epochs (so the state carries over).
 */
class FusedOnlineTest {
    private static final Dataset DATA = TrainingFixtures.randomClassification(60, 6, 3, 4);

    static Stream<Optimizer> rules() {
        return Stream.of(new Sgd(0.05), new Sgd(0.05, 1e-3), new HeavyBall(0.02, 0.9),
                new HeavyBall(0.02, 0.5, 0.0, MomentumForm.LR_INSIDE, 1e-3),
                new HeavyBall(0.02, 0.9, 0.1, MomentumForm.LR_OUTSIDE, 1e-3),
                new HeavyBall(0.02, 0.9, 0.0, MomentumForm.LR_OUTSIDE, 0.0), new Nesterov(0.02, 0.9),
                new Nesterov(0.02, 0.9, MomentumForm.LR_OUTSIDE, 1e-4), new Nesterov(0.02, 0.9,
                        MomentumForm.LR_INSIDE, 1e-4), new ArticleMomentum(0.05, 0.75),
                new ArticleMomentum(0.05, 0.75, 1e-3));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void onlineTrainingMatchesGradientThenStep(Optimizer rule) {
        assertTrue(rule.hasRowStep(), rule.describe());
        // Narrow layers: TrainingRun takes the fused path here.
        Architecture arch = Architecture.of(6, Loss.CROSS_ENTROPY, LayerSpec.of(7, Activation.TANH),
                LayerSpec.of(4, Activation.SIGMOID), LayerSpec.of(3, Activation.SOFTMAX));
        TrainingConfig config = TrainingConfig.online(4, 8);
        Network reference = Network.create(arch, WeightInit.auto(), 2);
        double[] losses = TrainingFixtures.referenceTraining(reference, DATA, rule, config);
        Network net = Network.create(arch, WeightInit.auto(), 2);
        TrainingResult result = new Trainer(rule, config).fit(net, DATA);
        assertArrayEquals(reference.parameters(), net.parameters(), rule.describe());
        assertEquals(losses[3], result.last().trainingLoss(), 0.0);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void trainItemWithRowStepsMatchesGradientThenStepOnWideLayers(Optimizer rule) {
        Architecture arch = Architecture.classifier(Activation.RELU, 6, 40, 3);
        Network fused = Network.create(arch, WeightInit.auto(), 3);
        Network generic = fused.copy();
        OptimizerState fusedState = rule.newState(fused.parameterCount());
        OptimizerState genericState = rule.newState(generic.parameterCount());
        RowUpdate rows = (w, off, x, d, n) -> rule.stepRow(w, off, x, d, n, fusedState);
        Workspace ws = fused.newWorkspace();
        double[] grad = new double[generic.parameterCount()];
        for (int item = 0; item < DATA.rows(); item++) {
            double a = fused.trainItem(DATA.features(), item * 6, DATA.targets(), item * 3, ws, rows);
            rule.finishRowStep(fusedState);
            double b = generic.gradient(DATA.features(), item * 6, DATA.targets(), item * 3, ws, grad, false);
            rule.step(generic.parameters(), grad, genericState);
            assertEquals(b, a, 0.0);
        }
        assertArrayEquals(generic.parameters(), fused.parameters(), rule.describe());
        for (int i = 0; i < genericState.bufferCount(); i++) {
            assertArrayEquals(genericState.buffer(i), fusedState.buffer(i), "state buffer " + i);
        }
        assertEquals(genericState.steps(), fusedState.steps());
    }

    @Test
    void rulesWithoutARowKernelSayNo() {
        Optimizer plain = new Optimizer() {
            @Override
            public double learningRate() {
                return 0.1;
            }

            @Override
            public OptimizerState newState(int parameterCount) {
                return new OptimizerState(0, parameterCount, 0.1, 0);
            }

            @Override
            public void step(double[] w, double[] g, OptimizerState state) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= 0.1 * g[i];
                }
            }

            @Override
            public String describe() {
                return "plain";
            }
        };
        assertFalse(plain.hasRowStep());
        // And training with it still works through step(): same bits as Sgd(0.1) on the fused path.
        Architecture arch = Architecture.classifier(Activation.TANH, 6, 5, 3);
        Network a = Network.create(arch, WeightInit.auto(), 1);
        Network b = Network.create(arch, WeightInit.auto(), 1);
        new Trainer(plain, TrainingConfig.online(2, 1)).fit(a, DATA);
        new Trainer(new Sgd(0.1), TrainingConfig.online(2, 1)).fit(b, DATA);
        assertArrayEquals(b.parameters(), a.parameters());
    }
}
