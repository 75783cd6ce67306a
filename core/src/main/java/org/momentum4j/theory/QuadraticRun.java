package org.momentum4j.theory;

import java.util.Arrays;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.optim.Sgd;

/**
 * Runs one of the library's real update rules on a {@link Quadratic}, from {@code x = (1, ..., 1)}, until
 * the distance to the minimum has shrunk by a given factor, and measures the rate it achieved.
 *
 * <p>The measured rate is the geometric mean contraction over the last quarter of the run,
 * {@code (e_T / e_{3T/4})^(4/T)}: the first three quarters let the slowest eigen-direction dominate, as
 * the asymptotic theory assumes.
 *
 * @param rule       the rule that ran
 * @param iterations iterations taken to reach the target (or the cap, if not reached)
 * @param reached    whether the error fell by the factor asked
 * @param diverged   whether the error became non-finite or grew beyond 1e12 times its start
 * @param rate       measured contraction per iteration
 */
public record QuadraticRun(MomentumTheory.Rule rule, int iterations, boolean reached, boolean diverged, double rate) {

    /** The library optimizer that implements a rule with these settings (lr-inside forms). */
    public static Optimizer optimizer(MomentumTheory.Rule rule, double learningRate, double momentum) {
        switch (rule) {
            case GRADIENT_DESCENT:
                return new Sgd(learningRate);
            case HEAVY_BALL:
                return new HeavyBall(learningRate, momentum);
            case NESTEROV:
                return new Nesterov(learningRate, momentum);
            case ARTICLE:
                return new ArticleMomentum(learningRate, momentum);
            default:
                throw new AssertionError(rule);
        }
    }

    /**
     * Runs {@code rule} with those settings on {@code q} until the error is {@code reduction} times smaller
     * than at the start (e.g. 1e6), or {@code maxIterations} have run.
     */
    public static QuadraticRun run(MomentumTheory.Rule rule, Quadratic q, double learningRate, double momentum,
                                   double reduction, int maxIterations) {
        Trace trace = trace(rule, q, learningRate, momentum, reduction, maxIterations);
        double[] errors = trace.errors();
        int t = trace.iterations();
        boolean reached = !trace.diverged() && errors[t] <= errors[0] / reduction;
        int from = 3 * t / 4;
        double rate = t - from > 0 ? Math.pow(errors[t] / errors[from], 1.0 / (t - from)) : Double.NaN;
        return new QuadraticRun(rule, t, reached, trace.diverged(), rate);
    }

    /**
     * The error trace of the run {@link #run} makes with the same arguments: the distance to the minimum
     * {@code |x_t|} before the first step ({@code t = 0}, where it is {@code sqrt(dimension)}) and after each
     * step, {@code iterations + 1} values in all, ending where that run stops.
     */
    public static double[] errors(MomentumTheory.Rule rule, Quadratic q, double learningRate, double momentum,
                                  double reduction, int maxIterations) {
        Trace trace = trace(rule, q, learningRate, momentum, reduction, maxIterations);
        return Arrays.copyOf(trace.errors(), trace.iterations() + 1);
    }

    /** {@code errors[0..iterations]} hold the trace; the array may be longer. */
    private record Trace(double[] errors, int iterations, boolean diverged) {
    }

    private static Trace trace(MomentumTheory.Rule rule, Quadratic q, double learningRate, double momentum,
                               double reduction, int maxIterations) {
        Optimizer optimizer = optimizer(rule, learningRate, momentum);
        double[] x = new double[q.dimension()];
        Arrays.fill(x, 1.0);
        double[] g = new double[x.length];
        OptimizerState state = optimizer.newState(x.length);
        // Grown as needed: most runs stop long before the cap, which may be millions of iterations.
        double[] errors = new double[Math.min(maxIterations, 1023) + 1];
        errors[0] = norm(x);
        int t = 0;
        boolean diverged = false;
        while (t < maxIterations && errors[t] > errors[0] / reduction) {
            q.gradient(x, g);
            optimizer.step(x, g, state);
            t++;
            if (t == errors.length) {
                errors = Arrays.copyOf(errors, (int) Math.min((long) maxIterations + 1, 2L * errors.length));
            }
            errors[t] = norm(x);
            if (!Double.isFinite(errors[t]) || errors[t] > 1e12 * errors[0]) {
                diverged = true;
                break;
            }
        }
        return new Trace(errors, t, diverged);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
