package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class WeightInitTest {
    private static final Architecture RELU_NET = Architecture.of(4, Loss.CROSS_ENTROPY,
            LayerSpec.of(20, Activation.RELU), LayerSpec.of(3, Activation.SOFTMAX));

    @Test
    void glorotDrawsWeightsWithinItsRangeAndZeroBiases() {
        // r = sqrt(6 / (fanIn + fanOut)): layer 0 sqrt(6 / 24) = 0.5, layer 1 sqrt(6 / 23).
        double[] p = Network.create(RELU_NET, new WeightInit.GlorotUniform(), 1).parameters();
        assertLayer(RELU_NET, p, 0, Math.sqrt(6.0 / 24));
        assertLayer(RELU_NET, p, 1, Math.sqrt(6.0 / 23));
    }

    @Test
    void heDrawsWeightsWithinItsRange() {
        // r = sqrt(6 / fanIn): layer 0 sqrt(6 / 4), layer 1 sqrt(6 / 20).
        double[] p = Network.create(RELU_NET, new WeightInit.HeUniform(), 1).parameters();
        assertLayer(RELU_NET, p, 0, Math.sqrt(6.0 / 4));
        assertLayer(RELU_NET, p, 1, Math.sqrt(6.0 / 20));
    }

    @Test
    void autoUsesHeForReluLayersAndGlorotForOthers() {
        double[] p = Network.create(RELU_NET, WeightInit.auto(), 1).parameters();
        assertLayer(RELU_NET, p, 0, Math.sqrt(6.0 / 4));
        assertLayer(RELU_NET, p, 1, Math.sqrt(6.0 / 23));
    }

    @Test
    void uniformDrawsWeightsAndBiasesInTheArticlesRange() {
        double[] p = Network.create(RELU_NET, WeightInit.uniform(-0.01, 0.01), 1).parameters();
        double max = 0;
        for (double v : p) {
            assertTrue(v >= -0.01 && v < 0.01, "in [-0.01, 0.01): " + v);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.009, "163 draws spread over the range, largest |w| " + max);
        assertTrue(p[RELU_NET.biasOffset(0)] != 0, "biases are drawn too");
    }

    @Test
    void parsesTheCliForms() {
        assertEquals(new WeightInit.Auto(), WeightInit.parse("auto"));
        assertEquals(new WeightInit.GlorotUniform(), WeightInit.parse("Xavier"));
        assertEquals(new WeightInit.HeUniform(), WeightInit.parse("he"));
        assertEquals(new WeightInit.Uniform(-0.01, 0.01), WeightInit.parse("uniform:0.01"));
        assertEquals(new WeightInit.Uniform(-0.5, 1), WeightInit.parse("uniform:-0.5:1"));
        assertRejected(() -> WeightInit.parse("uniform:x"), "'uniform:x'", "uniform:R", "uniform:LOW:HIGH");
        assertRejected(() -> WeightInit.uniform(0.1, 0.1), "low < high", "[0.1, 0.1]");
    }

    /** All weights of layer l within (-r, r), reaching beyond r/2 somewhere (so r is not too small), biases 0. */
    private static void assertLayer(Architecture arch, double[] p, int l, double r) {
        double max = 0;
        for (int i = arch.weightOffset(l); i < arch.biasOffset(l); i++) {
            assertTrue(Math.abs(p[i]) < r, "layer " + l + " weight " + p[i] + " within " + r);
            max = Math.max(max, Math.abs(p[i]));
        }
        assertTrue(max > r / 2, "layer " + l + " largest |w| " + max + " of range " + r);
        for (int i = arch.biasOffset(l); i < arch.weightOffset(l + 1); i++) {
            assertEquals(0.0, p[i]);
        }
    }
}
