package org.momentum4j.optim;

/**
 * An update rule: given the parameters {@code w}, the gradient {@code g = dL/dw} (already averaged over
 * the batch) and the rule's own {@link OptimizerState}, moves {@code w} in place.
 *
 * <p>Implementations are immutable settings records (validated in their constructors); everything that
 * changes during training (velocity buffers, step count, the current learning rate and momentum that a
 * schedule may move) lives in the state object the rule creates with {@link #newState(int)}. One rule
 * instance can therefore drive any number of training runs at once.
 *
 * <p>The rules, and the frameworks each matches:
 * <ul>
 *   <li>{@link Sgd}: {@code w -= lr * g}.</li>
 *   <li>{@link ArticleMomentum}: {@code d = lr * g; w -= d + mu * prev; prev = d} (prev keeps only lr*g).</li>
 *   <li>{@link HeavyBall}: classical momentum, learning rate inside the velocity (Sutskever, Keras, Weka,
 *       Smile) or outside it (PyTorch).</li>
 *   <li>{@link Nesterov}: Nesterov accelerated gradient in the same two forms.</li>
 *   <li>{@link AdaGrad}, {@link RmsProp}, {@link Adam}, {@link AdamW}: rules that scale each parameter's
 *       step by a running measure of its own gradients, as PyTorch documents them.</li>
 *   <li>{@link Rprop}: resilient propagation (iRprop-), full-batch only.</li>
 * </ul>
 * See {@code docs/momentum.md} for how the momentum rules differ and when they coincide, and
 * {@code docs/optimizers.md} for all rules with worked examples.
 */
public interface Optimizer {

    /** The initial learning rate; the state's current value may differ once a schedule moves it. */
    double learningRate();

    /** The initial momentum factor, or 0 for rules without one. */
    default double momentum() {
        return 0.0;
    }

    /** Fresh state (zeroed buffers, step 0, initial learning rate and momentum) for that many parameters. */
    OptimizerState newState(int parameterCount);

    /** Applies one update to {@code w} from gradient {@code g}; {@code g} may be modified (e.g. weight decay). */
    void step(double[] w, double[] g, OptimizerState state);

    /**
     * Whether the rule reads {@link OptimizerState#momentum()} at every step, so that a momentum schedule
     * can move it (for {@link Adam} and {@link AdamW} the momentum is {@code beta1}, as PyTorch's cyclic
     * schedules treat it).
     */
    default boolean hasMomentum() {
        return false;
    }

    /**
     * Whether this rule implements {@link #stepRow}, the fused kernel that online training (one item per
     * step) uses to update the parameters row by row as back-propagation produces the gradient, without
     * writing and re-reading a gradient array. Rules that need the whole gradient at once (e.g. a norm of
     * it) keep the default, {@code false}; training then falls back to {@link #step}.
     */
    default boolean hasRowStep() {
        return false;
    }

    /**
     * Whether the rule is only sound with full-batch training, one step per epoch from the gradient over all
     * items (true for {@link Rprop}, whose step sizes follow the sign of successive whole-dataset gradients).
     * Trainers reject such a rule with online or mini-batch training.
     */
    default boolean requiresFullBatch() {
        return false;
    }

    /**
     * Part of one step: updates {@code w[off .. off + n)} as {@link #step} would for the gradient
     * {@code g[off + j] = x * d[j]}, with the same bits. A step is a series of calls over disjoint ranges
     * that cover every parameter exactly once, then {@link #finishRowStep}. Only called when
     * {@link #hasRowStep()} is true.
     */
    default void stepRow(double[] w, int off, double x, double[] d, int n, OptimizerState state) {
        throw new UnsupportedOperationException(describe() + " has no row kernel; use step()");
    }

    /**
     * {@link #stepRow} for {@code rows} consecutive rows of {@code n} parameters from {@code off}, row
     * {@code r} with {@code x = xs[xOff + r]}: a whole layer's weights in one call, which lets a rule hand
     * the block to a SIMD kernel ({@link org.momentum4j.nn.SimdKernels}). Same bits as the row-by-row calls.
     */
    default void stepRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n,
                          OptimizerState state) {
        for (int r = 0; r < rows; r++, off += n) {
            stepRow(w, off, xs[xOff + r], d, n, state);
        }
    }

    /** Ends a step made of {@link #stepRow} calls, as the end of {@link #step} would (counts the step). */
    default void finishRowStep(OptimizerState state) {
        state.countStep();
    }

    /** A one-line description in the CLI's {@code --try} syntax, e.g. {@code article lr=0.05 momentum=0.75}. */
    String describe();
}
