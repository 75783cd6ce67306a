package org.momentum4j.nn;

/**
 * The transcendental functions the engine uses, in one place so that their bits are a deliberate choice.
 *
 * <p>Decision: {@link StrictMath}. {@code Math.exp} may be replaced by a JIT intrinsic whose last bit
 * differs between JVMs, processors, or even between interpreted and compiled code; {@code StrictMath}
 * is specified to give the fdlibm result everywhere. Together with Java 17's strict IEEE arithmetic, this
 * makes a (seed, data, settings) triple reproduce bit-identical weights on any JVM.
 *
 * <p>This class uses {@link Fdlibm}, a pure-Java port of the same fdlibm code that returns the same bits
 * (tested against {@code StrictMath} with zero ulp tolerance): JDK 17's {@code StrictMath.log} and
 * {@code tanh} are native (JNI) calls, and its pure-Java {@code exp} is too large for the JIT to inline.
 * A whole tanh layer goes through {@link #tanh(double[], int, Workspace)}, the same operations per value
 * arranged in passes over the layer. The promise is unchanged: fdlibm's results, bit for bit, on every JVM.
 */
final class ReproducibleMath {
    private ReproducibleMath() {
    }

    static double exp(double x) {
        return Fdlibm.exp(x);
    }

    static double log(double x) {
        return Fdlibm.log(x);
    }

    static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    /** {@link #tanh(double)} of {@code v[0 .. n)} in place, the same bits, faster for a whole layer. */
    static void tanh(double[] v, int n, Workspace ws) {
        Fdlibm.tanh(v, n, ws.reduced, ws.remainder, ws.exponent);
    }

    /** {@code 1 / (1 + e^-x)}, written so that neither branch overflows. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + exp(-x));
        }
        double e = exp(x);
        return e / (1.0 + e);
    }
}
