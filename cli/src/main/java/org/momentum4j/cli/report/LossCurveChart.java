package org.momentum4j.cli.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Learning curves, one line per setting: epochs across, a loss (or accuracy) up. The y axis turns
 * logarithmic when the plotted values span more than two decades ({@link #LOG_SCALE_RATIO}), so both the
 * first big drop and the later fine differences stay visible. A diverged run is drawn dashed up to its
 * last finite point and named "(diverged)" in the legend.
 */
public final class LossCurveChart {
    private LossCurveChart() {
    }

    /** max / min above which the y axis is logarithmic: two decades. */
    public static final double LOG_SCALE_RATIO = 100;

    /** Curves over epochs. */
    public static XYChart build(String title, String yLabel, List<Curve> curves) {
        return build(title, "epoch", yLabel, curves);
    }

    /** Curves over {@code xLabel} (e.g. {@code iteration}). */
    public static XYChart build(String title, String xLabel, String yLabel, List<Curve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("a loss chart needs at least one curve");
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        boolean log = needsLogScale(curves);
        chart.getStyler().setYAxisLogarithmic(log);
        if (log) {
            chart.setYAxisTitle(yLabel + " (log scale)");
        }
        for (Curve c : curves) {
            double[][] pts = finitePoints(c, log);
            if (pts[0].length == 0) {
                continue; // not even the start was finite: nothing to draw, the table says why
            }
            XYSeries s = chart.addSeries(c.diverged() ? c.name() + " (diverged)" : c.name(), pts[0], pts[1]);
            s.setMarker(pts[0].length <= 30 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            if (c.diverged()) {
                s.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        chart.getStyler().setMarkerSize(5);
        return chart;
    }

    /** Whether the positive finite values span more than {@link #LOG_SCALE_RATIO}; never with values &lt;= 0. */
    public static boolean needsLogScale(List<Curve> curves) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Curve c : curves) {
            for (double v : c.y()) {
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (v <= 0) {
                    return false;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > 0 && max / min > LOG_SCALE_RATIO;
    }

    private static double[][] finitePoints(Curve c, boolean log) {
        List<double[]> kept = new ArrayList<>();
        double[] x = c.x();
        double[] y = c.y();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                kept.add(new double[] {x[i], y[i]});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            out[0][i] = kept.get(i)[0];
            out[1][i] = kept.get(i)[1];
        }
        return out;
    }
}
