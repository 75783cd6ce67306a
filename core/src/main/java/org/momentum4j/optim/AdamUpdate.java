package org.momentum4j.optim;

/**
 * The update shared by {@link Adam} and {@link AdamW}, written once so the two cannot drift apart. With
 * {@code t} the 1-based step number, {@code beta1 = state.momentum()} and {@code lr = state.learningRate()}:
 * <pre>
 *   w    *= 1 - lr * decoupledDecay             (AdamW only)
 *   m     = beta1 * m + (1 - beta1) * g
 *   v     = beta2 * v + (1 - beta2) * g * g
 *   vMax  = max(vMax, v)                         (AMSGrad only; then vMax replaces v below)
 *   w    -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * The last line is {@code lr * mHat / (sqrt(vHat) + eps)} arranged as PyTorch computes it, with the bias
 * corrections folded into two scalars per step. The powers {@code beta^t} are computed as
 * {@code StrictMath.exp(t * StrictMath.log(beta))}: the same bits on every JVM, and no allocation
 * ({@code StrictMath.pow} is Java code that allocates until the JIT compiles it, about 100 bytes a call when
 * interpreted). Its relative error is about {@code t * |ln beta|} ulps, a few ulps while {@code beta^t} is
 * still large enough to matter.
 */
final class AdamUpdate {
    private AdamUpdate() {
    }

    static void apply(double[] w, double[] g, int from, int to, OptimizerState state, double beta2, double eps,
                      boolean amsgrad, double decoupledDecay) {
        double lr = state.learningRate();
        double beta1 = state.momentum();
        long t = state.steps() + 1;
        double stepSize = lr / (1.0 - power(beta1, t));
        double rootCorrection2 = Math.sqrt(1.0 - power(beta2, t));
        double shrink = 1.0 - lr * decoupledDecay;
        double keep1 = 1.0 - beta1;
        double keep2 = 1.0 - beta2;
        double[] m = state.buffer(0);
        double[] v = state.buffer(1);
        double[] vMax = amsgrad ? state.buffer(2) : null;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double mi = beta1 * m[i] + keep1 * gi;
            double vi = beta2 * v[i] + keep2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            if (vMax != null) {
                vi = Math.max(vMax[i], vi);
                vMax[i] = vi;
            }
            double wi = decoupledDecay == 0 ? w[i] : w[i] * shrink;
            w[i] = wi - stepSize * mi / (Math.sqrt(vi) / rootCorrection2 + eps);
        }
    }

    /** {@code x^n} for {@code 0 <= x < 1} and {@code n >= 1}, allocation-free and the same on every JVM. */
    static double power(double x, long n) {
        return StrictMath.exp(n * StrictMath.log(x));
    }
}
