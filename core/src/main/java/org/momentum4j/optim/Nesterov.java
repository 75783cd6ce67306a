package org.momentum4j.optim;

import java.util.Objects;
import org.momentum4j.nn.SimdKernels;
import org.momentum4j.nn.VectorSupport;

/**
 * Nesterov accelerated gradient (momentum that looks ahead), in either {@link MomentumForm}:
 * <pre>
 *   LR_INSIDE  (Sutskever, Keras):  v = mu * v - lr * g;       w += mu * v - lr * g
 *   LR_OUTSIDE (PyTorch):           b = g on the first step, else b = mu * b + g;
 *                                   w -= lr * (g + mu * b)
 * </pre>
 * Both evaluate the gradient at the current weights and apply the look-ahead algebraically, as the
 * frameworks do. Nesterov has no dampening (PyTorch rejects it too).
 *
 * <p>State: one buffer ({@code v} or {@code b}). Weight decay, if any, is added to {@code g} first.
 *
 * @param learningRate finite, &gt; 0
 * @param momentum     in [0, 1)
 * @param form         where the learning rate sits
 * @param weightDecay  L2 coefficient, &gt;= 0
 */
public record Nesterov(double learningRate, double momentum, MomentumForm form, double weightDecay)
        implements ElementwiseOptimizer {
    public Nesterov {
        Objects.requireNonNull(form, "form");
        Check.learningRate(learningRate);
        Check.momentum(momentum);
        Check.weightDecay(weightDecay);
    }

    /** Learning rate inside the velocity, no weight decay. */
    public Nesterov(double learningRate, double momentum) {
        this(learningRate, momentum, MomentumForm.LR_INSIDE, 0.0);
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
        double[] v = state.buffer(0);
        if (form == MomentumForm.LR_INSIDE) {
            for (int i = from; i < to; i++) {
                double step = lr * g[i];
                double vi = mu * v[i] - step;
                v[i] = vi;
                w[i] += mu * vi - step;
            }
        } else {
            boolean first = state.steps() == 0;
            for (int i = from; i < to; i++) {
                double bi = first ? g[i] : mu * v[i] + g[i];
                v[i] = bi;
                w[i] -= lr * (g[i] + mu * bi);
            }
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
        double[] v = state.buffer(0);
        if (form == MomentumForm.LR_INSIDE) {
            for (int j = 0; j < n; j++) {
                double g = x * d[j];
                if (wd != 0) {
                    g += wd * w[off + j];
                }
                double step = lr * g;
                double vi = mu * v[off + j] - step;
                v[off + j] = vi;
                w[off + j] += mu * vi - step;
            }
        } else {
            boolean first = state.steps() == 0;
            for (int j = 0; j < n; j++) {
                double g = x * d[j];
                if (wd != 0) {
                    g += wd * w[off + j];
                }
                double bi = first ? g : mu * v[off + j] + g;
                v[off + j] = bi;
                w[off + j] -= lr * (g + mu * bi);
            }
        }
    }

    /** {@link #stepRow} over a block of rows; SIMD kernels when the fast path is on (same bits). */
    @Override
    public void stepRows(double[] w, int off, double[] xs, int xOff, int rows, double[] d, int n,
                         OptimizerState state) {
        SimdKernels simd = VectorSupport.kernels();
        if (simd != null && n >= SimdKernels.MIN_ROW && weightDecay == 0) {
            if (form == MomentumForm.LR_INSIDE) {
                simd.nesterovInside(w, state.buffer(0), off, xs, xOff, rows, d, n, state.learningRate(),
                        state.momentum());
                return;
            }
            if (state.steps() > 0) {
                simd.nesterovOutside(w, state.buffer(0), off, xs, xOff, rows, d, n, state.learningRate(),
                        state.momentum());
                return;
            }
        }
        ElementwiseOptimizer.super.stepRows(w, off, xs, xOff, rows, d, n, state);
    }

    @Override
    public String describe() {
        return "nesterov lr=" + Check.number(learningRate) + " momentum=" + Check.number(momentum)
                + (form == MomentumForm.LR_INSIDE ? "" : " form=" + form.id())
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
