package org.momentum4j.cli.report;

import java.awt.Graphics2D;
import org.knowm.xchart.internal.chartpart.Chart;

/** Something drawn on a {@link Graphics2D} of a fixed size: an XChart chart or a figure of our own. */
public interface Figure {
    int width();

    int height();

    /** Draws the whole figure with its top-left corner at (0, 0). */
    void paint(Graphics2D g);

    /** An XChart chart as a figure. */
    static Figure of(Chart<?, ?> chart) {
        return new Figure() {
            @Override
            public int width() {
                return chart.getWidth();
            }

            @Override
            public int height() {
                return chart.getHeight();
            }

            @Override
            public void paint(Graphics2D g) {
                chart.paint(g, chart.getWidth(), chart.getHeight());
            }
        };
    }
}
