package org.momentum4j.optim;

/**
 * AdamW (Loshchilov and Hutter, 2019): {@link Adam} with decoupled weight decay. The weights shrink by
 * {@code lr * weightDecay} of themselves at every step, outside the adaptive scaling, instead of an L2 term
 * entering the gradient averages. As PyTorch's {@code torch.optim.AdamW} documents it:
 * <pre>
 *   w    -= lr * weightDecay * w                 (decay first, from the current weights)
 *   m     = beta1 * m + (1 - beta1) * g
 *   v     = beta2 * v + (1 - beta2) * g * g
 *   mHat  = m / (1 - beta1^t);  vHat = v / (1 - beta2^t)     AMSGrad: vHat = max(vMax, v) / (1 - beta2^t)
 *   w    -= lr * mHat / (sqrt(vHat) + eps)
 * </pre>
 * Because the decay is multiplied by the current learning rate, a learning-rate schedule scales it too,
 * as in PyTorch. Every parameter decays by the same fraction, whatever its gradient history; prefer it to
 * Adam's L2 weight decay when regularising.
 *
 * <p>{@code beta1} is this rule's momentum, as for {@link Adam}. State: buffers {@code m}, {@code v} and,
 * with AMSGrad, {@code vMax}. Defaults as in PyTorch: lr 0.001, betas (0.9, 0.999), eps 1e-8,
 * weight decay 0.01, no AMSGrad.
 *
 * @param learningRate finite, &gt; 0
 * @param beta1        decay of the gradient average, in [0, 1)
 * @param beta2        decay of the squared-gradient average, in [0, 1)
 * @param epsilon      added to the root; finite, &gt; 0
 * @param weightDecay  decoupled decay coefficient, &gt;= 0
 * @param amsgrad      normalise by the largest {@code v} so far
 */
public record AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                    boolean amsgrad) implements ElementwiseOptimizer {
    public static final double DEFAULT_WEIGHT_DECAY = 0.01;

    public AdamW {
        Check.learningRate(learningRate);
        Check.fraction("beta1", beta1);
        Check.fraction("beta2", beta2);
        Check.positive("epsilon", epsilon);
        Check.weightDecay(weightDecay);
    }

    /** PyTorch's defaults with that learning rate: betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public AdamW(double learningRate) {
        this(learningRate, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON, DEFAULT_WEIGHT_DECAY,
                false);
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
        AdamUpdate.apply(w, g, from, to, state, beta2, epsilon, amsgrad, weightDecay);
    }

    @Override
    public String describe() {
        return "adamw lr=" + Check.number(learningRate) + betas(beta1, beta2, epsilon)
                + (weightDecay == DEFAULT_WEIGHT_DECAY ? "" : " weight-decay=" + Check.number(weightDecay))
                + (amsgrad ? " amsgrad" : "");
    }

    static String betas(double beta1, double beta2, double epsilon) {
        return (beta1 == Adam.DEFAULT_BETA1 ? "" : " beta1=" + Check.number(beta1))
                + (beta2 == Adam.DEFAULT_BETA2 ? "" : " beta2=" + Check.number(beta2))
                + (epsilon == Adam.DEFAULT_EPSILON ? "" : " eps=" + Check.number(epsilon));
    }
}
