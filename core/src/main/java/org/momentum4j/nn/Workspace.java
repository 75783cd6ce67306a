package org.momentum4j.nn;

/**
 * Scratch buffers for one forward and backward pass: each layer's outputs and deltas. Created once per
 * thread by {@link Network#newWorkspace()} and reused for every item, so the training loop allocates
 * nothing. Not thread-safe: give each thread its own.
 */
public final class Workspace {
    final double[][] activations;
    final double[][] deltas;
    /** A row of weights or gradients copied to offset 0, where the JIT can vectorise loops over it. */
    final double[] row;
    /** Scratch for a layer's activation function computed in passes ({@link ReproducibleMath#tanh(double[], int, Workspace)}). */
    final double[] reduced;
    final double[] remainder;
    final int[] exponent;
    /** Which of a layer's inputs are nonzero, for {@link SimdKernels#sparseSums}. */
    final int[] nonzero;
    /** For {@link Network#sumGradient}: one input of every item, and the items' deltas; grown to the chunk. */
    double[] column = new double[0];
    double[][] deltaRows = new double[0][];

    Workspace(Architecture architecture) {
        int depth = architecture.depth();
        activations = new double[depth][];
        deltas = new double[depth][];
        int widest = 0;
        int fanIn = 0;
        for (int l = 0; l < depth; l++) {
            fanIn = Math.max(fanIn, architecture.inputsOf(l));
            int units = architecture.layers().get(l).units();
            activations[l] = new double[units];
            deltas[l] = new double[units];
            widest = Math.max(widest, units);
        }
        row = new double[widest];
        reduced = new double[widest];
        remainder = new double[widest];
        exponent = new int[widest];
        nonzero = VectorSupport.enabled() ? new int[fanIn] : null; // only the SIMD kernels list them
    }

    /** The output layer's values after the last forward pass (live; overwritten by the next pass). */
    public double[] output() {
        return activations[activations.length - 1];
    }
}
