package org.momentum4j.nn;

import java.util.random.RandomGenerator;

/**
 * How a new network's weights and biases are drawn. Draws go layer by layer, weights in storage order
 * (input-major), from the generator passed in, so a seed fixes the result.
 *
 * <ul>
 *   <li>{@link GlorotUniform}: {@code w ~ U(-r, r)}, {@code r = sqrt(6 / (fanIn + fanOut))}; biases 0.
 *       Suits tanh, sigmoid, softmax and identity (Glorot and Bengio, 2010).</li>
 *   <li>{@link HeUniform}: {@code w ~ U(-r, r)}, {@code r = sqrt(6 / fanIn)}; biases 0. Suits ReLU (He et al., 2015).</li>
 *   <li>{@link Uniform}: weights and biases {@code ~ U(low, high)}, the article's style, e.g. [-0.01, 0.01].</li>
 *   <li>{@link Auto}: He for ReLU layers, Glorot for the others.</li>
 * </ul>
 */
public sealed interface WeightInit {

    /** Fills {@code params} (laid out as {@link Architecture} describes) with fresh values. */
    void initialise(Architecture architecture, double[] params, RandomGenerator random);

    /** The default: He for ReLU layers, Glorot for all others. */
    static WeightInit auto() {
        return new Auto();
    }

    /** Weights and biases uniform in {@code [low, high)}. */
    static WeightInit uniform(double low, double high) {
        return new Uniform(low, high);
    }

    /** Parses {@code auto}, {@code glorot}, {@code he}, or {@code uniform:LOW:HIGH} / {@code uniform:R} (for [-R, R]). */
    static WeightInit parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("auto")) {
            return new Auto();
        }
        if (t.equals("glorot") || t.equals("xavier")) {
            return new GlorotUniform();
        }
        if (t.equals("he")) {
            return new HeUniform();
        }
        if (t.startsWith("uniform:")) {
            String[] parts = t.substring("uniform:".length()).split(":");
            try {
                if (parts.length == 1) {
                    double r = Double.parseDouble(parts[0]);
                    return new Uniform(-r, r);
                }
                if (parts.length == 2) {
                    return new Uniform(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("unknown weight initialisation '" + text
                + "': expected auto, glorot, he, uniform:R or uniform:LOW:HIGH");
    }

    /** Glorot/Xavier uniform. */
    record GlorotUniform() implements WeightInit {
        @Override
        public void initialise(Architecture architecture, double[] params, RandomGenerator random) {
            for (int l = 0; l < architecture.depth(); l++) {
                int in = architecture.inputsOf(l);
                int out = architecture.layers().get(l).units();
                fillLayer(architecture, l, params, random, Math.sqrt(6.0 / (in + out)));
            }
        }

        @Override
        public String toString() {
            return "glorot";
        }
    }

    /** He (Kaiming) uniform. */
    record HeUniform() implements WeightInit {
        @Override
        public void initialise(Architecture architecture, double[] params, RandomGenerator random) {
            for (int l = 0; l < architecture.depth(); l++) {
                fillLayer(architecture, l, params, random, Math.sqrt(6.0 / architecture.inputsOf(l)));
            }
        }

        @Override
        public String toString() {
            return "he";
        }
    }

    /** He for ReLU layers, Glorot for the rest. */
    record Auto() implements WeightInit {
        @Override
        public void initialise(Architecture architecture, double[] params, RandomGenerator random) {
            for (int l = 0; l < architecture.depth(); l++) {
                int in = architecture.inputsOf(l);
                int out = architecture.layers().get(l).units();
                boolean relu = architecture.layers().get(l).activation() == Activation.RELU;
                fillLayer(architecture, l, params, random, Math.sqrt(6.0 / (relu ? in : in + out)));
            }
        }

        @Override
        public String toString() {
            return "auto";
        }
    }

    /**
     * Every weight and bias uniform in {@code [low, high)}.
     *
     * @param low  lower bound, finite
     * @param high upper bound, finite and greater than {@code low}
     */
    record Uniform(double low, double high) implements WeightInit {
        public Uniform {
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
                throw new IllegalArgumentException("uniform initialisation needs finite low < high, got ["
                        + low + ", " + high + "]");
            }
        }

        @Override
        public void initialise(Architecture architecture, double[] params, RandomGenerator random) {
            for (int i = 0; i < architecture.parameterCount(); i++) {
                params[i] = low + (high - low) * random.nextDouble();
            }
        }

        @Override
        public String toString() {
            return "uniform:" + low + ":" + high;
        }
    }

    private static void fillLayer(Architecture architecture, int l, double[] params, RandomGenerator random,
                                  double range) {
        int from = architecture.weightOffset(l);
        int bias = architecture.biasOffset(l);
        for (int i = from; i < bias; i++) {
            params[i] = range * (2.0 * random.nextDouble() - 1.0);
        }
        for (int i = bias; i < architecture.weightOffset(l + 1); i++) {
            params[i] = 0.0;
        }
    }
}
