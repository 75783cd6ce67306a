package org.momentum4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;

/**
 * Learnable synthetic classification data, the same kind as the reference C loop generates: {@code K}
 * random prototypes in {@code [0, 1]^D}; each item picks a class uniformly and adds independent noise
 * {@code (u1 + u2 + u3 - 1.5) * 2 * noise} (a bell-shaped sum of three uniforms) to every feature of its
 * prototype, clamped to {@code [0, 1]}. With {@code density < 1} a prototype feature is non-zero with that
 * probability (then uniform in {@code [0.5, 1)}), which gives sparse, MNIST-like inputs.
 *
 * <p>Drawn from {@link Network#newRandom} so a seed fixes the data on any JVM.
 */
public final class SyntheticData {
    private SyntheticData() {
    }

    /** The dataset of {@code workload} drawn with {@code seed}. */
    public static Dataset generate(Workload workload, long seed) {
        RandomGenerator random = Network.newRandom(seed);
        int d = workload.inputs();
        int k = workload.classes();
        int n = workload.items();
        double[] proto = new double[k * d];
        for (int i = 0; i < proto.length; i++) {
            if (workload.density() >= 1) {
                proto[i] = random.nextDouble();
            } else {
                proto[i] = random.nextDouble() < workload.density() ? 0.5 + 0.5 * random.nextDouble() : 0.0;
            }
        }
        double[] x = new double[n * d];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            int c = random.nextInt(k);
            labels[r] = c;
            for (int j = 0; j < d; j++) {
                double u = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
                double v = proto[c * d + j] + u * 2 * workload.noise();
                x[r * d + j] = Math.min(1.0, Math.max(0.0, v));
            }
        }
        List<String> features = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            features.add("x" + j);
        }
        List<String> classes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            classes.add("c" + c);
        }
        return Dataset.classification(workload.name(), features, x, labels, classes);
    }
}
