package org.momentum4j.cli.report;

import java.time.Duration;
import java.util.Locale;
import org.momentum4j.compare.MeanStd;

/** How numbers read in tables and charts: a few significant digits, the same in every locale. */
public final class Numbers {
    private Numbers() {
    }

    /** Four significant digits ({@code 0.06838}, {@code 1.099}, {@code 1.235e-05}); {@code -} for NaN. */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e6) {
            return strip(String.format(Locale.ROOT, "%.4g", x));
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }

    /** Three significant digits, for axis ticks and cells: {@code 0.00422}, {@code 0.117}, {@code 12.3}. */
    public static String short3(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return format(x);
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e6) {
            return strip(String.format(Locale.ROOT, "%.3g", x));
        }
        return String.format(Locale.ROOT, "%.2e", x);
    }

    /** A setting's value as short as it can be written exactly, e.g. {@code 0.05}, {@code 1.0E-4}. */
    public static String exact(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 96.7%}; {@code -} for NaN. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /**
     * {@code mean ± std} with {@link #format}, just the mean for one value, {@code -} for none or when the
     * figure does not exist (NaN mean: no validation data, no accuracy for regression).
     */
    public static String meanStd(MeanStd m) {
        if (m.count() == 0 || Double.isNaN(m.mean())) {
            return "-";
        }
        return m.count() == 1 ? format(m.mean()) : format(m.mean()) + " ± " + format(m.std());
    }

    /** Like {@link #meanStd} with {@link #percent}. */
    public static String meanStdPercent(MeanStd m) {
        if (m.count() == 0 || Double.isNaN(m.mean())) {
            return "-";
        }
        return m.count() == 1 ? percent(m.mean()) : percent(m.mean()) + " ± " + percent(m.std());
    }

    /** Milliseconds below a second ({@code 42ms}), seconds below a minute ({@code 4.21s}), else {@code 3m07s}. */
    public static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "-";
        }
        if (s < 1) {
            return Math.round(s * 1000) + "ms";
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.2fs", s);
        }
        long whole = Math.round(s);
        return String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60);
    }

    public static String seconds(Duration d) {
        return seconds(d.toNanos() / 1e9);
    }

    /** Drops trailing zeros of a plain decimal ({@code 0.5000} to {@code 0.5}), keeping at least one digit. */
    private static String strip(String s) {
        if (s.indexOf('.') < 0 || s.indexOf('e') >= 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
