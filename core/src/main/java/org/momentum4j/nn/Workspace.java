package org.momentum4j.nn;

/**
 * Scratch buffers for one forward and backward pass: each layer's outputs and deltas, and the pass's
 * scratch rows. Created once per thread by {@link Network#newWorkspace()} and reused for every item, so the
 * training loop allocates nothing. Not thread-safe: give each thread its own. An
 * {@link Network#newItemWorkspace() item workspace} holds the outputs and deltas only (its scratch fields
 * are {@code null}), for mini-batches that keep every item's.
 */
public final class Workspace {
    final double[][] activations;
    final double[][] deltas;
    /** A row of weights or gradients copied to offset 0, where the JIT can vectorise loops over it. */
    final double[] row;
    /** Three more rows, for the forward pass's four rows at a time. */
    final double[] row1;
    final double[] row2;
    final double[] row3;
    /** Scratch for a layer's activation function computed in passes ({@link ReproducibleMath#tanh(double[], int, Workspace)}). */
    final double[] reduced;
    final double[] remainder;
    final int[] exponent;
    /** Which of a wide layer's inputs are nonzero: the forward pass skips the others. */
    final int[] nonzero;
    /** For {@link Network#sumGradient}: one input of every item, and the items' deltas; grown to the chunk. */
    double[] column = new double[0];
    double[][] deltaRows = new double[0][];

    Workspace(Architecture architecture, boolean scratch) {
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
        row = scratch ? new double[widest] : null;
        row1 = scratch ? new double[widest] : null;
        row2 = scratch ? new double[widest] : null;
        row3 = scratch ? new double[widest] : null;
        reduced = scratch ? new double[widest] : null;
        remainder = scratch ? new double[widest] : null;
        exponent = scratch ? new int[widest] : null;
        nonzero = scratch ? new int[fanIn] : null;
    }

    /** The output layer's values after the last forward pass (live; overwritten by the next pass). */
    public double[] output() {
        return activations[activations.length - 1];
    }
}
