package org.momentum4j.data;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * Learnable synthetic classification data for benchmarks, the same kind as the reference C loop generates:
 * {@code classes} random prototypes in {@code [0, 1]^inputs}; each item picks a class uniformly and adds
 * independent noise {@code (u1 + u2 + u3 - 1.5) * 2 * noise} (a bell-shaped sum of three uniforms) to every
 * feature of its prototype, clamped to {@code [0, 1]}. With {@code density < 1} a prototype feature is
 * non-zero with that probability (then uniform in {@code [0.5, 1)}), which gives sparse, MNIST-like inputs.
 *
 * <p>Drawn from {@link Network#newRandom} so a seed fixes the data on any JVM.
 *
 * @param inputs  features per item, at least 1
 * @param classes classes, at least 2
 * @param items   rows, at least 1
 * @param density fraction of non-zero prototype features, in (0, 1] (1 = dense prototypes in [0, 1))
 * @param noise   scale of the per-feature noise, >= 0
 */
public record SyntheticData(int inputs, int classes, int items, double density, double noise) {

    public SyntheticData {
        if (inputs < 1 || classes < 2 || items < 1) {
            throw new IllegalArgumentException("synthetic data needs inputs >= 1, classes >= 2 and items >= 1, got "
                    + inputs + " inputs, " + classes + " classes, " + items + " items");
        }
        if (!(density > 0 && density <= 1)) {
            throw new IllegalArgumentException("density must be in (0, 1], got " + density);
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
        }
    }

    /** The dataset drawn with {@code seed}, named {@code name}. */
    public Dataset generate(String name, long seed) {
        RandomGenerator random = Network.newRandom(seed);
        int d = inputs;
        int k = classes;
        int n = items;
        double[] proto = new double[k * d];
        for (int i = 0; i < proto.length; i++) {
            if (density >= 1) {
                proto[i] = random.nextDouble();
            } else {
                proto[i] = random.nextDouble() < density ? 0.5 + 0.5 * random.nextDouble() : 0.0;
            }
        }
        double[] x = new double[n * d];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            int c = random.nextInt(k);
            labels[r] = c;
            for (int j = 0; j < d; j++) {
                double u = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
                double v = proto[c * d + j] + u * 2 * noise;
                x[r * d + j] = Math.min(1.0, Math.max(0.0, v));
            }
        }
        List<String> features = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            features.add("x" + j);
        }
        List<String> classNames = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            classNames.add("c" + c);
        }
        return Dataset.classification(name, features, x, labels, classNames);
    }
}
