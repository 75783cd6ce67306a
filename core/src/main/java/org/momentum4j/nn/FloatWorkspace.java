package org.momentum4j.nn;

/**
 * {@link Workspace} in single precision: each layer's outputs and deltas for one item, created once per
 * thread by {@link FloatNetwork#newWorkspace()} and reused, so the float training loop allocates nothing.
 * Not thread-safe.
 */
public final class FloatWorkspace {
    final float[][] activations;
    final float[][] deltas;
    /** Softmax's exponentials, kept in double until the final division (see {@link FloatNetwork}). */
    final double[] exponentials;
    /** A layer's sums widened to double for tanh in passes, and that computation's scratch. */
    final double[] wide;
    final double[] reduced;
    final double[] remainder;
    final int[] exponent;

    FloatWorkspace(Architecture architecture) {
        int depth = architecture.depth();
        activations = new float[depth][];
        deltas = new float[depth][];
        int widest = 0;
        for (int l = 0; l < depth; l++) {
            int units = architecture.layers().get(l).units();
            activations[l] = new float[units];
            deltas[l] = new float[units];
            widest = Math.max(widest, units);
        }
        exponentials = new double[architecture.outputs()];
        wide = new double[widest];
        reduced = new double[widest];
        remainder = new double[widest];
        exponent = new int[widest];
    }

    /** The output layer's values after the last forward pass (live; overwritten by the next pass). */
    public float[] output() {
        return activations[activations.length - 1];
    }
}
