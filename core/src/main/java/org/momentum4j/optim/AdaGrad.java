package org.momentum4j.optim;

import java.util.Arrays;

/**
 * AdaGrad (Duchi, Hazan and Singer, 2011): each parameter's step is divided by the root of the sum of all
 * its squared gradients so far, so parameters that have seen large gradients slow down for good. As
 * PyTorch's {@code torch.optim.Adagrad} documents it (without its {@code lr_decay}):
 * <pre>
 *   g   += weightDecay * w                       (L2, only if weightDecay &gt; 0)
 *   sum += g * g                                  (sum starts at initialAccumulator)
 *   w   -= lr * g / (sqrt(sum) + eps)             (eps outside the root)
 * </pre>
 * The effective learning rate only ever shrinks, which suits sparse or badly scaled features and convex
 * problems, and can stall a long non-convex run; {@link RmsProp} forgets old gradients instead.
 *
 * <p>State: one buffer, {@code sum}, filled with {@code initialAccumulator} at the first step (so a
 * {@link OptimizerState#reset()} starts it afresh). Defaults as in PyTorch: lr 0.01, eps 1e-10,
 * initial accumulator 0.
 *
 * @param learningRate       finite, &gt; 0
 * @param epsilon            added to {@code sqrt(sum)}; finite, &gt; 0
 * @param initialAccumulator starting value of {@code sum}; finite, &gt;= 0
 * @param weightDecay        L2 coefficient, &gt;= 0
 */
public record AdaGrad(double learningRate, double epsilon, double initialAccumulator, double weightDecay)
        implements ElementwiseOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_EPSILON = 1e-10;

    public AdaGrad {
        Check.learningRate(learningRate);
        Check.positive("epsilon", epsilon);
        Check.nonNegative("initial accumulator", initialAccumulator);
        Check.weightDecay(weightDecay);
    }

    /** PyTorch's defaults with that learning rate. */
    public AdaGrad(double learningRate) {
        this(learningRate, DEFAULT_EPSILON, 0.0, 0.0);
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(1, parameterCount, learningRate, 0.0);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        Check.addWeightDecay(w, g, weightDecay, from, to);
        double lr = state.learningRate();
        double[] sum = state.buffer(0);
        if (state.steps() == 0 && initialAccumulator != 0) {
            Arrays.fill(sum, from, to, initialAccumulator);
        }
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double si = sum[i] + gi * gi;
            sum[i] = si;
            w[i] -= lr * gi / (Math.sqrt(si) + epsilon);
        }
    }

    @Override
    public String describe() {
        return "adagrad lr=" + Check.number(learningRate)
                + (epsilon == DEFAULT_EPSILON ? "" : " eps=" + Check.number(epsilon))
                + (initialAccumulator == 0 ? "" : " initial-accumulator=" + Check.number(initialAccumulator))
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
