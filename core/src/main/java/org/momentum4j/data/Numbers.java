package org.momentum4j.data;

/**
 * Strict decimal number parsing for data files: {@code [+-]digits[.digits][(e|E)[+-]digits]} (digits on at
 * least one side of the point), nothing else: no hexadecimal, no {@code d}/{@code f} suffixes, no words.
 *
 * <p>Most table values have few digits, so they take Clinger's exact fast path: a decimal significand
 * {@code m <= 2^53} and a power {@code 10^e} with {@code |e| <= 22} are both exact doubles, and one IEEE
 * multiplication or division rounds their product or quotient correctly. Everything else goes to
 * {@link Double#parseDouble}. Either way the result is the correctly rounded double, so a value written with
 * {@link Double#toString} reads back bit for bit.
 */
final class Numbers {
    private static final double[] POW10 = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Numbers() {
    }

    /**
     * The value of {@code s} (already trimmed), or NaN when it is not a decimal number. Overflow gives an
     * infinity, which callers reject.
     */
    static double parse(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return Double.NaN;
        }
        char c = s.charAt(0);
        boolean negative = c == '-';
        if (c == '-' || c == '+') {
            i++;
        }
        long m = 0;
        int significant = 0;
        int exp10 = 0;
        boolean digits = false;
        for (; i < n && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
            digits = true;
            if (m != 0 || c != '0') {
                significant++;
                if (significant <= 18) {
                    m = m * 10 + (c - '0');
                } else {
                    exp10++;
                }
            }
        }
        if (i < n && s.charAt(i) == '.') {
            for (i++; i < n && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
                digits = true;
                if (m != 0 || c != '0') {
                    significant++;
                    if (significant <= 18) {
                        m = m * 10 + (c - '0');
                        exp10--;
                    }
                } else {
                    exp10--;
                }
            }
        }
        if (!digits) {
            return Double.NaN;
        }
        if (i < n && ((c = s.charAt(i)) == 'e' || c == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && ((c = s.charAt(i)) == '-' || c == '+')) {
                expNegative = c == '-';
                i++;
            }
            int start = i;
            int e = 0;
            for (; i < n && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
                if (e < 100_000) {
                    e = e * 10 + (c - '0');
                }
            }
            if (i == start) {
                return Double.NaN;
            }
            exp10 += expNegative ? -e : e;
        }
        if (i != n) {
            return Double.NaN;
        }
        if (m == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (significant <= 15 && m <= MAX_EXACT && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 >= 0 ? m * POW10[exp10] : m / POW10[-exp10];
            return negative ? -v : v;
        }
        return Double.parseDouble(s);
    }

    /** Whether {@code s} (trimmed) is a word for a non-finite number: NaN or infinity, with or without sign. */
    static boolean isNonFiniteWord(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).matches("[+-]?(nan|inf|infinity)");
    }

    /** Why {@code s} (already trimmed) in column {@code column} is not an acceptable number, for a message. */
    static String problem(String s, String column) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("[+-]?nan")) {
            return "NaN in column '" + column + "' is not allowed; mark a missing value as an empty field, NA or ?";
        }
        if (isNonFiniteWord(s) || Double.isInfinite(parse(s))) {
            return "expected a finite number in column '" + column + "', got '" + s + "'";
        }
        return "expected a number in column '" + column + "', got '" + s + "'";
    }
}
