/*
 * The algorithms in this file are ported from fdlibm 5.3 (e_exp.c, e_log.c, s_expm1.c, s_tanh.c), which carries
 * this notice:
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package org.momentum4j.nn;

/**
 * Pure-Java ports of the fdlibm functions that {@link StrictMath} is specified to match, for the ones
 * that JDK 17 still runs as native code ({@code log}, {@code expm1}, {@code tanh}), and {@code exp}, whose
 * JDK port is too large to inline. A JNI call costs more than the arithmetic on a small network, and it
 * stops the JIT from inlining.
 *
 * <p>The ports do the same IEEE 754 double operations in the same order as the C code (Java 17 arithmetic
 * is strict and never fuses a multiply and an add), so they return the same bits as {@code StrictMath}
 * on every JVM; {@code FdlibmTest} checks this on millions of inputs, with a tolerance of zero ulp.
 * fdlibm's own error bound against the true value is below 1 ulp.
 *
 * <p>Bit access: {@code hi(x)} is fdlibm's {@code __HI(x)}, the upper 32 bits of the IEEE representation.
 */
final class Fdlibm {
    private Fdlibm() {
    }

    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16; // 0x43500000 00000000
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
    private static final double INV_LN2 = 1.44269504088896338700e+00; // 0x3ff71547 652b82fe
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private static final double P1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
    private static final double P2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
    private static final double P3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
    private static final double P4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
    private static final double P5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0
    private static final double U_THRESHOLD = -7.45133219101941108420e+02; // 0xc0874910 D52D3051
    private static final double TWOM1000 = 0x1p-1000;

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** {@code x} with its upper 32 bits replaced by {@code high}. */
    private static double withHi(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /** {@code x * 2^k} by adding {@code k} to the exponent field, as fdlibm's {@code __HI(y) += k << 20}. */
    private static double addToExponent(double x, int k) {
        return withHi(x, hi(x) + (k << 20));
    }

    /**
     * {@code e^x}, fdlibm {@code __ieee754_exp}; same bits as {@link StrictMath#exp} (pure Java in JDK 17
     * too, but too large for the JIT to inline into a softmax loop; this port is smaller).
     */
    static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >> 31) & 1; // sign bit of x
        hx &= 0x7fffffff; // high word of |x|
        if (hx >= 0x40862E42 && (hx >= 0x7ff00000 || x > O_THRESHOLD || x < U_THRESHOLD)) { // |x| >= 709.78...
            return expOutsideRange(x, hx, xsb); // kept apart so that exp is small enough to inline
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: reduce
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                hi = x - (xsb == 0 ? LN2_HI : -LN2_HI);
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // t * ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) { // |x| < 2^-28
            if (HUGE + x > 1.0) {
                return 1.0 + x; // inexact
            }
        }
        // x is now in the primary range
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return scaleByPowerOfTwo(y, k);
        }
        return scaleByPowerOfTwo(y, k + 1000) * TWOM1000;
    }

    /** {@link #exp} of NaN, infinities, and finite values whose result overflows or underflows to 0. */
    private static double expOutsideRange(double x, int hx, int xsb) {
        if (hx >= 0x7ff00000) {
            if (((hx & 0xfffff) | lo(x)) != 0) {
                return x + x; // NaN
            }
            return xsb == 0 ? x : 0.0; // exp(+-inf) = {inf, 0}
        }
        if (x > O_THRESHOLD) {
            return HUGE * HUGE; // overflow
        }
        return TWOM1000 * TWOM1000; // underflow
    }

    /** Natural logarithm, fdlibm {@code __ieee754_log}; same bits as {@link StrictMath#log}. */
    static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY; // log(+-0) = -inf
            }
            if (hx < 0) {
                return Double.NaN; // log(negative) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** {@code e^x - 1}, fdlibm {@code expm1}; same bits as {@link StrictMath#expm1}. */
    static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & 0x80000000; // sign bit
        hx &= 0x7fffffff; // high word of |x|

        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0; // exp(+-inf) - 1 = {inf, -1}
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (xsb != 0) { // x < -56 ln2: -1 (inexact)
                return TINY - 1.0;
            }
        }

        double hi;
        double lo;
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: reduce
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // t * ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54: return x
            return x;
        } else {
            k = 0;
        }

        // x is now in the primary range
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs); // c is 0
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // enough to return exp(x) - 1
            double y = 1.0 - (e - x);
            y = addToExponent(y, k);
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            t = withHi(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = t - (e - x);
            y = addToExponent(y, k);
        } else {
            t = withHi(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = addToExponent(y, k);
        }
        return y;
    }

    /** Hyperbolic tangent, fdlibm {@code tanh}; same bits as {@link StrictMath#tanh}. */
    static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) { // inf or NaN
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else { // |x| >= 22: +-1
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /**
     * {@code tanh(v[j])} for {@code j < n}, in place: for each value the same operations in the same order
     * as {@link #tanh(double)} (fdlibm's {@code tanh} on {@code expm1(+-2|x|)}), hence the same bits.
     *
     * <p>Why three passes over the values (reduce the argument, evaluate the rational approximation,
     * rebuild the result) instead of one value at a time: each value is a chain of about 150 cycles of
     * dependent operations (a polynomial and two divisions). One value at a time, the processor's
     * out-of-order window spans the chains of two or three values; in short passes it runs the chains of all
     * the layer's units side by side. On W1 (7 tanh units per item) this cuts the time spent in tanh by a third.
     *
     * @param reduced   scratch, at least {@code n} doubles: the reduced argument {@code r} of {@code expm1}
     * @param remainder scratch, at least {@code n} doubles: its reduction error {@code c}, then the
     *                  corrected remainder {@code e} (fdlibm's names)
     * @param exponent  scratch, at least {@code n} ints: the reduction's {@code k}, or {@link #DONE}
     */
    static void tanh(double[] v, int n, double[] reduced, double[] remainder, int[] exponent) {
        for (int j = 0; j < n; j++) {
            double x = v[j];
            int ix = hi(x) & 0x7fffffff;
            double r;
            double c;
            int k;
            if (ix < 0x3c800000 || ix >= 0x40360000) { // tiny, |x| >= 22, inf or NaN: no expm1
                v[j] = tanh(x);
                k = DONE;
                r = 0.0;
                c = 0.0;
            } else if (ix >= 0x3ff00000) { // |x| >= 1: expm1(y), y = 2|x| in [2, 44), k = round(y / ln2) >= 3
                double y = 2.0 * Math.abs(x);
                k = (int) (INV_LN2 * y + 0.5);
                double dk = k;
                double hi = y - dk * LN2_HI; // dk * ln2_hi is exact here
                double lo = dk * LN2_LO;
                r = hi - lo;
                c = (hi - r) - lo;
            } else { // |x| < 1: expm1(y), y = -2|x| in (-2, -2^-54]
                double y = -2.0 * Math.abs(x);
                int hy = hi(y) & 0x7fffffff;
                if (hy <= 0x3fd62e42) { // |y| <= 0.5 ln2: not reduced
                    k = 0;
                    r = y;
                    c = 0.0;
                } else if (hy < 0x3FF0A2B2) { // |y| < 1.5 ln2
                    k = -1;
                    double hi = y + LN2_HI;
                    double lo = -LN2_LO;
                    r = hi - lo;
                    c = (hi - r) - lo;
                } else { // k = -2 or -3
                    k = (int) (INV_LN2 * y - 0.5);
                    double dk = k;
                    double hi = y - dk * LN2_HI;
                    double lo = dk * LN2_LO;
                    r = hi - lo;
                    c = (hi - r) - lo;
                }
            }
            reduced[j] = r;
            remainder[j] = c;
            exponent[j] = k;
        }
        for (int j = 0; j < n; j++) {
            // expm1's rational approximation on the primary range, then its correction for the reduction.
            // With k = 0, c is 0 and (r * (e - 0) - 0) - hxs is exactly fdlibm's r * e - hxs.
            double r = reduced[j];
            double c = remainder[j];
            double hfx = 0.5 * r;
            double hxs = r * hfx;
            double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
            double t = 3.0 - r1 * hfx;
            double e = hxs * ((r1 - t) / (6.0 - r * t));
            remainder[j] = (r * (e - c) - c) - hxs;
        }
        for (int j = 0; j < n; j++) {
            int k = exponent[j];
            if (k == DONE) {
                continue;
            }
            double r = reduced[j];
            double e = remainder[j];
            double t; // expm1(y)
            double z;
            if (k > 0) { // |x| >= 1
                if (k > 56) {
                    t = scaleByPowerOfTwo(1.0 - (e - r), k) - 1.0;
                } else if (k < 20) {
                    double u = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32); // 1 - 2^-k
                    t = scaleByPowerOfTwo(u - (e - r), k);
                } else {
                    double u = Double.longBitsToDouble((long) (0x3ff - k) << 52); // 2^-k
                    double w = r - (e + u);
                    w += 1.0;
                    t = scaleByPowerOfTwo(w, k);
                }
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                if (k == 0) {
                    t = r - e;
                } else if (k == -1) {
                    t = 0.5 * (r - e) - 0.5;
                } else {
                    t = scaleByPowerOfTwo(1.0 - (e - r), k) - 1.0;
                }
                z = -t / (t + 2.0);
            }
            v[j] = v[j] >= 0 ? z : -z;
        }
    }

    /** Marks a value that {@link #tanh(double[], int, double[], double[], int[])} finished in its first pass. */
    private static final int DONE = Integer.MIN_VALUE;

    /**
     * {@code v * 2^k} for a positive normal {@code v} whose result stays normal, by adding {@code k} to the
     * exponent field: the same bits as fdlibm's {@code __HI(v) += k << 20}, which leaves the low word alone.
     */
    private static double scaleByPowerOfTwo(double v, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) + ((long) k << 52));
    }
}
