package org.momentum4j.suggest;

import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * Curvature of the full-batch loss at the network's current parameters, without forming the Hessian.
 *
 * <p>Hessian-vector products come from central differences of gradients,
 * {@code H v ~ (grad L(w + eps v) - grad L(w - eps v)) / (2 eps)} with
 * {@code eps = sqrt(machine epsilon) * (1 + |w|) / |v|}. The largest eigenvalue follows by power
 * iteration on {@code H}; the smallest by power iteration on the shifted matrix {@code lambdaMax I - H},
 * whose top eigenvalue is {@code lambdaMax - lambdaMin}. Both are estimates: power iteration converges at
 * a rate set by the gap between the top two eigenvalues, and a network's Hessian may have negative
 * eigenvalues (then the "smallest" reported is negative). Parameters are restored exactly afterwards.
 */
public final class HessianProbe {
    private final FullBatchGradient objective;
    private final double[] w;
    private final double[] w0;
    private final double[] gPlus;
    private final double[] gMinus;

    public HessianProbe(FullBatchGradient objective) {
        this.objective = objective;
        this.w = objective.network().parameters();
        this.w0 = w.clone();
        this.gPlus = new double[w.length];
        this.gMinus = new double[w.length];
    }

    /** Writes {@code H v} into {@code out}. */
    public void multiply(double[] v, double[] out) {
        double eps = Math.sqrt(Math.ulp(1.0)) * (1 + norm(w0)) / Math.max(norm(v), Double.MIN_NORMAL);
        try {
            for (int i = 0; i < w.length; i++) {
                w[i] = w0[i] + eps * v[i];
            }
            objective.lossAndGradient(gPlus);
            for (int i = 0; i < w.length; i++) {
                w[i] = w0[i] - eps * v[i];
            }
            objective.lossAndGradient(gMinus);
        } finally {
            System.arraycopy(w0, 0, w, 0, w.length);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (gPlus[i] - gMinus[i]) / (2 * eps);
        }
    }

    /**
     * An eigenvalue estimate and how it was reached.
     *
     * @param value      the estimate
     * @param iterations power iterations used
     * @param converged  whether successive estimates agreed to the tolerance asked
     */
    public record Estimate(double value, int iterations, boolean converged) {
    }

    /** The eigenvalue of largest magnitude (normally the largest, {@code L}), by power iteration. */
    public Estimate largest(int maxIterations, double tolerance, long seed) {
        return powerIteration(0.0, maxIterations, tolerance, seed);
    }

    /** The smallest eigenvalue, by power iteration on {@code shift I - H} with {@code shift = largest}. */
    public Estimate smallest(double largest, int maxIterations, double tolerance, long seed) {
        Estimate shifted = powerIteration(largest, maxIterations, tolerance, seed);
        return new Estimate(largest - shifted.value(), shifted.iterations(), shifted.converged());
    }

    /** Power iteration on {@code A = shift I - H} if {@code shift != 0}, else on {@code H}; returns A's Rayleigh quotient. */
    private Estimate powerIteration(double shift, int maxIterations, double tolerance, long seed) {
        RandomGenerator random = Network.newRandom(seed);
        double[] v = new double[w.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble() - 0.5;
        }
        scale(v, 1 / norm(v));
        double[] av = new double[v.length];
        double previous = Double.NaN;
        for (int k = 1; k <= maxIterations; k++) {
            multiply(v, av);
            if (shift != 0) {
                for (int i = 0; i < v.length; i++) {
                    av[i] = shift * v[i] - av[i];
                }
            }
            double rayleigh = dot(v, av);
            double n = norm(av);
            if (n == 0 || !Double.isFinite(n)) {
                return new Estimate(rayleigh, k, false);
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = av[i] / n;
            }
            if (Math.abs(rayleigh - previous) <= tolerance * Math.abs(rayleigh)) {
                return new Estimate(rayleigh, k, true);
            }
            previous = rayleigh;
        }
        return new Estimate(previous, maxIterations, false);
    }

    static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void scale(double[] v, double f) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
    }
}
