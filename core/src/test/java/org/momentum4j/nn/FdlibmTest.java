package org.momentum4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java fdlibm ports must give exactly {@link StrictMath}'s bits (0 ulp): that is the whole
 * reproducibility promise of {@link ReproducibleMath}. {@code StrictMath} is specified to return fdlibm's
 * results, so it is the reference. Inputs: special values, every branch boundary of the C code (and its
 * neighbours), and random doubles spread over all magnitudes that reach each branch.
 */
class FdlibmTest {
    private static final int RANDOM_INPUTS = 1_000_000;

    private static final double[] SPECIAL = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        1.0, -1.0, 2.0, 0.5, -0.5, Math.E, Math.log(2), 0.5 * Math.log(2), 1.5 * Math.log(2), 56 * Math.log(2),
        -56 * Math.log(2), 22.0, -22.0, 709.782712893384, 709.79, -709.79, 1e-300, 0x1p-54, 0x1p-55, 0x1p-20,
        1 + 0x1p-20, 1 - 0x1p-20, 1 + 0x1p-52, 1 - 0x1p-53,
    };

    /** High words at which the C code changes branch; each is tested with a range of low words around it. */
    private static final int[] BOUNDARY_HIGH_WORDS = {
        0x00100000, 0x7ff00000, 0x4043687A, 0x40862E42, 0x3fd62e42, 0x3FF0A2B2, 0x3c900000, 0x40360000,
        0x3c800000, 0x3ff00000, 0x6147a | 0x3ff00000, 0x6b851 | 0x3ff00000, 0x3fe6a09e, 0x3ff6a09e,
        // tanh calls expm1(-2|x|): its 0.5 ln2 and 1.5 ln2 thresholds, halved
        0x3fc62e42, 0x3fe0a2b2,
    };

    @Test
    void logMatchesStrictMathExactly() {
        check("log", Fdlibm::log, StrictMath::log, 1e-320, 1e300);
    }

    @Test
    void expm1MatchesStrictMathExactly() {
        check("expm1", Fdlibm::expm1, StrictMath::expm1, 1e-20, 800);
    }

    @Test
    void tanhMatchesStrictMathExactly() {
        check("tanh", Fdlibm::tanh, StrictMath::tanh, 1e-20, 30);
    }

    @Test
    void expMatchesStrictMathExactly() {
        check("exp", Fdlibm::exp, StrictMath::exp, 1e-20, 800);
    }

    @Test
    void tanhOfALayerMatchesStrictMathExactly() {
        // The multi-pass layer form must give every value the bits of StrictMath.tanh, whatever mix of
        // branches its neighbours take: layers of 1 to 9 values drawn from the same inputs as check().
        check("tanh (layer of 1)", x -> layerTanh(new double[] {x})[0], StrictMath::tanh, 1e-20, 30);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double[] v = new double[1 + random.nextInt(9)];
            for (int j = 0; j < v.length; j++) {
                double magnitude = Math.exp(Math.log(1e-20) + (Math.log(30) - Math.log(1e-20)) * random.nextDouble());
                v[j] = switch (random.nextInt(4)) {
                    case 0 -> Double.longBitsToDouble(random.nextLong());
                    case 1 -> SPECIAL[random.nextInt(SPECIAL.length)];
                    default -> random.nextBoolean() ? magnitude : -magnitude;
                };
            }
            double[] result = layerTanh(v);
            for (int j = 0; j < v.length; j++) {
                same("tanh (layer)", v[j], result[j], StrictMath.tanh(v[j]));
            }
        }
    }

    /** {@link Fdlibm#tanh(double[], int, double[], double[], int[])} of a copy of {@code v}, scratch one longer. */
    private static double[] layerTanh(double[] v) {
        double[] out = v.clone();
        int n = v.length;
        Fdlibm.tanh(out, n, new double[n + 1], new double[n + 1], new int[n + 1]);
        return out;
    }

    @Test
    void tanhNearZeroAndAroundTheBranchesOfTypicalActivations() {
        // Dense sweep of [-4, 4], where a tanh layer's weighted sums live almost always.
        for (int i = -4_000_000; i <= 4_000_000; i += 7) {
            double x = i * 1e-6;
            same("tanh", x, Fdlibm.tanh(x), StrictMath.tanh(x));
        }
        // The same sweep through the layer form, seven values (W1's hidden layer) at a time.
        double[] layer = new double[7];
        for (int i = -4_000_000; i <= 4_000_000; i += 7 * 7) {
            for (int j = 0; j < 7; j++) {
                layer[j] = (i + 7 * j) * 1e-6;
            }
            double[] result = layerTanh(layer);
            for (int j = 0; j < 7; j++) {
                same("tanh (layer)", layer[j], result[j], StrictMath.tanh(layer[j]));
            }
        }
    }

    private static void check(String name, DoubleUnaryOperator port, DoubleUnaryOperator reference, double minMag,
                              double maxMag) {
        for (double x : SPECIAL) {
            same(name, x, port.applyAsDouble(x), reference.applyAsDouble(x));
        }
        for (int high : BOUNDARY_HIGH_WORDS) {
            for (long delta = -3; delta <= 3; delta++) {
                for (long low : new long[] {0, 1, 2, 0x7fffffffL, 0x80000000L, 0xfffffffeL, 0xffffffffL}) {
                    long bits = (((long) high + delta) << 32) | low;
                    for (long sign : new long[] {0, Long.MIN_VALUE}) {
                        double x = Double.longBitsToDouble(bits | sign);
                        same(name, x, port.applyAsDouble(x), reference.applyAsDouble(x));
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(20240601);
        double logMin = Math.log(minMag);
        double logMax = Math.log(maxMag);
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            // Log-uniform magnitude so that every exponent range, hence every branch, gets inputs.
            double magnitude = Math.exp(logMin + (logMax - logMin) * random.nextDouble());
            double x = random.nextBoolean() ? magnitude : -magnitude;
            same(name, x, port.applyAsDouble(x), reference.applyAsDouble(x));
            // And arbitrary bit patterns (all exponents, subnormals, NaNs).
            double y = Double.longBitsToDouble(random.nextLong());
            same(name, y, port.applyAsDouble(y), reference.applyAsDouble(y));
        }
    }

    private static void same(String name, double x, double actual, double expected) {
        // doubleToLongBits folds NaN payloads (which differ between platforms' hardware) into one NaN;
        // every other value, including the sign of zero, must match bit for bit.
        if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)) {
            fail(name + "(" + x + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(x)) + "): port gives "
                    + actual + ", StrictMath gives " + expected + " (" + ulps(actual, expected) + " ulp apart)");
        }
    }

    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void ulpDistanceHelperCountsRepresentableSteps() {
        // Sanity check of the failure message helper: Math.nextUp moves exactly one ulp.
        assertEquals(1, ulps(1.0, Math.nextUp(1.0)));
    }
}
