package org.momentum4j.nn;

/**
 * {@link RowUpdate} in single precision: receives the gradient of one item row by row during
 * {@link FloatNetwork#trainItem}. A call stands for {@code dL/dw[off + j] = x * d[j]} for {@code j < n}, a
 * weight row ({@code x} the layer input) or a bias row ({@code x == 1}); within one item every parameter is
 * covered by exactly one call, and no call changes {@code d}.
 */
@FunctionalInterface
public interface FloatRowUpdate {
    /** Updates {@code w[off .. off + n)} from the gradient {@code x * d[j]}. */
    void apply(float[] w, int off, float x, float[] d, int n);

    /** {@link #apply} for {@code rows} consecutive rows of {@code n}, row {@code r}'s input {@code xs[xOff + r]}. */
    default void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
        for (int r = 0; r < rows; r++, off += n) {
            apply(w, off, xs[xOff + r], d, n);
        }
    }
}
