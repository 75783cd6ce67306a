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
 *
 * <p>One small subclass per rule and form, each calling its own kernels: with one method dispatching to every
 * kernel, a JVM that has run several rules (as a test suite does) inlines them all into it until the JIT's
 * budget runs out, and the Vector API kernels left out then allocate their vectors on the heap.
 */
abstract class FloatRule implements FloatRowUpdate {
    final FloatKernels kernels;
    final float[] buffer;
    final float weightDecay;
    float lr;
    float mu;
    long steps;

    private FloatRule(FloatKernels kernels, int bufferLength, double weightDecay) {
        this.kernels = kernels;
        this.buffer = new float[bufferLength];
        this.weightDecay = (float) weightDecay;
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
            return new SgdRule(kernels, s.weightDecay());
        }
        if (optimizer instanceof ArticleMomentum a) {
            return new ArticleRule(kernels, parameterCount, a.weightDecay());
        }
        if (optimizer instanceof HeavyBall h) {
            return h.form() == MomentumForm.LR_INSIDE ? new HeavyBallRule(kernels, parameterCount, h.weightDecay())
                    : new HeavyBallOutRule(kernels, parameterCount, h.weightDecay(), h.dampening());
        }
        if (optimizer instanceof Nesterov n) {
            return n.form() == MomentumForm.LR_INSIDE ? new NesterovRule(kernels, parameterCount, n.weightDecay())
                    : new NesterovOutRule(kernels, parameterCount, n.weightDecay());
        }
        throw new IllegalArgumentException("float precision supports " + Precision.FLOAT_SUPPORTS + "; got "
                + optimizer.describe());
    }

    /** Takes the state's current settings, buffer and step count (start of an epoch). */
    final void begin(OptimizerState state) {
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
    final void end(OptimizerState state) {
        if (buffer.length > 0) {
            double[] b = state.buffer(0);
            for (int i = 0; i < buffer.length; i++) {
                b[i] = buffer[i];
            }
        }
        state.setSteps(steps);
    }

    /**
     * Updates all of {@code w} from the whole gradient {@code g} (the generic path): the row kernel over
     * the whole array with {@code x = 1}, whose {@code 1 * g} is {@code g} exactly.
     */
    final void step(float[] w, float[] g) {
        apply(w, 0, 1f, g, w.length);
    }

    /** Ends one step (one item). */
    final void finishStep() {
        steps++;
    }

    private static final class SgdRule extends FloatRule {
        SgdRule(FloatKernels kernels, double weightDecay) {
            super(kernels, 0, weightDecay);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            kernels.sgd(w, off, x, d, n, lr, weightDecay);
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            kernels.sgdRows(w, off, xs, xOff, rows, d, n, lr, weightDecay);
        }
    }

    private static final class ArticleRule extends FloatRule {
        ArticleRule(FloatKernels kernels, int parameterCount, double weightDecay) {
            super(kernels, parameterCount, weightDecay);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            kernels.article(w, buffer, off, x, d, n, lr, mu, weightDecay);
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            kernels.articleRows(w, buffer, off, xs, xOff, rows, d, n, lr, mu, weightDecay);
        }
    }

    private static final class HeavyBallRule extends FloatRule {
        HeavyBallRule(FloatKernels kernels, int parameterCount, double weightDecay) {
            super(kernels, parameterCount, weightDecay);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            kernels.heavyBall(w, buffer, off, x, d, n, lr, mu, weightDecay);
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            kernels.heavyBallRows(w, buffer, off, xs, xOff, rows, d, n, lr, mu, weightDecay);
        }
    }

    private static final class HeavyBallOutRule extends FloatRule {
        private final float keep;

        HeavyBallOutRule(FloatKernels kernels, int parameterCount, double weightDecay, double dampening) {
            super(kernels, parameterCount, weightDecay);
            this.keep = (float) (1.0 - dampening);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            if (steps == 0) {
                kernels.heavyBallFirst(w, buffer, off, x, d, n, lr, weightDecay);
            } else {
                kernels.heavyBallOut(w, buffer, off, x, d, n, lr, mu, keep, weightDecay);
            }
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            if (steps == 0) {
                super.applyRows(w, off, xs, xOff, rows, d, n);
            } else {
                kernels.heavyBallOutRows(w, buffer, off, xs, xOff, rows, d, n, lr, mu, keep, weightDecay);
            }
        }
    }

    private static final class NesterovRule extends FloatRule {
        NesterovRule(FloatKernels kernels, int parameterCount, double weightDecay) {
            super(kernels, parameterCount, weightDecay);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            kernels.nesterov(w, buffer, off, x, d, n, lr, mu, weightDecay);
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            kernels.nesterovRows(w, buffer, off, xs, xOff, rows, d, n, lr, mu, weightDecay);
        }
    }

    private static final class NesterovOutRule extends FloatRule {
        NesterovOutRule(FloatKernels kernels, int parameterCount, double weightDecay) {
            super(kernels, parameterCount, weightDecay);
        }

        @Override
        public void apply(float[] w, int off, float x, float[] d, int n) {
            kernels.nesterovOut(w, buffer, off, x, d, n, lr, mu, weightDecay, steps == 0);
        }

        @Override
        public void applyRows(float[] w, int off, float[] xs, int xOff, int rows, float[] d, int n) {
            kernels.nesterovOutRows(w, buffer, off, xs, xOff, rows, d, n, lr, mu, weightDecay, steps == 0);
        }
    }
}
