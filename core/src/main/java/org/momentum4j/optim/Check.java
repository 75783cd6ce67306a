package org.momentum4j.optim;

/** Range checks shared by the settings records; messages name the setting, the range and the value. */
final class Check {
    private Check() {
    }

    static void learningRate(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0, got " + lr);
        }
    }

    static void momentum(double mu) {
        if (!(mu >= 0 && mu < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + mu);
        }
    }

    static void dampening(double dampening) {
        if (!(dampening >= 0 && dampening <= 1)) {
            throw new IllegalArgumentException("dampening must be in [0, 1], got " + dampening);
        }
    }

    static void weightDecay(double wd) {
        if (!(wd >= 0) || !Double.isFinite(wd)) {
            throw new IllegalArgumentException("weight decay must be finite and >= 0, got " + wd);
        }
    }

    /** A coefficient such as beta1, beta2 or RMSProp's alpha: in [0, 1). */
    static void fraction(String setting, double x) {
        if (!(x >= 0 && x < 1)) {
            throw new IllegalArgumentException(setting + " must be in [0, 1), got " + x);
        }
    }

    /** A setting such as epsilon: finite and &gt; 0. */
    static void positive(String setting, double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(setting + " must be finite and > 0, got " + x);
        }
    }

    /** A setting such as AdaGrad's initial accumulator: finite and &gt;= 0. */
    static void nonNegative(String setting, double x) {
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(setting + " must be finite and >= 0, got " + x);
        }
    }

    /** L2 weight decay as a gradient term: {@code g += wd * w}. */
    /** {@code g[i] += wd * w[i]} for {@code i} in {@code [from, to)} (nothing when {@code wd == 0}). */
    static void addWeightDecay(double[] w, double[] g, double wd, int from, int to) {
        if (wd != 0) {
            for (int i = from; i < to; i++) {
                g[i] += wd * w[i];
            }
        }
    }

    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
