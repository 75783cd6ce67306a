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

    static final Dataset DATA = TrainingFixtures.randomClassification(60, 6, 3, 4);

    /** Online (the fused path) and mini-batch (gradient, then step) for every rule. */
    static List<String> cases() {
        return FusedOnlineTest.rules().flatMap(rule -> List.of(run(rule, 1), run(rule, 8)).stream())
                .collect(Collectors.toList());
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
