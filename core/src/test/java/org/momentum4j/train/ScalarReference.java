package org.momentum4j.train;

import java.util.List;
import java.util.stream.Collectors;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.VectorSupport;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;

/**
 * Trains the networks of {@link VectorPathVectorTest} and prints their parameters' bits, one line per case
 * after a first line with {@link VectorSupport#enabled()}. The test runs it in a JVM without the Vector API
 * module, so that its output is the plain loops' result, and compares it with its own, on the SIMD kernels.
 */
public final class ScalarReference {
    private ScalarReference() {
    }

    /** Wide enough that every layer takes the SIMD kernels, and not multiples of the lanes (tails). */
    static final Architecture ARCHITECTURE = Architecture.of(6, Loss.CROSS_ENTROPY, LayerSpec.of(37, Activation.TANH),
            LayerSpec.of(18, Activation.RELU), LayerSpec.of(3, Activation.SOFTMAX));

    static final Dataset DATA = TrainingFixtures.randomClassification(140, 6, 3, 4, 0.3);

    /**
     * Online (the fused path) and mini-batch for every rule: batches of 8 (one chunk of the first layer's
     * slices) and of 70 (two chunks, the second continuing the first's sums).
     */
    static List<String> cases() {
        List<String> cases = FusedOnlineTest.rules()
                .flatMap(rule -> List.of(run(rule, 1), run(rule, 8), run(rule, 70)).stream())
                .collect(Collectors.toList());
        cases.add(gradients());
        return cases;
    }

    /** {@link Network#gradient} (the generic online path's), written for item 0 then accumulated over all. */
    private static String gradients() {
        Network net = Network.create(ARCHITECTURE, WeightInit.auto(), 11);
        Workspace ws = net.newWorkspace();
        double[] grad = new double[net.parameterCount()];
        int f = DATA.featureCount();
        int t = DATA.targetCount();
        double loss = 0;
        for (int item = 0; item < DATA.rows(); item++) {
            loss += net.gradient(DATA.features(), item * f, DATA.targets(), item * t, ws, grad, item > 0);
        }
        StringBuilder line = new StringBuilder("gradient:").append(Long.toHexString(Double.doubleToRawLongBits(loss)));
        for (double g : grad) {
            line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(g)));
        }
        return line.toString();
    }

    private static String run(Optimizer rule, int batch) {
        Network net = Network.create(ARCHITECTURE, WeightInit.auto(), 7);
        TrainingResult result = new Trainer(rule, new TrainingConfig(3, batch, 5)).fit(net, DATA);
        StringBuilder line = new StringBuilder(rule.describe()).append(" batch ").append(batch).append(':')
                .append(Long.toHexString(Double.doubleToRawLongBits(result.last().trainingLoss())));
        for (double p : net.parameters()) {
            line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(p)));
        }
        return line.toString();
    }

    public static void main(String[] args) {
        System.out.println("vector " + VectorSupport.enabled());
        cases().forEach(System.out::println);
    }
}
