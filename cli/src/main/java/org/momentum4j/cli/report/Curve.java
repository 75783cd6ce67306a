package org.momentum4j.cli.report;

import java.util.Objects;

/**
 * One line of a {@link LossCurveChart}: a named series of (epoch, value) points.
 *
 * @param name     the legend entry, e.g. the optimizer setting
 * @param x        epochs
 * @param y        values; non-finite ones are left out of the drawing
 * @param diverged whether the run diverged (drawn dashed, marked in the legend)
 */
public record Curve(String name, double[] x, double[] y, boolean diverged) {
    public Curve {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("curve " + name + " has " + x.length + " x values but " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
