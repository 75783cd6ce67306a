package org.momentum4j.optim;

/**
 * RMSProp (Hinton, 2012; the centred variant from Graves, 2013): each parameter's step is divided by the
 * root of a running average of its squared gradients, which forgets old gradients at rate {@code alpha}.
 * As PyTorch's {@code torch.optim.RMSprop} documents it:
 * <pre>
 *   g    += weightDecay * w                      (L2, only if weightDecay &gt; 0)
 *   v     = alpha * v + (1 - alpha) * g * g
 *   vt    = v                                    (plain), or
 *   gAvg  = alpha * gAvg + (1 - alpha) * g;  vt = v - gAvg * gAvg     (centred)
 *   if mu &gt; 0:  b = mu * b + g / (sqrt(vt) + eps);   w -= lr * b
 *   else:       w -= lr * g / (sqrt(vt) + eps)
 * </pre>
 * Epsilon is added after the square root (TensorFlow adds it inside). The centred form divides by an
 * estimate of the gradient's variance rather than its second moment. The momentum here is heavy-ball
 * momentum on the already scaled step, with the learning rate outside the buffer (PyTorch's form).
 *
 * <p>State: buffer 0 is {@code v}, buffer 1 the momentum buffer {@code b} (zero and unused while
 * {@code mu} is 0, so a momentum schedule may raise it later), buffer 2 {@code gAvg} when centred.
 * Defaults as in PyTorch: lr 0.01, alpha 0.99, eps 1e-8, momentum 0, not centred.
 *
 * @param learningRate finite, &gt; 0
 * @param alpha        smoothing constant of the averages, in [0, 1)
 * @param epsilon      added to the root; finite, &gt; 0
 * @param momentum     in [0, 1)
 * @param centered     divide by the running variance instead of the running second moment
 * @param weightDecay  L2 coefficient, &gt;= 0
 */
public record RmsProp(double learningRate, double alpha, double epsilon, double momentum, boolean centered,
                      double weightDecay) implements ElementwiseOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPSILON = 1e-8;

    public RmsProp {
        Check.learningRate(learningRate);
        Check.fraction("alpha", alpha);
        Check.positive("epsilon", epsilon);
        Check.momentum(momentum);
        Check.weightDecay(weightDecay);
    }

    /** PyTorch's defaults with that learning rate: alpha 0.99, eps 1e-8, no momentum, not centred. */
    public RmsProp(double learningRate) {
        this(learningRate, DEFAULT_ALPHA, DEFAULT_EPSILON, 0.0, false, 0.0);
    }

    @Override
    public boolean hasMomentum() {
        return true;
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(centered ? 3 : 2, parameterCount, learningRate, momentum);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        Check.addWeightDecay(w, g, weightDecay, from, to);
        double lr = state.learningRate();
        double mu = state.momentum();
        double a = alpha;
        double keep = 1.0 - a;
        double[] v = state.buffer(0);
        double[] b = state.buffer(1);
        double[] gAvg = centered ? state.buffer(2) : null;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double vi = a * v[i] + keep * gi * gi;
            v[i] = vi;
            if (gAvg != null) {
                double ai = a * gAvg[i] + keep * gi;
                gAvg[i] = ai;
                vi -= ai * ai;
            }
            double d = gi / (Math.sqrt(vi) + epsilon);
            if (mu > 0) {
                double bi = mu * b[i] + d;
                b[i] = bi;
                w[i] -= lr * bi;
            } else {
                w[i] -= lr * d;
            }
        }
    }

    @Override
    public String describe() {
        return "rmsprop lr=" + Check.number(learningRate)
                + (alpha == DEFAULT_ALPHA ? "" : " alpha=" + Check.number(alpha))
                + (epsilon == DEFAULT_EPSILON ? "" : " eps=" + Check.number(epsilon))
                + (momentum == 0 ? "" : " momentum=" + Check.number(momentum))
                + (centered ? " centered" : "")
                + (weightDecay == 0 ? "" : " weight-decay=" + Check.number(weightDecay));
    }
}
