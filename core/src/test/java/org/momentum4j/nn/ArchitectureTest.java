package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;
import static org.momentum4j.nn.Activation.IDENTITY;
import static org.momentum4j.nn.Activation.RELU;
import static org.momentum4j.nn.Activation.SIGMOID;
import static org.momentum4j.nn.Activation.SOFTMAX;
import static org.momentum4j.nn.Activation.TANH;
import static org.momentum4j.nn.Loss.CROSS_ENTROPY;
import static org.momentum4j.nn.Loss.MEAN_SQUARED_ERROR;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layoutOfA453Network() {
        // Layer 0: 4 inputs x 5 units = 20 weights at [0, 20), then 5 biases at [20, 25).
        // Layer 1: 5 inputs x 3 units = 15 weights at [25, 40), then 3 biases at [40, 43).
        Architecture arch = Architecture.classifier(TANH, 4, 5, 3);
        assertEquals(0, arch.weightOffset(0));
        assertEquals(20, arch.biasOffset(0));
        assertEquals(25, arch.weightOffset(1));
        assertEquals(40, arch.biasOffset(1));
        assertEquals(43, arch.weightOffset(2));
        assertEquals(43, arch.parameterCount());
        assertEquals(2, arch.depth());
        assertEquals(4, arch.inputsOf(0));
        assertEquals(5, arch.inputsOf(1));
        assertEquals(3, arch.outputs());
    }

    @Test
    void classifierBuildsHiddenLayersAndASoftmaxCrossEntropyHead() {
        Architecture arch = Architecture.classifier(RELU, 4, 7, 6, 3);
        assertEquals(new Architecture(4, List.of(LayerSpec.of(7, RELU), LayerSpec.of(6, RELU),
                LayerSpec.of(3, SOFTMAX)), CROSS_ENTROPY), arch);
        assertEquals("4-relu(7)-relu(6)-softmax(3) cross-entropy", arch.toString());
    }

    @Test
    void aNetworkWithoutLayersIsRejected() {
        assertRejected(() -> new Architecture(4, List.of(), MEAN_SQUARED_ERROR), "at least one layer", "none");
        assertRejected(() -> Architecture.classifier(TANH, 4), "at least an input and an output width", "[4]");
    }

    @Test
    void zeroUnitsOrInputsAreRejected() {
        assertRejected(() -> LayerSpec.of(0, TANH), "units", "at least 1", "0");
        assertRejected(() -> Architecture.classifier(TANH, 4, 0, 3), "units", "at least 1", "0");
        assertRejected(() -> Architecture.of(0, MEAN_SQUARED_ERROR, LayerSpec.of(1, IDENTITY)),
                "inputs", "at least 1", "0");
    }

    @Test
    void softmaxInAHiddenLayerIsRejected() {
        assertRejected(() -> Architecture.of(4, CROSS_ENTROPY, LayerSpec.of(5, TANH), LayerSpec.of(5, SOFTMAX),
                LayerSpec.of(3, SOFTMAX)), "softmax", "output layer only", "hidden layer 2");
    }

    @Test
    void crossEntropyNeedsASoftmaxOrSigmoidOutput() {
        assertRejected(() -> Architecture.of(4, CROSS_ENTROPY, LayerSpec.of(5, TANH), LayerSpec.of(3, TANH)),
                "cross-entropy", "softmax or sigmoid", "tanh");
        // sigmoid with cross-entropy (independent binary outputs) is accepted
        Architecture.of(2, CROSS_ENTROPY, LayerSpec.of(3, TANH), LayerSpec.of(1, SIGMOID));
    }

    @Test
    void softmaxWithOneUnitIsRejected() {
        // A one-unit softmax always outputs 1: nothing to learn.
        assertRejected(() -> Architecture.of(4, CROSS_ENTROPY, LayerSpec.of(1, SOFTMAX)),
                "softmax", "at least 2 units", "got 1");
    }

    @Test
    void networksTooLargeForAJavaArrayAreRejected() {
        // 50000 * 50000 weights = 2.5e9 > Integer.MAX_VALUE - 16.
        assertRejected(() -> Architecture.of(50_000, MEAN_SQUARED_ERROR, LayerSpec.of(50_000, IDENTITY)),
                "2500050000 parameters", "at most");
    }
}
