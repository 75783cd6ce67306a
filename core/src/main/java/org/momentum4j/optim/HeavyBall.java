package org.momentum4j.optim;

import java.util.Objects;
import org.momentum4j.nn.SimdKernels;
import org.momentum4j.nn.VectorSupport;

/**
 * Classical (Polyak heavy-ball) momentum, in either {@link MomentumForm}:
 * <pre>
 *   LR_INSIDE  (Sutskever, Keras):  v = mu * v - lr * g;                    w += v
 *   LR_OUTSIDE (PyTorch):           b = g on the first step, else
 *                                   b = mu * b + (1 - dampening) * g;       w -= lr * b
 * </pre>
 * The velocity accumulates every past step with weights {@code mu^k}, so for a small, constant learning
 * rate it behaves like plain SGD with learning rate {@code lr / (1 - mu)}.
 *
 * <p>State: one buffer ({@code v} or {@code b}). Weight decay, if any, is added to {@code g} first.
 *
 * @param learningRate finite, &gt; 0
 * @param momentum     in [0, 1)
 * @param dampening    in [0, 1]; only with {@link MomentumForm#LR_OUTSIDE}, as in PyTorch
 * @param form         where the learning rate sits
 * @param weightDecay  L2 coefficient, &gt;= 0
 */
public record HeavyBall(double learningRate, double momentum, double dampening, MomentumForm form,
                        double weightDecay) implements ElementwiseOptimizer {
    public HeavyBall {
        Objects.requireNonNull(form, "form");
        Check.learningRate(learningRate);
        Check.momentum(momentum);
        Check.dampening(dampening);
        Check.weightDecay(weightDecay);
        if (dampening != 0 && form == MomentumForm.LR_INSIDE) {
            throw new IllegalArgumentException("dampening belongs to the lr-outside (PyTorch) form; with lr-inside"
                    + " it must be 0, got " + dampening);
        }
    }

    /** Learning rate inside the velocity, no dampening, no weight decay. */
    public HeavyBall(double learningRate, double momentum) {
        this(learningRate, momentum, 0.0, MomentumForm.LR_INSIDE, 0.0);
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
                double vi = mu * v[i] - lr * g[i];
                v[i] = vi;
                w[i] += vi;
            }
        } else if (state.steps() == 0) {
            for (int i = from; i < to; i++) {
                v[i] = g[i];
                w[i] -= lr * g[i];
            }
        } else {
            double keep = 1.0 - dampening;
            for (int i = from; i < to; i++) {
                double bi = mu * v[i] + keep * g[i];
                v[i] = bi;
                w[i] -= lr * bi;
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
                double vi = mu * v[off + j] - lr * g;
                v[off + j] = vi;
                w[off + j] += vi;
            }
        } else if (state.steps() == 0) {
            for (int j = 0; j < n; j++) {
                double g = x * d[j];
                if (wd != 0) {
                    g += wd * w[off + j];
                }
                v[off + j] = g;
                w[off + j] -= lr * g;
            }
        } else {
            double keep = 1.0 - dampening;
            for (int j = 0; j < n; j++) {
                double g = x * d[j];
                if (wd != 0) {
                    g += wd * w[off + j];
                }
                double bi = mu * v[off + j] + keep * g;
                v[off + j] = bi;
                w[off + j] -= lr * bi;
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
                simd.heavyBallInside(w, state.buffer(0), off, xs, xOff, rows, d, n, state.learningRate(),
                        state.momentum());
                return;
            }
            if (state.steps() > 0) {
                simd.heavyBallOutside(w, state.buffer(0), off, xs, xOff, rows, d, n, state.learningRate(),
                        state.momentum(), 1.0 - dampening);
                return;
            }
        }
        ElementwiseOptimizer.super.stepRows(w, off, xs, xOff, rows, d, n, state);
    }

    /**
     * {@link #stepRow} fused with the dot product back-propagation needs, for the lr-inside form (W1's: ~3%
     * faster than the two passes); the other form takes the default, a dot product then {@link #stepRow}.
     */
    @Override
    public double dotThenStepRow(double[] w, int off, double x, double[] d, int n, OptimizerState state) {
        if (form != MomentumForm.LR_INSIDE) {
            return ElementwiseOptimizer.super.dotThenStepRow(w, off, x, d, n, state);
        }
        double lr = state.learningRate();
        double mu = state.momentum();
        double wd = weightDecay;
        double[] v = state.buffer(0);
        double s = 0;
        for (int j = 0; j < n; j++) {
            double wj = w[off + j];
            s += wj * d[j];
            double g = x * d[j];
            if (wd != 0) {
                g += wd * wj;
            }
            double vi = mu * v[off + j] - lr * g;
            v[off + j] = vi;
            w[off + j] = wj + vi;
        }
        return s;
    }

    @Override
    public String describe() {
        return "momentum lr=" + Check.number(learningRate) + " momentum=" + Check.number(momentum)
                + (form == MomentumForm.LR_INSIDE ? "" : " form=" + form.id())
                + (dampening == 0 ? "" : " dampening=" + Check.number(dampening))
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
