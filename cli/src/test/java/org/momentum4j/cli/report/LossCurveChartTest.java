package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;

class LossCurveChartTest {

    private static Curve curve(String name, double start, double ratio, boolean diverged) {
        double[] x = new double[21];
        double[] y = new double[21];
        for (int e = 0; e <= 20; e++) {
            x[e] = e;
            y[e] = start * Math.pow(ratio, e);
        }
        return new Curve(name, x, y, diverged);
    }

    @Test
    void rendersAPngWithEverySeriesInItsOwnColour() throws Exception {
        List<Curve> curves = List.of(curve("sgd lr=0.05", 1.1, 0.9, false), curve("article lr=0.05 momentum=0.75", 1.1,
                0.8, false), curve("momentum lr=0.05 momentum=0.75", 1.1, 0.85, false));
        // 1.1 * 0.85^20 = 0.043: the values span 25x, under two decades, so the axis stays linear.
        XYChart chart = LossCurveChart.build("Training loss on iris", "training loss", curves);
        BufferedImage image = Images.png(ChartFiles.png(chart));
        assertEquals(ChartStyle.WIDTH, image.getWidth());
        assertEquals(ChartStyle.HEIGHT, image.getHeight());
        Set<Integer> colours = Images.colours(image);
        assertTrue(colours.size() > 20, "a real chart has lines, text and antialiasing: " + colours.size() + " colours");
        assertTrue(Images.nonBackground(image) > 5_000, "not blank");
        for (int k = 0; k < curves.size(); k++) {
            assertTrue(colours.contains(ChartStyle.SERIES[k].getRGB() & 0xFFFFFF), "series " + k + " is drawn");
        }
        assertEquals(List.of("sgd lr=0.05", "article lr=0.05 momentum=0.75", "momentum lr=0.05 momentum=0.75"),
                List.copyOf(chart.getSeriesMap().keySet()), "the legend names each setting");
        assertEquals("Training loss on iris", chart.getTitle());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("training loss", chart.getYAxisTitle());
    }

    @Test
    void rendersSvgThatParsesAndHoldsEverySeries() throws Exception {
        List<Curve> curves = List.of(curve("a", 1, 0.9, false), curve("b", 1, 0.8, false));
        String svg = ChartFiles.svg(LossCurveChart.build("t", "loss", curves));
        Document doc = Images.svg(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("900px", doc.getDocumentElement().getAttribute("width"));
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 10);
        for (int k = 0; k < curves.size(); k++) {
            assertTrue(svg.contains(Images.rgb(ChartStyle.SERIES[k])), "series " + k + " is in the SVG");
        }
    }

    @Test
    void theYAxisIsLogarithmicWhenValuesSpanMoreThanTwoDecades() {
        // 1 * 0.7^20 = 7.98e-4: more than 1000x below the start.
        XYChart wide = LossCurveChart.build("t", "loss", List.of(curve("a", 1, 0.7, false)));
        assertTrue(wide.getStyler().isYAxisLogarithmic());
        assertEquals("loss (log scale)", wide.getYAxisTitle());
        // 1 * 0.9^20 = 0.12: under one decade.
        XYChart narrow = LossCurveChart.build("t", "loss", List.of(curve("a", 1, 0.9, false)));
        assertFalse(narrow.getStyler().isYAxisLogarithmic());
        // Exactly at the threshold: 100 -> 1 is two decades, not more.
        assertFalse(LossCurveChart.needsLogScale(List.of(new Curve("a", new double[] {0, 1}, new double[] {100, 1},
                false))));
        assertFalse(LossCurveChart.needsLogScale(List.of(new Curve("a", new double[] {0, 1}, new double[] {1000, 0},
                false))), "zero cannot go on a log axis");
    }

    @Test
    void aDivergedCurveIsDrawnUpToItsLastFiniteValueAndNamedSo() throws Exception {
        Curve blownUp = new Curve("sgd lr=100", new double[] {0, 1, 2, 3}, new double[] {1.1, 40, Double.NaN,
                Double.NaN}, true);
        XYChart chart = LossCurveChart.build("t", "loss", List.of(curve("ok", 1.1, 0.9, false), blownUp));
        assertTrue(chart.getSeriesMap().containsKey("sgd lr=100 (diverged)"));
        assertEquals(2, chart.getSeriesMap().get("sgd lr=100 (diverged)").getXData().length);
        assertTrue(Images.nonBackground(Images.png(ChartFiles.png(chart))) > 5_000);
    }
}
