package org.momentum4j.optim;

import org.momentum4j.nn.SimdKernels;
import org.momentum4j.nn.VectorSupport;

/**
 * Plain stochastic gradient descent: {@code w -= lr * (g + weightDecay * w)}.
 *
 * @param learningRate finite, &gt; 0
 * @param weightDecay  L2 coefficient added to the gradient, &gt;= 0
 */
public record Sgd(double learningRate, double weightDecay) implements ElementwiseOptimizer {
    public Sgd {
        Check.learningRate(learningRate);
        Check.weightDecay(weightDecay);
    }

    /** Without weight decay. */
    public Sgd(double learningRate) {
        this(learningRate, 0.0);
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(0, parameterCount, learningRate, 0.0);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        Check.addWeightDecay(w, g, weightDecay, from, to);
        double lr = state.learningRate();
        for (int i = from; i < to; i++) {
            w[i] -= lr * g[i];
        }
    }

    @Override
    public boolean hasRowStep() {
        return true;
    }

    /** {@link #step} for the gradient row {@code x * d[j]} (the fused online kernel). */
    @Override
    public void stepRow(double[] w, int off, double x, double[] d, int n, OptimizerState state) {
        double lr = state.learningRate();
        double wd = weightDecay;
        for (int j = 0; j < n; j++) {
            double g = x * d[j];
            if (wd != 0) {
                g += wd * w[off + j];
            }
            w[off + j] -= lr * g;
        }
    }

    /** {@link #stepRow} over a block of rows; SIMD kernels when the fast path is on (same bits). */
    @Override
    public void stepRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n,
                         OptimizerState state) {
        SimdKernels simd = VectorSupport.kernels();
        if (simd != null && n >= SimdKernels.MIN_ROW && weightDecay == 0) {
            simd.sgd(w, off, xs, xOff, rows, d, n, state.learningRate());
            return;
        }
        ElementwiseOptimizer.super.stepRows(w, off, xs, xOff, rows, d, n, state);
    }

    @Override
    public String describe() {
        return "sgd lr=" + Check.number(learningRate) + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
