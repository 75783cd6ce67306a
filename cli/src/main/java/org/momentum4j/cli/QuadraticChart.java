package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.momentum4j.cli.report.AtomicFiles;
import org.momentum4j.cli.report.ChartFiles;
import org.momentum4j.cli.report.Curve;
import org.momentum4j.cli.report.LossCurveChart;

/** The chart of {@code m4j demo quadratic --chart FILE}: distance to the minimum against the iteration. */
final class QuadraticChart {
    /** Points per line at most; longer traces are thinned evenly (the last point is always kept). */
    static final int MAX_POINTS = 1500;

    private QuadraticChart() {
    }

    /** Rejects a file name that is neither {@code .png} nor {@code .svg} before anything runs. */
    static void checkName(Path file) {
        if (file != null && !isPng(file) && !isSvg(file)) {
            throw UsageException.about("--chart", "expected a file name ending in .png or .svg, got '" + file + "'");
        }
    }

    /** One line: the error relative to its start, {@code |x_t| / |x_0|}, thinned to {@link #MAX_POINTS}. */
    static Curve curve(String name, double[] errors, boolean diverged) {
        int step = Math.max(1, (errors.length + MAX_POINTS - 1) / MAX_POINTS);
        int n = (errors.length - 1) / step + 1 + ((errors.length - 1) % step == 0 ? 0 : 1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0, t = 0; i < n; i++, t = Math.min(t + step, errors.length - 1)) {
            x[i] = t;
            y[i] = errors[t] / errors[0];
        }
        return new Curve(name, x, y, diverged);
    }

    static void write(Path file, double kappa, List<Curve> curves) {
        XYChart chart = LossCurveChart.build(String.format(Locale.ROOT,
                "Each rule at its best settings on a quadratic with condition number K = %s", trim(kappa)),
                "iteration", "distance to the minimum / at the start", curves);
        save(file, chart);
    }

    /** Writes {@code chart} as PNG or SVG by the file name's ending, atomically; failures name --chart. */
    static void save(Path file, XYChart chart) {
        try {
            if (isPng(file)) {
                AtomicFiles.write(file, ChartFiles.png(chart));
            } else {
                AtomicFiles.writeString(file, ChartFiles.svg(chart));
            }
        } catch (IOException e) {
            throw UsageException.about("--chart", "cannot write '" + file + "': " + e.getMessage());
        }
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static boolean isPng(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }
}
