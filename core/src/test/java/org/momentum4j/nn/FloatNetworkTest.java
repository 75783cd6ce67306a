package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float forward pass against its definition, unit by unit. */
class FloatNetworkTest {
    /**
     * A tanh layer's outputs are {@code (float) tanh((double) z)} of the float sums {@code z} (bias, then the
     * inputs in order), bit for bit, with tanh the reproducible double one (equal to {@code StrictMath.tanh}),
     * on a narrow layer and on a wide one, on sums spread over every branch of fdlibm's tanh.
     */
    @Test
    void tanhUnitsAreTheFloatOfTheDoubleTanhOfTheFloatSums() {
        for (int hidden : new int[] {7, 40}) {
            int inputs = 6;
            Architecture arch = Architecture.classifier(Activation.TANH, inputs, hidden, 3);
            Network source = Network.create(arch, WeightInit.auto(), 3);
            double[] init = source.parameters();
            Random random = new Random(hidden);
            for (int i = 0; i < init.length; i++) {
                init[i] *= 1 + 20 * random.nextDouble(); // sums from tiny to beyond 22 in magnitude
            }
            FloatNetwork net = new FloatNetwork(arch, FloatKernels.preferred(hidden));
            net.load(init);
            float[] w = net.parameters();
            FloatWorkspace ws = net.newWorkspace();
            for (int item = 0; item < 50; item++) {
                float[] x = new float[inputs];
                for (int i = 0; i < inputs; i++) {
                    x[i] = (float) (random.nextGaussian() * (item % 5));
                }
                net.forward(x, 0, ws);
                int bias = arch.biasOffset(0);
                for (int j = 0; j < hidden; j++) {
                    float z = w[bias + j];
                    for (int i = 0; i < inputs; i++) {
                        z += w[i * hidden + j] * x[i];
                    }
                    assertEquals(Float.floatToRawIntBits((float) StrictMath.tanh(z)),
                            Float.floatToRawIntBits(ws.activations[0][j]), "hidden " + hidden + ", unit " + j);
                }
            }
        }
    }
}
