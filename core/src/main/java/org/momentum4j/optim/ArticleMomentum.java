package org.momentum4j.optim;

import org.momentum4j.nn.SimdKernels;
import org.momentum4j.nn.VectorSupport;

/**
 * The momentum rule of the article this project starts from:
 * <pre>
 *   d    = lr * g
 *   w   -= d + mu * prev
 *   prev = d
 * </pre>
 * Unlike heavy-ball momentum, {@code prev} keeps only the plain gradient step {@code lr * g}, not the whole
 * previous update, so momentum reaches back one step and no further. For a small, constant learning rate
 * it behaves like plain SGD with learning rate {@code lr * (1 + mu)}, not {@code lr / (1 - mu)}.
 *
 * <p>The article writes the update as {@code w += lr * grad + mu * prevDelta} with {@code grad} the
 * <em>negative</em> gradient; this class takes {@code g = dL/dw}, so its {@code prev} has the opposite sign.
 * Its worked example: w = 3.56, lr = 0.01, grad = 2.70, mu = 0.50, prevDelta = 0.044 gives w = 3.609.
 *
 * <p>State: one buffer, {@code prev}. Weight decay, if any, is added to {@code g} first.
 *
 * @param learningRate finite, &gt; 0
 * @param momentum     in [0, 1)
 * @param weightDecay  L2 coefficient, &gt;= 0
 */
public record ArticleMomentum(double learningRate, double momentum, double weightDecay) implements ElementwiseOptimizer {
    public ArticleMomentum {
        Check.learningRate(learningRate);
        Check.momentum(momentum);
        Check.weightDecay(weightDecay);
    }

    /** Without weight decay. */
    public ArticleMomentum(double learningRate, double momentum) {
        this(learningRate, momentum, 0.0);
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(1, parameterCount, learningRate, momentum);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        Check.addWeightDecay(w, g, weightDecay, from, to);
        double lr = state.learningRate();
        double mu = state.momentum();
        double[] prev = state.buffer(0);
        for (int i = from; i < to; i++) {
            double d = lr * g[i];
            w[i] -= d + mu * prev[i];
            prev[i] = d;
        }
    }

    @Override
    public boolean hasMomentum() {
        return true;
    }

    @Override
    public boolean hasRowStep() {
        return true;
    }

    /** {@link #step} for the gradient row {@code x * d[j]} (the fused online kernel). */
    @Override
    public void stepRow(double[] w, int off, double x, double[] d, int n, OptimizerState state) {
        double lr = state.learningRate();
        double mu = state.momentum();
        double wd = weightDecay;
        double[] prev = state.buffer(0);
        for (int j = 0; j < n; j++) {
            double g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            double dl = lr * g;
            w[off + j] -= dl + mu * prev[off + j];
            prev[off + j] = dl;
        }
    }

    /** {@link #stepRow} over a block of rows; SIMD kernels when the fast path is on (same bits). */
    @Override
    public void stepRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n,
                         OptimizerState state) {
        SimdKernels simd = VectorSupport.kernels();
        if (simd != null && n >= SimdKernels.MIN_ROW && weightDecay == 0) {
            simd.article(w, state.buffer(0), off, xs, xOff, rows, d, n, state.learningRate(), state.momentum());
            return;
        }
        ElementwiseOptimizer.super.stepRows(w, off, xs, xOff, rows, d, n, state);
    }

    @Override
    public String describe() {
        return "article lr=" + Check.number(learningRate) + " momentum=" + Check.number(momentum)
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
