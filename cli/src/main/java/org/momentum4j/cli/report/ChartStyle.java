package org.momentum4j.cli.report;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: white background, readable fonts, colours that tell series apart. */
final class ChartStyle {
    private ChartStyle() {
    }

    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    /** Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies. */
    static final Color[] SERIES = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
    };

    static void apply(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setPlotBorderColor(new Color(160, 160, 160));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(new Color(200, 200, 200));
        styler.setSeriesColors(SERIES);
        styler.setAntiAlias(true);
    }
}
