package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Standardizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.FloatKernels;
import org.momentum4j.nn.FloatNetwork;
import org.momentum4j.nn.FloatWorkspace;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;

/**
 * Training in {@link Precision#FLOAT}: the fused float path equals float back-propagation followed by the
 * rules' documented formulas in float; runs are reproducible and resumable bit for bit; the Network holds
 * the float values between epochs; what float cannot train is refused; and on Iris it learns as double does.
 */
class FloatTrainingTest {
    private static final Dataset DATA = TrainingFixtures.randomClassification(60, 6, 3, 4);

    static Stream<Optimizer> rules() {
        return FusedOnlineTest.rules();
    }

    static Stream<Arguments> rulesAndWidths() {
        return rules().flatMap(rule -> Stream.of(Arguments.of(rule, 40), Arguments.of(rule, 7)));
    }

    /**
     * Reference: per epoch the {@link ItemOrder} shuffle; per item {@link FloatNetwork#gradient} (the whole
     * gradient array), then the rule's update written out below from the optimizer's javadoc, in float.
     * Training must give the same bits, on 6-40-4-3 (a wide layer: the gradient array and one whole-array
     * update) and on 6-7-4-3 (all narrow: the fused path, rows updated as back-propagation produces them).
     */
    @ParameterizedTest
    @MethodSource("rulesAndWidths")
    void floatTrainingMatchesFloatGradientThenTheRulesFormula(Optimizer rule, int hidden) {
        Architecture arch = Architecture.of(6, Loss.CROSS_ENTROPY, LayerSpec.of(hidden, Activation.TANH),
                LayerSpec.of(4, Activation.SIGMOID), LayerSpec.of(3, Activation.SOFTMAX));
        TrainingConfig config = new TrainingConfig(3, 1, 8, Precision.FLOAT);
        Network net = Network.create(arch, WeightInit.auto(), 2);
        FloatNetwork reference = new FloatNetwork(arch, FloatKernels.scalar(hidden));
        reference.load(net.parameters());
        double lastLoss = referenceFloatTraining(reference, DATA, rule, config);

        TrainingResult result = new Trainer(rule, config).fit(net, DATA);
        double[] expected = new double[net.parameterCount()];
        reference.store(expected);
        assertArrayEquals(expected, net.parameters(), rule.describe());
        assertEquals(lastLoss, result.last().trainingLoss(), 0.0);
    }

    /**
     * The fused path on wide layers (rows copied to offset 0 and updated there, each as soon as its delta
     * below is taken) against the gradient array and one whole-array update, item by item: the same bits.
     */
    @ParameterizedTest
    @MethodSource("rules")
    void fusedRowsOnWideLayersMatchTheWholeArrayUpdate(Optimizer rule) {
        Architecture arch = Architecture.of(6, Loss.CROSS_ENTROPY, LayerSpec.of(40, Activation.RELU),
                LayerSpec.of(36, Activation.TANH), LayerSpec.of(3, Activation.SOFTMAX));
        double[] init = Network.create(arch, WeightInit.auto(), 4).parameters();
        FloatNetwork fused = new FloatNetwork(arch, FloatKernels.scalar(40));
        FloatNetwork generic = new FloatNetwork(arch, FloatKernels.scalar(40));
        fused.load(init);
        generic.load(init);
        FloatRule fusedRule = FloatRule.of(rule, fused.kernels(), init.length);
        FloatRule genericRule = FloatRule.of(rule, generic.kernels(), init.length);
        org.momentum4j.optim.OptimizerState state = rule.newState(init.length);
        fusedRule.begin(state);
        genericRule.begin(state);
        float[] x = floats(DATA.features());
        float[] t = floats(DATA.targets());
        float[] g = new float[init.length];
        FloatWorkspace ws = fused.newWorkspace();
        for (int item = 0; item < DATA.rows(); item++) {
            double a = fused.trainItem(x, item * 6, t, item * 3, ws, fusedRule);
            fusedRule.finishStep();
            double b = generic.gradient(x, item * 6, t, item * 3, ws, g);
            genericRule.step(generic.parameters(), g);
            genericRule.finishStep();
            assertEquals(b, a, 0.0, "loss of item " + item);
        }
        assertArrayEquals(generic.parameters(), fused.parameters(), 0f, rule.describe());
    }

    private static double referenceFloatTraining(FloatNetwork net, Dataset data, Optimizer rule,
                                                 TrainingConfig config) {
        float[] x = floats(data.features());
        float[] t = floats(data.targets());
        float[] w = net.parameters();
        float[] g = new float[w.length];
        float[] v = new float[w.length];
        FloatWorkspace ws = net.newWorkspace();
        int[] order = new int[data.rows()];
        long steps = 0;
        double loss = 0;
        for (int e = 0; e < config.epochs(); e++) {
            ItemOrder.shuffle(config.seed(), e, order);
            loss = 0;
            for (int item : order) {
                loss += net.gradient(x, item * data.featureCount(), t, item * data.targetCount(), ws, g);
                floatStep(rule, w, g, v, steps++);
            }
        }
        return loss / data.rows();
    }

    /** The rules' formulas (see their javadoc) with every value and operation in float. */
    private static void floatStep(Optimizer rule, float[] w, float[] g, float[] v, long steps) {
        float lr = (float) rule.learningRate();
        float mu = (float) rule.momentum();
        float wd = (float) weightDecay(rule);
        for (int i = 0; i < w.length; i++) {
            float gi = g[i];
            if (wd != 0) {
                gi += wd * w[i];
            }
            if (rule instanceof Sgd) {
                w[i] -= lr * gi;
            } else if (rule instanceof ArticleMomentum) {
                float d = lr * gi;
                w[i] -= d + mu * v[i];
                v[i] = d;
            } else if (rule instanceof HeavyBall h && h.form() == MomentumForm.LR_INSIDE) {
                v[i] = mu * v[i] - lr * gi;
                w[i] += v[i];
            } else if (rule instanceof HeavyBall h) {
                v[i] = steps == 0 ? gi : mu * v[i] + (float) (1.0 - h.dampening()) * gi;
                w[i] -= lr * v[i];
            } else if (rule instanceof Nesterov n && n.form() == MomentumForm.LR_INSIDE) {
                v[i] = mu * v[i] - lr * gi;
                w[i] += mu * v[i] - lr * gi;
            } else {
                v[i] = steps == 0 ? gi : mu * v[i] + gi;
                w[i] -= lr * (gi + mu * v[i]);
            }
        }
    }

    private static double weightDecay(Optimizer rule) {
        if (rule instanceof Sgd s) {
            return s.weightDecay();
        }
        if (rule instanceof ArticleMomentum a) {
            return a.weightDecay();
        }
        if (rule instanceof HeavyBall h) {
            return h.weightDecay();
        }
        return ((Nesterov) rule).weightDecay();
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    @Test
    void sameSeedSameBitsAndTheNetworkHoldsFloats() {
        TrainingConfig config = new TrainingConfig(5, 1, 3, Precision.FLOAT);
        Architecture arch = Architecture.classifier(Activation.TANH, 6, 40, 3);
        Network a = Network.create(arch, WeightInit.auto(), 1);
        Network b = Network.create(arch, WeightInit.auto(), 1);
        Network d = Network.create(arch, WeightInit.auto(), 1);
        HeavyBall rule = new HeavyBall(0.02, 0.9);
        TrainingResult ra = new Trainer(rule, config).fit(a, DATA);
        TrainingResult rb = new Trainer(rule, config).fit(b, DATA);
        new Trainer(rule, TrainingConfig.online(5, 3)).fit(d, DATA);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        assertEquals(ra.last().trainingLoss(), rb.last().trainingLoss(), 0.0);
        for (double p : a.parameters()) {
            assertEquals(p, (double) (float) p, 0.0, "every parameter is a float widened to double");
        }
        assertFalse(Arrays.equals(a.parameters(), d.parameters()), "float training took the double path");
    }

    /** A run checkpointed after 2 epochs and resumed for 2 more ends with the bits of a 4-epoch run. */
    @Test
    void resumingAFloatRunIsExact() {
        Architecture arch = Architecture.classifier(Activation.TANH, 6, 40, 3);
        Optimizer rule = new Nesterov(0.02, 0.9, MomentumForm.LR_OUTSIDE, 1e-4);
        TrainingConfig config = new TrainingConfig(4, 1, 5, Precision.FLOAT);
        Network whole = Network.create(arch, WeightInit.auto(), 7);
        TrainingRun straight = new TrainingRun(whole, DATA, rule, config);
        for (int e = 0; e < 4; e++) {
            straight.runEpoch();
        }
        Network first = Network.create(arch, WeightInit.auto(), 7);
        TrainingRun part = new TrainingRun(first, DATA, rule, config);
        part.runEpoch();
        part.runEpoch();
        TrainingState saved = part.snapshot();
        Network second = Network.create(arch, WeightInit.auto(), 99); // other weights, overwritten by restore
        TrainingRun resumed = TrainingRun.resume(second, DATA, rule, config, saved);
        resumed.runEpoch();
        EpochStats last = resumed.runEpoch();
        assertArrayEquals(whole.parameters(), second.parameters(), 0.0);
        assertArrayEquals(straight.optimizerState().buffer(0), resumed.optimizerState().buffer(0), 0.0);
        assertEquals(straight.optimizerState().steps(), resumed.optimizerState().steps());
        assertEquals(4L * DATA.rows(), resumed.optimizerState().steps());
        assertEquals(4, last.epoch());
    }

    /**
     * The article's Iris demo (4-5-3 tanh/softmax, weights uniform in [-0.01, 0.01], 40 online epochs, the
     * article's rule at lr 0.05, momentum 0.75) in both precisions. Measured over seeds 1..200: the same
     * test accuracy for every seed, training losses within 2e-7. Asserted, with margin to spare: test
     * accuracy within one of the 30 test flowers, training loss within 1e-4 relative.
     */
    @Test
    void onIrisFloatLearnsAsDoubleDoes() {
        for (long seed = 1; seed <= 10; seed++) {
            TrainTestSplit split = TrainTestSplit.of(Datasets.iris(), 0.2, seed);
            Standardizer z = Standardizer.fit(split.train());
            Dataset train = z.apply(split.train());
            Dataset test = z.apply(split.test());
            Network d = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3),
                    WeightInit.uniform(-0.01, 0.01), seed);
            Network f = d.copy();
            Optimizer rule = new ArticleMomentum(0.05, 0.75);
            new Trainer(rule, TrainingConfig.online(40, seed)).fit(d, train);
            new Trainer(rule, new TrainingConfig(40, 1, seed, Precision.FLOAT)).fit(f, train);
            Evaluation ed = Evaluation.of(d, test);
            Evaluation ef = Evaluation.of(f, test);
            assertEquals(ed.accuracy(), ef.accuracy(), 1.0 / 30 + 1e-12, "seed " + seed);
            double ld = Evaluation.of(d, train).loss();
            assertEquals(ld, Evaluation.of(f, train).loss(), 1e-4 * ld, "seed " + seed);
            assertTrue(ef.accuracy() >= 0.8, "float learns: seed " + seed + " accuracy " + ef.accuracy());
        }
    }

    @Test
    void schedulesAndEarlyStoppingSteerFloatRuns() {
        // A step schedule halves lr after every 2 epochs; early stopping may roll back to the best epoch:
        // the controls act on the double state between epochs, which the float engine reads each epoch.
        Architecture arch = Architecture.classifier(Activation.TANH, 6, 8, 3);
        TrainingControls controls = TrainingControls.NONE
                .withLearningRateSchedule(org.momentum4j.schedule.Schedule.parse("step:every=2,factor=0.5"));
        TrainingConfig config = new TrainingConfig(5, 1, 2, Precision.FLOAT);
        TrainingResult r = new Trainer(new HeavyBall(0.04, 0.9), config, controls)
                .fit(Network.create(arch, WeightInit.auto(), 1), DATA);
        double[] lrs = r.history().stream().mapToDouble(EpochStats::learningRate).toArray();
        assertArrayEquals(new double[] {0.04, 0.04, 0.02, 0.02, 0.01}, lrs, 1e-15);
    }

    @Test
    void whatFloatCannotTrainIsRefusedNamingWhatItCan() {
        Network net = Network.create(Architecture.classifier(Activation.TANH, 6, 4, 3), WeightInit.auto(), 1);
        TrainingConfig online = new TrainingConfig(1, 1, 1, Precision.FLOAT);
        String adam = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(net, DATA, new Adam(0.001), online)).getMessage();
        assertTrue(adam.startsWith("float precision supports online training (batch size 1) with sgd, article,"
                + " momentum or nesterov"), adam);
        assertTrue(adam.endsWith("got " + new Adam(0.001).describe()), adam);
        String batch = assertThrows(IllegalArgumentException.class, () -> new TrainingRun(net, DATA,
                new Sgd(0.1), new TrainingConfig(1, 8, 1, Precision.FLOAT))).getMessage();
        assertTrue(batch.endsWith("got batch size 8"), batch);
        String clip = assertThrows(IllegalArgumentException.class, () -> new TrainingRun(net, DATA, new Sgd(0.1),
                online, GradientClipping.byNorm(1))).getMessage();
        assertTrue(clip.endsWith("got gradient clipping"), clip);
        TrainingRun run = new TrainingRun(net, DATA, new Sgd(0.1), online);
        StepObserver observer = new StepObserver() {
            @Override
            public void afterStep(double[] weights, double[] gradient, org.momentum4j.optim.OptimizerState state) {
            }

            @Override
            public void epochEnded(int epoch) {
            }
        };
        String observed = assertThrows(IllegalArgumentException.class, () -> run.observe(observer)).getMessage();
        assertTrue(observed.endsWith("got a step observer"), observed);
    }

    @Test
    void precisionParsesItsNames() {
        assertEquals(Precision.FLOAT, Precision.parse(" Float "));
        assertEquals(Precision.DOUBLE, Precision.parse("double"));
        assertEquals("unknown precision 'half': expected double or float",
                assertThrows(IllegalArgumentException.class, () -> Precision.parse("half")).getMessage());
        assertEquals(Precision.DOUBLE, new TrainingConfig(1, 1, 1).precision());
        assertEquals(Precision.FLOAT, TrainingConfig.online(1, 1).withPrecision(Precision.FLOAT).precision());
    }
}
