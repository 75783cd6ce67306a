package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Back-propagation checked against the loss itself: for random small networks, every component of
 * {@link Network#gradient} must match a finite-difference derivative of {@link Network#loss}, for every
 * hidden activation and every output activation and loss that may be combined.
 *
 * <p>Finite differences: the fourth-order central stencil
 * {@code f'(p) ~ (f(p - 2h) - 8 f(p - h) + 8 f(p + h) - f(p + 2h)) / (12 h)} with {@code h = 1e-3}. Its
 * truncation error is {@code O(h^4)} (about 1e-12 here) and its rounding error about {@code ulp(L) / h}
 * (about 1e-12), so it is some thousand times more accurate than the two-point {@code (f(p+h) - f(p-h)) / 2h},
 * whose best case (h near 1e-5) leaves errors of 1e-10 and relative errors above 1e-6 on small components.
 *
 * <p>Relative error: {@code |analytic - numeric| / max(|analytic|, |numeric|, 1e-4)}; it must stay below 1e-6.
 * The floor means that components smaller than 1e-4 (a saturated sigmoid, a dead ReLU) are held to an
 * absolute error of 1e-10 instead: what is left there is rounding noise of the loss (about 1e-12), not a
 * derivative error. A wrong derivative shows up as an error of the size of the gradient itself.
 *
 * <p>ReLU is not differentiable at 0. If any probe {@code p +- h, p +- 2h} switches a ReLU unit on or off
 * (its output changes between zero and positive compared with the unperturbed network), the stencil spans
 * a kink and measures nothing useful, so the sample is rejected ({@link Assume}); this happens in a few
 * percent of samples with ReLU layers. A unit merely close to 0 but not switched is fine: the loss is smooth
 * on the whole stencil.
 */
class NetworkGradientCheckTest {
    private static final double H = 1e-3;
    private static final double FLOOR = 1e-4;
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    private static final List<Activation> HIDDEN =
            List.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU);

    /** Every output activation and loss that {@link Architecture} accepts together. */
    enum Head {
        MSE_IDENTITY(Activation.IDENTITY, Loss.MEAN_SQUARED_ERROR),
        MSE_SIGMOID(Activation.SIGMOID, Loss.MEAN_SQUARED_ERROR),
        MSE_TANH(Activation.TANH, Loss.MEAN_SQUARED_ERROR),
        MSE_RELU(Activation.RELU, Loss.MEAN_SQUARED_ERROR),
        MSE_SOFTMAX(Activation.SOFTMAX, Loss.MEAN_SQUARED_ERROR),
        CE_SOFTMAX(Activation.SOFTMAX, Loss.CROSS_ENTROPY),
        CE_SIGMOID(Activation.SIGMOID, Loss.CROSS_ENTROPY);

        final Activation output;
        final Loss loss;

        Head(Activation output, Loss loss) {
            this.output = output;
            this.loss = loss;
        }
    }

    @Provide
    Arbitrary<Activation> hiddenActivations() {
        return Arbitraries.of(HIDDEN);
    }

    @Property(tries = 1500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)   // coverage below is still enforced
    void analyticGradientMatchesFiniteDifferences(
            @ForAll("hiddenActivations") Activation hidden,
            @ForAll Head head,
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 5) Integer> hiddenWidths,
            @ForAll @IntRange(min = 1, max = 4) int inputs,
            @ForAll @IntRange(min = 1, max = 4) int outputs,
            @ForAll long seed) {
        Assume.that(head.output != Activation.SOFTMAX || outputs >= 2);
        Sample s = new Sample(hidden, head, hiddenWidths, inputs, outputs, seed);
        Network net = s.network;
        Workspace ws = net.newWorkspace();

        // NaN first: a component that gradient() forgets to write cannot pass.
        double[] grad = new double[net.parameterCount()];
        Arrays.fill(grad, Double.NaN);
        double returnedLoss = net.gradient(s.x, 0, s.t, 0, ws, grad, false);
        double loss = lossAt(net, s, ws);
        assertEquals(loss, returnedLoss, 1e-12 * Math.max(1, loss), "gradient() returns the item's loss");

        boolean[] reluOn = reluPattern(net, ws);
        double[] p = net.parameters();
        double[] numeric = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            double[] f = new double[4];
            double[] offsets = {-2 * H, -H, H, 2 * H};
            for (int k = 0; k < 4; k++) {
                p[i] = keep + offsets[k];
                f[k] = lossAt(net, s, ws);
                // Arrays.equals(..) == false: the probe switched a ReLU unit, the stencil spans a kink.
                Assume.that(Arrays.equals(reluOn, reluPattern(net, ws)));
            }
            p[i] = keep;
            numeric[i] = (8 * (f[2] - f[1]) - (f[3] - f[0])) / (12 * H);
        }
        for (int i = 0; i < p.length; i++) {
            double a = grad[i];
            double n = numeric[i];
            double relative = Math.abs(a - n) / Math.max(FLOOR, Math.max(Math.abs(a), Math.abs(n)));
            assertTrue(relative < MAX_RELATIVE_ERROR, net.architecture() + ", parameter " + i
                    + ": analytic " + a + ", finite differences " + n + ", relative error " + relative);
        }

        Statistics.collect(hidden, head);
        Statistics.coverage(coverage -> {
            for (Activation h : HIDDEN) {
                for (Head o : Head.values()) {
                    coverage.check(h, o).count(c -> c >= 10);
                }
            }
        });
    }

    @Property(tries = 200)
    void accumulateAddsToWhatTheArrayHolds(
            @ForAll("hiddenActivations") Activation hidden,
            @ForAll Head head,
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 5) Integer> hiddenWidths,
            @ForAll @IntRange(min = 1, max = 4) int inputs,
            @ForAll @IntRange(min = 2, max = 4) int outputs,
            @ForAll long seed) {
        Sample s = new Sample(hidden, head, hiddenWidths, inputs, outputs, seed);
        Network net = s.network;
        Workspace ws = net.newWorkspace();
        double[] fresh = new double[net.parameterCount()];
        net.gradient(s.x, 0, s.t, 0, ws, fresh, false);

        RandomGenerator random = Network.newRandom(seed + 1);
        double[] before = new double[fresh.length];
        for (int i = 0; i < before.length; i++) {
            before[i] = random.nextDouble(-1, 1);
        }
        double[] accumulated = before.clone();
        net.gradient(s.x, 0, s.t, 0, ws, accumulated, true);

        // Each component is before[i] + (the same product gradient() writes when not accumulating): exact.
        double[] expected = new double[fresh.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = before[i] + fresh[i];
        }
        assertArrayEquals(expected, accumulated, 0.0);
    }

    private static double lossAt(Network net, Sample s, Workspace ws) {
        net.forward(s.x, 0, ws);
        return net.loss(ws, s.t, 0);
    }

    /** Which ReLU units are on (output > 0) after the last forward pass, over all ReLU layers. */
    private static boolean[] reluPattern(Network net, Workspace ws) {
        List<LayerSpec> layers = net.architecture().layers();
        int count = 0;
        for (int l = 0; l < layers.size(); l++) {
            count += layers.get(l).activation() == Activation.RELU ? layers.get(l).units() : 0;
        }
        boolean[] on = new boolean[count];
        int k = 0;
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).activation() == Activation.RELU) {
                for (double a : ws.activations[l]) {
                    on[k++] = a > 0;
                }
            }
        }
        return on;
    }

    /**
     * A random network and item. Weights and biases uniform in [-1, 1] (non-zero biases, so bias gradients
     * are exercised and ReLU units are not all on or off together); inputs uniform in [-1, 1]. Targets:
     * uniform in [0, 1) per output, normalised to sum 1 for softmax with cross-entropy, the one case whose
     * fused delta {@code a - t} assumes the targets are a probability distribution.
     */
    private static final class Sample {
        final Network network;
        final double[] x;
        final double[] t;

        Sample(Activation hidden, Head head, List<Integer> hiddenWidths, int inputs, int outputs, long seed) {
            LayerSpec[] specs = new LayerSpec[hiddenWidths.size() + 1];
            for (int l = 0; l < hiddenWidths.size(); l++) {
                specs[l] = LayerSpec.of(hiddenWidths.get(l), hidden);
            }
            specs[hiddenWidths.size()] = LayerSpec.of(outputs, head.output);
            network = Network.create(Architecture.of(inputs, head.loss, specs), WeightInit.uniform(-1, 1), seed);
            RandomGenerator random = Network.newRandom(~seed);
            x = new double[inputs];
            for (int i = 0; i < inputs; i++) {
                x[i] = random.nextDouble(-1, 1);
            }
            t = new double[outputs];
            double sum = 0;
            for (int k = 0; k < outputs; k++) {
                t[k] = random.nextDouble();
                sum += t[k];
            }
            if (head == Head.CE_SOFTMAX) {
                for (int k = 0; k < outputs; k++) {
                    t[k] /= sum;
                }
            }
        }
    }
}
