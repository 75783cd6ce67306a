package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.Rejections.assertRejected;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private static final double EPS = 1e-15;

    /** 2 inputs, 2 identity hidden units, 1 identity output, mse: small enough to follow by hand. */
    private static final Architecture LINEAR = Architecture.of(2, Loss.MEAN_SQUARED_ERROR,
            LayerSpec.of(2, Activation.IDENTITY), LayerSpec.of(1, Activation.IDENTITY));

    /**
     * Input-major weights: index i * units + j connects input i to unit j.
     * Layer 0: w00 = 0.1, w01 = 0.2, w10 = 0.3, w11 = 0.4, b = [0.5, -0.5]. Layer 1: w = [0.6, -0.7], b = 0.05.
     */
    private static final double[] PARAMS = {0.1, 0.2, 0.3, 0.4, 0.5, -0.5, 0.6, -0.7, 0.05};

    @Test
    void forwardReadsWeightsInputMajor() {
        // x = [1, 2]: z0 = 0.5 + 1 * 0.1 + 2 * 0.3 = 1.2; z1 = -0.5 + 1 * 0.2 + 2 * 0.4 = 0.5
        // output = 0.05 + 1.2 * 0.6 + 0.5 * -0.7 = 0.05 + 0.72 - 0.35 = 0.42
        // (with unit-major weights the hidden sums would be 1.0 and 0.6 instead)
        Network net = Network.of(LINEAR, PARAMS);
        assertArrayEquals(new double[] {0.42}, net.predict(new double[] {1, 2}), EPS);
        // forward reads the row in place at an offset, as trainers do with a dataset's contiguous array.
        double[] out = net.forward(new double[] {9, 9, 1, 2}, 2, net.newWorkspace());
        assertEquals(0.42, out[0], EPS);
    }

    @Test
    void backPropagationByHand() {
        // t = 1: L = 1/2 (0.42 - 1)^2 = 0.1682; output delta d = -0.58.
        // Layer 1: dL/dw = h * d = [1.2 * -0.58, 0.5 * -0.58] = [-0.696, -0.29]; dL/db = -0.58.
        // Hidden deltas (identity): d_j = w1_j * d = [0.6 * -0.58, -0.7 * -0.58] = [-0.348, 0.406].
        // Layer 0: dL/dw[i * 2 + j] = x_i d_j = [-0.348, 0.406, -0.696, 0.812]; dL/db = [-0.348, 0.406].
        Network net = Network.of(LINEAR, PARAMS);
        double[] grad = new double[9];
        double loss = net.gradient(new double[] {1, 2}, 0, new double[] {1}, 0, net.newWorkspace(), grad, false);
        assertEquals(0.1682, loss, EPS);
        assertArrayEquals(new double[] {-0.348, 0.406, -0.696, 0.812, -0.348, 0.406, -0.696, -0.29, -0.58}, grad,
                EPS);
    }

    @Test
    void ofCopiesAndChecksTheParameterCount() {
        double[] params = PARAMS.clone();
        Network net = Network.of(LINEAR, params);
        params[0] = 100;
        assertEquals(0.1, net.parameters()[0], "the network keeps its own copy");
        assertRejected(() -> Network.of(LINEAR, new double[8]), "9 parameters", "got 8");
    }

    @Test
    void predictChecksTheInputWidth() {
        Network net = Network.of(LINEAR, PARAMS);
        assertRejected(() -> net.predict(new double[3]), "takes 2 inputs", "got 3");
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Architecture arch = Architecture.classifier(Activation.TANH, 4, 5, 3);
        Network a = Network.create(arch, WeightInit.auto(), 7);
        Network b = Network.create(arch, WeightInit.auto(), 7);
        Network c = Network.create(arch, WeightInit.auto(), 8);
        assertTrue(Arrays.equals(a.parameters(), b.parameters()));
        assertFalse(Arrays.equals(a.parameters(), c.parameters()));
    }

    @Test
    void copyIsIndependent() {
        Network net = Network.of(LINEAR, PARAMS);
        Network copy = net.copy();
        assertNotSame(net.parameters(), copy.parameters());
        assertEquals(net, copy);
        copy.parameters()[0] = 1;
        assertEquals(0.1, net.parameters()[0]);
    }

    @Test
    void softmaxOutputsAreProbabilities() {
        Network net = Network.create(Architecture.classifier(Activation.RELU, 3, 4, 3), WeightInit.auto(), 3);
        double[] p = net.predict(new double[] {0.5, -1, 2});
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-15);
        for (double v : p) {
            assertTrue(v > 0 && v < 1);
        }
    }

    /**
     * A wide tanh layer (the forward pass lists the nonzero inputs and sums four rows at a time) against the
     * plain sum over every input in input order: the same bits, with 37 inputs (a last group of one) of
     * which about 40% are zero.
     */
    @Test
    void wideLayerSkipsZeroInputsWithTheBitsOfTheFullSum() {
        int inputs = 37;
        int hidden = 40;
        Network net = Network.create(Architecture.classifier(Activation.TANH, inputs, hidden, 3), WeightInit.auto(), 5);
        double[] w = net.parameters();
        java.util.Random random = new java.util.Random(11);
        for (int item = 0; item < 20; item++) {
            double[] x = new double[inputs];
            for (int i = 0; i < inputs; i++) {
                x[i] = random.nextDouble() < 0.4 ? 0.0 : random.nextGaussian();
            }
            Workspace ws = net.newWorkspace();
            net.forward(x, 0, ws);
            for (int j = 0; j < hidden; j++) {
                double z = w[inputs * hidden + j]; // the bias, stored after the layer's weights
                for (int i = 0; i < inputs; i++) {
                    z += w[i * hidden + j] * x[i];
                }
                assertEquals(Double.doubleToRawLongBits(StrictMath.tanh(z)),
                        Double.doubleToRawLongBits(ws.activations[0][j]), "item " + item + ", unit " + j);
            }
        }
    }

    /** Item workspaces keep an item's numbers, with the thread's scratch: the same bits as a full workspace. */
    @Test
    void itemWorkspacesBackPropagateLikeFullOnes() {
        Network net = Network.create(Architecture.classifier(Activation.TANH, 37, 40, 3), WeightInit.auto(), 5);
        double[] x = new double[37];
        for (int i = 0; i < x.length; i += 2) {
            x[i] = 0.1 * i - 1;
        }
        double[] t = {0, 1, 0};
        Workspace full = net.newWorkspace();
        Workspace item = net.newItemWorkspace();
        double lossFull = net.backpropagate(x, 0, t, 0, full);
        double lossItem = net.backpropagate(x, 0, t, 0, item, net.newWorkspace());
        assertEquals(lossFull, lossItem);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(full.activations[l], item.activations[l]);
            assertArrayEquals(full.deltas[l], item.deltas[l]);
        }
        assertRejected(() -> net.forward(x, 0, item), "item workspace", "scratch");
        assertRejected(() -> net.backpropagate(x, 0, t, 0, full, item), "item workspace", "scratch");
    }
}
