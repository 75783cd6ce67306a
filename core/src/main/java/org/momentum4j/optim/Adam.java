package org.momentum4j.optim;

/**
 * Adam (Kingma and Ba, 2015), optionally with AMSGrad (Reddi, Kale and Kumar, 2018): running averages of
 * the gradient ({@code m}) and of its square ({@code v}), both corrected for their start at zero, give each
 * parameter a step of about {@code lr} in the direction of its recent gradients. As PyTorch's
 * {@code torch.optim.Adam} documents it, with {@code t} the 1-based step number:
 * <pre>
 *   g    += weightDecay * w                      (L2 added to the gradient, only if weightDecay &gt; 0)
 *   m     = beta1 * m + (1 - beta1) * g
 *   v     = beta2 * v + (1 - beta2) * g * g
 *   mHat  = m / (1 - beta1^t)
 *   vHat  = v / (1 - beta2^t)                    AMSGrad: vMax = max(vMax, v); vHat = vMax / (1 - beta2^t)
 *   w    -= lr * mHat / (sqrt(vHat) + eps)       (eps outside the root)
 * </pre>
 * The weight decay here is PyTorch's {@code Adam(weight_decay=...)}: an L2 term that then passes through
 * the adaptive scaling, so it regularises parameters with large gradients less. {@link AdamW} decouples it.
 *
 * <p>{@code beta1} is this rule's momentum: {@link OptimizerState#momentum()} starts at {@code beta1} and
 * the step reads it from there, so a momentum schedule moves {@code beta1} (as PyTorch's cyclic schedules
 * do for Adam); bias correction then uses the current {@code beta1}, as PyTorch does.
 *
 * <p>State: buffers {@code m}, {@code v} and, with AMSGrad, {@code vMax}; the step count gives {@code t}.
 * Defaults as in PyTorch: lr 0.001, betas (0.9, 0.999), eps 1e-8, no weight decay, no AMSGrad.
 *
 * @param learningRate finite, &gt; 0
 * @param beta1        decay of the gradient average, in [0, 1)
 * @param beta2        decay of the squared-gradient average, in [0, 1)
 * @param epsilon      added to the root; finite, &gt; 0 (PyTorch also allows 0, which divides 0 by 0 for a
 *                     parameter whose gradients have all been 0)
 * @param weightDecay  L2 coefficient, &gt;= 0
 * @param amsgrad      normalise by the largest {@code v} so far
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                   boolean amsgrad) implements ElementwiseOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        Check.learningRate(learningRate);
        Check.fraction("beta1", beta1);
        Check.fraction("beta2", beta2);
        Check.positive("epsilon", epsilon);
        Check.weightDecay(weightDecay);
    }

    /** PyTorch's defaults with that learning rate: betas (0.9, 0.999), eps 1e-8, no weight decay or AMSGrad. */
    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, 0.0, false);
    }

    /** {@code beta1}, the starting value of {@link OptimizerState#momentum()}. */
    @Override
    public double momentum() {
        return beta1;
    }

    @Override
    public boolean hasMomentum() {
        return true;
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(amsgrad ? 3 : 2, parameterCount, learningRate, beta1);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        Check.addWeightDecay(w, g, weightDecay, from, to);
        AdamUpdate.apply(w, g, from, to, state, beta2, epsilon, amsgrad, 0.0);
    }

    @Override
    public String describe() {
        return "adam lr=" + Check.number(learningRate) + AdamW.betas(beta1, beta2, epsilon)
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay))
                + (amsgrad ? " amsgrad" : "");
    }
}
