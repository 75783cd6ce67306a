package org.momentum4j.train;

import org.momentum4j.nn.FloatKernels;
import org.momentum4j.nn.FloatRowUpdate;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.optim.Sgd;

/**
 * An update rule in single precision: the float counterpart of the rules' {@code stepRow}, same formulas,
 * every operation rounded to float (see {@link FloatKernels} for them). Its buffer and settings are float
 * copies of the {@link OptimizerState}'s, taken by {@link #begin} at the start of an epoch (the learning
 * rate and momentum a schedule set, rounded to float; the buffer, exactly when it came from floats) and
 * written back exactly by {@link #end}, so checkpoints, schedules and divergence roll-backs act on the
 * {@code OptimizerState} as in double precision.
 */
final class FloatRule implements FloatRowUpdate {
    private enum Kind { SGD, ARTICLE, HEAVY_BALL, HEAVY_BALL_OUT, NESTEROV, NESTEROV_OUT }

    private final Kind kind;
    private final FloatKernels kernels;
    private final float[] buffer;
    private final float weightDecay;
    private final float keep;
    private float lr;
    private float mu;
    private long steps;

    private FloatRule(Kind kind, FloatKernels kernels, int parameterCount, double weightDecay, double dampening) {
        this.kind = kind;
        this.kernels = kernels;
        this.buffer = new float[kind == Kind.SGD ? 0 : parameterCount];
        this.weightDecay = (float) weightDecay;
        this.keep = (float) (1.0 - dampening);
    }

    /** Whether single precision has a kernel for {@code optimizer}. */
    static boolean supports(Optimizer optimizer) {
        return optimizer instanceof Sgd || optimizer instanceof ArticleMomentum || optimizer instanceof HeavyBall
                || optimizer instanceof Nesterov;
    }

    /**
     * The float rule for {@code optimizer}.
     *
     * @throws IllegalArgumentException if it is not one of the rules {@link #supports} names
     */
    static FloatRule of(Optimizer optimizer, FloatKernels kernels, int parameterCount) {
        if (optimizer instanceof Sgd s) {
            return new FloatRule(Kind.SGD, kernels, parameterCount, s.weightDecay(), 0);
        }
        if (optimizer instanceof ArticleMomentum a) {
            return new FloatRule(Kind.ARTICLE, kernels, parameterCount, a.weightDecay(), 0);
        }
        if (optimizer instanceof HeavyBall h) {
            return new FloatRule(h.form() == MomentumForm.LR_INSIDE ? Kind.HEAVY_BALL : Kind.HEAVY_BALL_OUT, kernels,
                    parameterCount, h.weightDecay(), h.dampening());
        }
        if (optimizer instanceof Nesterov n) {
            return new FloatRule(n.form() == MomentumForm.LR_INSIDE ? Kind.NESTEROV : Kind.NESTEROV_OUT, kernels,
                    parameterCount, n.weightDecay(), 0);
        }
        throw new IllegalArgumentException("float precision supports " + Precision.FLOAT_SUPPORTS + "; got "
                + optimizer.describe());
    }

    /** Takes the state's current settings, buffer and step count (start of an epoch). */
    void begin(OptimizerState state) {
        lr = (float) state.learningRate();
        mu = (float) state.momentum();
        steps = state.steps();
        if (buffer.length > 0) {
            double[] b = state.buffer(0);
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = (float) b[i];
            }
        }
    }

    /** Writes the buffer and step count back into the state, exactly (end of an epoch). */
    void end(OptimizerState state) {
        if (buffer.length > 0) {
            double[] b = state.buffer(0);
            for (int i = 0; i < buffer.length; i++) {
                b[i] = buffer[i];
            }
        }
        state.setSteps(steps);
    }

    /** Ends one step (one item). */
    void finishStep() {
        steps++;
    }

    @Override
    public void apply(float[] w, int off, float x, float[] d, int n) {
        float wd = weightDecay;
        switch (kind) {
            case SGD -> kernels.sgd(w, off, x, d, n, lr, wd);
            case ARTICLE -> kernels.article(w, buffer, off, x, d, n, lr, mu, wd);
            case HEAVY_BALL -> kernels.heavyBall(w, buffer, off, x, d, n, lr, mu, wd);
            case HEAVY_BALL_OUT -> {
                if (steps == 0) {
                    kernels.heavyBallFirst(w, buffer, off, x, d, n, lr, wd);
                } else {
                    kernels.heavyBallOut(w, buffer, off, x, d, n, lr, mu, keep, wd);
                }
            }
            case NESTEROV -> kernels.nesterov(w, buffer, off, x, d, n, lr, mu, wd);
            case NESTEROV_OUT -> kernels.nesterovOut(w, buffer, off, x, d, n, lr, mu, wd, steps == 0);
            default -> throw new AssertionError(kind);
        }
    }
}
