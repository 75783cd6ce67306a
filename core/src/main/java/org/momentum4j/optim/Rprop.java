package org.momentum4j.optim;

import java.util.Arrays;

/**
 * Resilient propagation, Rprop (Riedmiller and Braun, 1993), in the iRprop- form (Igel and Hüsken, 2000)
 * that PyTorch's {@code torch.optim.Rprop} and Encog implement. Each parameter has its own step size; only
 * the sign of the gradient is used. Per parameter:
 * <pre>
 *   s = g * prev
 *   s &gt; 0:  step = clamp(step * etaPlus,  minStep, maxStep)
 *   s &lt; 0:  step = clamp(step * etaMinus, minStep, maxStep);  g = 0   (no move; the next step counts as fresh)
 *   s = 0:  step = clamp(step,            minStep, maxStep)
 *   w   -= step * sign(g)
 *   prev = g
 * </pre>
 * Every step size starts at the learning rate. The learning rate is therefore only the first step size:
 * changing it later (a schedule) has no effect, and trainers reject a learning-rate schedule with Rprop.
 *
 * <p>The sign of a gradient over a few items says little about the sign over all of them, so Rprop needs
 * full-batch training ({@link #requiresFullBatch()}); trainers reject online and mini-batch use. On small
 * full-batch problems it is fast and needs no tuning.
 *
 * <p>State: buffer 0 is {@code prev}, buffer 1 the step sizes, filled with the learning rate at the first
 * step (so a {@link OptimizerState#reset()} restarts them). Defaults as in PyTorch and Encog: lr 0.01,
 * etas (0.5, 1.2), step sizes within [1e-6, 50].
 *
 * @param learningRate the initial step size; finite, &gt; 0
 * @param etaMinus     shrink factor after a sign change, in (0, 1)
 * @param etaPlus      growth factor while the sign holds, finite and &gt; 1
 * @param minStep      smallest step size, finite and &gt; 0
 * @param maxStep      largest step size, finite and &gt;= minStep
 */
public record Rprop(double learningRate, double etaMinus, double etaPlus, double minStep, double maxStep)
        implements ElementwiseOptimizer {
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final double DEFAULT_ETA_MINUS = 0.5;
    public static final double DEFAULT_ETA_PLUS = 1.2;
    public static final double DEFAULT_MIN_STEP = 1e-6;
    public static final double DEFAULT_MAX_STEP = 50;

    public Rprop {
        Check.learningRate(learningRate);
        if (!(etaMinus > 0 && etaMinus < 1)) {
            throw new IllegalArgumentException("eta minus must be in (0, 1), got " + etaMinus);
        }
        if (!(etaPlus > 1) || !Double.isFinite(etaPlus)) {
            throw new IllegalArgumentException("eta plus must be finite and > 1, got " + etaPlus);
        }
        Check.positive("min step", minStep);
        if (!(maxStep >= minStep) || !Double.isFinite(maxStep)) {
            throw new IllegalArgumentException("max step must be finite and >= min step (" + minStep + "), got "
                    + maxStep);
        }
    }

    /** PyTorch's defaults with that initial step size: etas (0.5, 1.2), step sizes within [1e-6, 50]. */
    public Rprop(double learningRate) {
        this(learningRate, DEFAULT_ETA_MINUS, DEFAULT_ETA_PLUS, DEFAULT_MIN_STEP, DEFAULT_MAX_STEP);
    }

    @Override
    public boolean requiresFullBatch() {
        return true;
    }

    @Override
    public OptimizerState newState(int parameterCount) {
        return new OptimizerState(2, parameterCount, learningRate, 0.0);
    }

    /** {@link #step} restricted to {@code [from, to)}, without counting the step. */
    @Override
    public void stepRange(double[] w, double[] g, int from, int to, OptimizerState state) {
        double[] prev = state.buffer(0);
        double[] size = state.buffer(1);
        if (state.steps() == 0) {
            Arrays.fill(size, from, to, state.learningRate());
        }
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double s = gi * prev[i];
            double factor = 1.0;
            if (s > 0) {
                factor = etaPlus;
            } else if (s < 0) {
                factor = etaMinus;
                gi = 0.0;
            }
            double step = Math.min(Math.max(size[i] * factor, minStep), maxStep);
            size[i] = step;
            if (gi > 0) {
                w[i] -= step;
            } else if (gi < 0) {
                w[i] += step;
            }
            prev[i] = gi;
        }
    }

    @Override
    public String describe() {
        return "rprop lr=" + Check.number(learningRate)
                + (etaMinus == DEFAULT_ETA_MINUS ? "" : " eta-minus=" + Check.number(etaMinus))
                + (etaPlus == DEFAULT_ETA_PLUS ? "" : " eta-plus=" + Check.number(etaPlus))
                + (minStep == DEFAULT_MIN_STEP ? "" : " min-step=" + Check.number(minStep))
                + (maxStep == DEFAULT_MAX_STEP ? "" : " max-step=" + Check.number(maxStep));
    }
}
