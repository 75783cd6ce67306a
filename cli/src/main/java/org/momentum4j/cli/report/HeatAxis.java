package org.momentum4j.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The categories along one heat-map axis: the distinct values when there are at most {@code maxBins},
 * else {@code maxBins} equal bins (equal in log scale for a log axis), labelled by their centres.
 */
record HeatAxis(double[] values, double[] edges, boolean logScale) {

    static HeatAxis of(double[] points, boolean logScale, int maxBins) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (double p : points) {
            distinct.add(p);
        }
        if (distinct.size() <= maxBins) {
            return new HeatAxis(distinct.stream().mapToDouble(Double::doubleValue).toArray(), null, logScale);
        }
        double lo = logScale ? Math.log(distinct.first()) : distinct.first();
        double hi = logScale ? Math.log(distinct.last()) : distinct.last();
        double[] edges = new double[maxBins + 1];
        double[] centres = new double[maxBins];
        for (int b = 0; b <= maxBins; b++) {
            edges[b] = lo + (hi - lo) * b / maxBins;
        }
        for (int b = 0; b < maxBins; b++) {
            double c = (edges[b] + edges[b + 1]) / 2;
            centres[b] = logScale ? Math.exp(c) : c;
        }
        return new HeatAxis(centres, edges, logScale);
    }

    boolean binned() {
        return edges != null;
    }

    int size() {
        return values.length;
    }

    /** The category of value {@code v}. */
    int index(double v) {
        if (edges == null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == v) {
                    return i;
                }
            }
            throw new IllegalArgumentException("value " + v + " is not on the axis");
        }
        int bins = values.length;
        double t = logScale ? Math.log(v) : v;
        int b = (int) ((t - edges[0]) / (edges[bins] - edges[0]) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** Tick labels, three significant digits. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (double v : values) {
            labels.add(Numbers.short3(v));
        }
        return labels;
    }
}
