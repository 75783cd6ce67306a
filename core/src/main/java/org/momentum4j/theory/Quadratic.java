package org.momentum4j.theory;

/**
 * A diagonal quadratic {@code f(x) = 1/2 sum_i lambda_i x_i^2}, minimised at {@code x = 0}: the model
 * problem on which the convergence theory of momentum is exact. Its Hessian has eigenvalues
 * {@code lambda_i}; the condition number is {@code K = L / mu} with {@code L} the largest and {@code mu}
 * the smallest eigenvalue.
 *
 * @param eigenvalues the Hessian's eigenvalues, all finite and &gt; 0
 */
public record Quadratic(double[] eigenvalues) {
    public Quadratic {
        if (eigenvalues.length == 0) {
            throw new IllegalArgumentException("a quadratic needs at least one eigenvalue");
        }
        for (double l : eigenvalues) {
            if (!(l > 0) || !Double.isFinite(l)) {
                throw new IllegalArgumentException("eigenvalues must be finite and > 0, got " + l);
            }
        }
        eigenvalues = eigenvalues.clone();
    }

    /**
     * Eigenvalues spaced evenly in log scale from 1 to {@code kappa}, so the condition number is {@code kappa}.
     *
     * @param kappa     condition number, at least 1
     * @param dimension number of coordinates, at least 2 (at least 1 when {@code kappa == 1})
     */
    public static Quadratic withCondition(double kappa, int dimension) {
        if (!(kappa >= 1) || !Double.isFinite(kappa)) {
            throw new IllegalArgumentException("condition number must be finite and >= 1, got " + kappa);
        }
        if (dimension < (kappa == 1 ? 1 : 2)) {
            throw new IllegalArgumentException("dimension must be at least 2 for a condition number above 1, got "
                    + dimension);
        }
        double[] l = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            l[i] = dimension == 1 ? 1.0 : Math.pow(kappa, (double) i / (dimension - 1));
        }
        return new Quadratic(l);
    }

    public int dimension() {
        return eigenvalues.length;
    }

    /** The smallest eigenvalue (strong convexity). */
    public double smallest() {
        double m = eigenvalues[0];
        for (double l : eigenvalues) {
            m = Math.min(m, l);
        }
        return m;
    }

    /** The largest eigenvalue (smoothness). */
    public double largest() {
        double m = eigenvalues[0];
        for (double l : eigenvalues) {
            m = Math.max(m, l);
        }
        return m;
    }

    /** {@code L / mu}. */
    public double condition() {
        return largest() / smallest();
    }

    /** Writes {@code grad f(x) = lambda_i x_i} into {@code g}. */
    public void gradient(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            g[i] = eigenvalues[i] * x[i];
        }
    }

    /** The value {@code f(x)}. */
    public double value(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += 0.5 * eigenvalues[i] * x[i] * x[i];
        }
        return s;
    }

    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }
}
