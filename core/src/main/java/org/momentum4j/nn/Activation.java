package org.momentum4j.nn;

import java.util.Locale;

/**
 * The non-linearity a layer applies to its weighted sums {@code z}, giving its outputs {@code a = f(z)}.
 *
 * <ul>
 *   <li>{@link #IDENTITY}: {@code a = z}</li>
 *   <li>{@link #SIGMOID}: {@code a = 1 / (1 + exp(-z))}, {@code f'(z) = a (1 - a)}</li>
 *   <li>{@link #TANH}: {@code a = tanh(z)}, {@code f'(z) = 1 - a^2}</li>
 *   <li>{@link #RELU}: {@code a = max(0, z)}, {@code f'(z) = 1 if z > 0 else 0}</li>
 *   <li>{@link #SOFTMAX}: {@code a_j = exp(z_j - max z) / sum_k exp(z_k - max z)}; output layer only.</li>
 * </ul>
 *
 * <p>Derivatives are expressed through the output {@code a}, so backward passes need not keep {@code z}.
 * Transcendental functions use {@link StrictMath}: it promises the same bits on every JVM and platform,
 * which is what makes a saved seed reproduce a run anywhere (see {@link ReproducibleMath}).
 */
public enum Activation {
    IDENTITY, SIGMOID, TANH, RELU, SOFTMAX;

    /** The lower-case name used in the CLI and in model files, e.g. {@code "tanh"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, ignoring case; the error lists the accepted names. */
    public static Activation parse(String text) {
        for (Activation a : values()) {
            if (a.id().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text
                + "': expected one of identity, sigmoid, tanh, relu, softmax");
    }

    /** Replaces {@code v[off .. off+n)} (weighted sums) by the activations. */
    public void apply(double[] v, int off, int n) {
        switch (this) {
            case IDENTITY:
                break;
            case SIGMOID:
                for (int j = off; j < off + n; j++) {
                    v[j] = ReproducibleMath.sigmoid(v[j]);
                }
                break;
            case TANH:
                for (int j = off; j < off + n; j++) {
                    v[j] = ReproducibleMath.tanh(v[j]);
                }
                break;
            case RELU:
                for (int j = off; j < off + n; j++) {
                    v[j] = v[j] > 0 ? v[j] : 0.0;
                }
                break;
            case SOFTMAX:
                softmax(v, off, n);
                break;
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * {@link #apply(double[], int, int)} on {@code v[0 .. n)}, with the same bits, using {@code ws}'s scratch
     * space where a faster formulation needs it (tanh over a whole layer).
     */
    void apply(double[] v, int n, Workspace ws) {
        if (this == TANH) {
            ReproducibleMath.tanh(v, n, ws);
        } else {
            apply(v, 0, n);
        }
    }

    private static void softmax(double[] v, int off, int n) {
        double max = v[off];
        for (int j = off + 1; j < off + n; j++) {
            max = Math.max(max, v[j]);
        }
        double sum = 0;
        for (int j = off; j < off + n; j++) {
            double e = ReproducibleMath.exp(v[j] - max);
            v[j] = e;
            sum += e;
        }
        double inv = 1.0 / sum;
        for (int j = off; j < off + n; j++) {
            v[j] *= inv;
        }
    }

    /**
     * Multiplies {@code delta[0..n)} element-wise by {@code f'(z)}, computed from the outputs {@code a[0..n)}.
     * Not defined for {@link #SOFTMAX}, whose Jacobian is not diagonal (the loss handles it).
     */
    public void multiplyByDerivative(double[] a, double[] delta, int n) {
        switch (this) {
            case IDENTITY:
                break;
            case SIGMOID:
                for (int j = 0; j < n; j++) {
                    delta[j] *= a[j] * (1.0 - a[j]);
                }
                break;
            case TANH:
                for (int j = 0; j < n; j++) {
                    delta[j] *= 1.0 - a[j] * a[j];
                }
                break;
            case RELU:
                for (int j = 0; j < n; j++) {
                    if (!(a[j] > 0)) {
                        delta[j] = 0.0;
                    }
                }
                break;
            default:
                throw new IllegalStateException(id() + " has no element-wise derivative");
        }
    }
}
