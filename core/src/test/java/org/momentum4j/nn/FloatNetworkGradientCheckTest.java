package org.momentum4j.nn;

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
 * The single-precision back-propagation ({@link FloatNetwork#gradient}) checked against the loss itself:
 * every component must match a finite-difference derivative of the loss, computed in double precision by
 * {@link Network#loss} at the float parameters widened to double (exactly), with inputs and targets that are
 * floats too; so the float and double sides compute the same function and differ only by float rounding.
 *
 * <p>Finite differences: the fourth-order central stencil of {@code NetworkGradientCheckTest}
 * ({@code h = 1e-3}, error about 1e-12): exact for this purpose.
 *
 * <p>Tolerance, from float's unit roundoff {@code u = 2^-24 ~ 6.0e-8}: a component is built from at most
 * about 40 rounded float operations on quantities of order 1 (weights, inputs and targets in [-1, 1], at
 * most 5 units a layer and 4 layers, activations and their derivatives bounded by 1; the delta
 * {@code a - t} may cancel, so its error is absolute, not relative). Each rounding adds at most {@code u}
 * times a quantity of order 1 to the component, amplified by at most the few weights below it, so the error is
 * bounded by a few hundred {@code u}: we allow {@code 512 u ~ 3.1e-5} absolute, plus the same relative to
 * the component ({@code |a - n| <= 512 u (1 + |n|)}). A wrong derivative is wrong by the size of the component
 * itself, typically 1e-2 to 1: thousands of times the tolerance. (The double engine's own check,
 * {@code NetworkGradientCheckTest}, holds the same formulas to 1e-6 relative.)
 *
 * <p>ReLU: samples where a probe of the stencil switches a unit, or where the float and double forward
 * passes disagree about a unit being on (its input within float rounding of 0), are rejected.
 */
class FloatNetworkGradientCheckTest {
    private static final double H = 1e-3;
    private static final double U = Math.ulp(1.0f) / 2; // 2^-24, float's unit roundoff
    private static final double TOLERANCE = 512 * U;
    private static final List<Activation> HIDDEN =
            List.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU);

    @Provide
    Arbitrary<Activation> hiddenActivations() {
        return Arbitraries.of(HIDDEN);
    }

    @Property(tries = 1000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void floatGradientMatchesFiniteDifferencesOfTheDoubleLoss(
            @ForAll("hiddenActivations") Activation hidden,
            @ForAll NetworkGradientCheckTest.Head head,
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 5) Integer> hiddenWidths,
            @ForAll @IntRange(min = 1, max = 4) int inputs,
            @ForAll @IntRange(min = 1, max = 4) int outputs,
            @ForAll long seed) {
        Assume.that(head.output != Activation.SOFTMAX || outputs >= 2);
        LayerSpec[] specs = new LayerSpec[hiddenWidths.size() + 1];
        for (int l = 0; l < hiddenWidths.size(); l++) {
            specs[l] = LayerSpec.of(hiddenWidths.get(l), hidden);
        }
        specs[hiddenWidths.size()] = LayerSpec.of(outputs, head.output);
        Architecture arch = Architecture.of(inputs, head.loss, specs);
        FloatNetwork f = new FloatNetwork(arch, FloatKernels.scalar(FloatNetwork.widest(arch)));
        f.load(Network.create(arch, WeightInit.uniform(-1, 1), seed).parameters());
        Network net = Network.create(arch, WeightInit.uniform(-1, 1), 0);
        f.store(net.parameters()); // the double network now holds exactly the float parameters

        RandomGenerator random = Network.newRandom(~seed);
        float[] xf = new float[inputs];
        for (int i = 0; i < inputs; i++) {
            xf[i] = (float) random.nextDouble(-1, 1);
        }
        float[] tf = new float[outputs];
        float sum = 0;
        for (int k = 0; k < outputs; k++) {
            tf[k] = (float) random.nextDouble();
            sum += tf[k];
        }
        if (head == NetworkGradientCheckTest.Head.CE_SOFTMAX) {
            for (int k = 0; k < outputs; k++) {
                tf[k] /= sum; // sums to 1 within float rounding, which the tolerance absorbs
            }
        }
        double[] x = widen(xf);
        double[] t = widen(tf);

        FloatWorkspace fws = f.newWorkspace();
        float[] grad = new float[f.parameters().length];
        Arrays.fill(grad, Float.NaN); // a component gradient() forgets to write cannot pass
        double floatLoss = f.gradient(xf, 0, tf, 0, fws, grad);

        Workspace ws = net.newWorkspace();
        double loss = lossAt(net, x, t, ws);
        boolean[] reluOn = reluPattern(net, ws);
        f.forward(xf, 0, fws);
        Assume.that(Arrays.equals(reluOn, floatReluPattern(f, fws)));
        assertEquals(loss, floatLoss, TOLERANCE * (1 + Math.abs(loss)), "the float loss");

        double[] p = net.parameters();
        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            double[] probes = new double[4];
            double[] offsets = {-2 * H, -H, H, 2 * H};
            for (int k = 0; k < 4; k++) {
                p[i] = keep + offsets[k];
                probes[k] = lossAt(net, x, t, ws);
                Assume.that(Arrays.equals(reluOn, reluPattern(net, ws)));
            }
            p[i] = keep;
            double numeric = (8 * (probes[2] - probes[1]) - (probes[3] - probes[0])) / (12 * H);
            double error = Math.abs(grad[i] - numeric);
            assertTrue(error <= TOLERANCE * (1 + Math.abs(numeric)), arch + ", parameter " + i + ": float "
                    + grad[i] + ", finite differences " + numeric + ", error " + error);
        }
        Statistics.collect(hidden, head);
        Statistics.coverage(coverage -> {
            for (Activation h : HIDDEN) {
                for (NetworkGradientCheckTest.Head o : NetworkGradientCheckTest.Head.values()) {
                    coverage.check(h, o).count(c -> c >= 5);
                }
            }
        });
    }

    private static double[] widen(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    private static double lossAt(Network net, double[] x, double[] t, Workspace ws) {
        net.forward(x, 0, ws);
        return net.loss(ws, t, 0);
    }

    private static boolean[] reluPattern(Network net, Workspace ws) {
        boolean[] on = new boolean[64];
        int k = 0;
        List<LayerSpec> layers = net.architecture().layers();
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).activation() == Activation.RELU) {
                for (double a : ws.activations[l]) {
                    on[k++] = a > 0;
                }
            }
        }
        return Arrays.copyOf(on, k);
    }

    private static boolean[] floatReluPattern(FloatNetwork net, FloatWorkspace ws) {
        boolean[] on = new boolean[64];
        int k = 0;
        List<LayerSpec> layers = net.architecture().layers();
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l).activation() == Activation.RELU) {
                for (float a : ws.activations[l]) {
                    on[k++] = a > 0;
                }
            }
        }
        return Arrays.copyOf(on, k);
    }
}
