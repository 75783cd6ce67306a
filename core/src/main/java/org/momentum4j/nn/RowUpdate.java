package org.momentum4j.nn;

/**
 * Receives the gradient of one item row by row during {@link Network#trainItem}, so an update rule can move
 * the parameters without a gradient array being written and read back (the fused online path).
 *
 * <p>A call stands for the gradient {@code dL/dw[off + j] = x * d[j]} for {@code j < n}: a weight row
 * ({@code x} the layer input, {@code d} the layer's delta) or a bias row ({@code x == 1}). Within one item
 * every parameter is covered by exactly one call; no call changes {@code d}.
 */
@FunctionalInterface
public interface RowUpdate {
    /** Updates {@code w[off .. off + n)} from the gradient {@code x * d[j]}. */
    void apply(double[] w, int off, double x, double[] d, int n);

    /**
     * {@link #apply} for {@code rows} consecutive rows from {@code off}, row {@code r} with
     * {@code x = xs[xOff + r]}: a layer's weights in one call.
     */
    default void applyRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n) {
        for (int r = 0; r < rows; r++, off += n) {
            apply(w, off, xs[xOff + r], d, n);
        }
    }
}
