package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LossHeatMapTest {

    /** A 3 x 2 grid: lr 0.001, 0.01, 0.1 by momentum 0, 0.9; lr 0.1 with momentum 0.9 diverged. */
    private static List<HeatCell> grid() {
        return List.of(new HeatCell(0.001, 0, 0.9, false), new HeatCell(0.001, 0.9, 0.5, false),
                new HeatCell(0.01, 0, 0.4, false), new HeatCell(0.01, 0.9, 0.2, false),
                new HeatCell(0.1, 0, 0.3, false), new HeatCell(0.1, 0.9, Double.NaN, true));
    }

    /** The colour a viewer sees near a cell's corner, away from its label. */
    private static Color seen(BufferedImage image, Rectangle cell) {
        return new Color(image.getRGB(cell.x + 5, cell.y + 5));
    }

    @Test
    void divergedCellsAreRedTheBestBrightestAndTheWorstDarkest() throws Exception {
        LossHeatMap map = LossHeatMap.build("Validation loss", grid());
        assertEquals(3, map.columns());
        assertEquals(2, map.rows());
        BufferedImage image = Images.png(ChartFiles.png(map));
        assertEquals(map.width(), image.getWidth());
        assertEquals(LossHeatMap.DIVERGED, seen(image, map.cell(2, 1)));
        // Linear scale (0.9 / 0.2 = 4.5 < 10): 0.2 is the lowest (position 0), 0.9 the highest (position 1).
        assertFalse(map.logColourScale());
        assertEquals(LossHeatMap.SCALE[0], seen(image, map.cell(1, 1)));
        assertEquals(LossHeatMap.SCALE[LossHeatMap.SCALE.length - 1], seen(image, map.cell(0, 0)));
        // 0.4 sits at (0.4 - 0.2) / 0.7 = 2/7 of the scale.
        assertEquals(LossHeatMap.scaleColour(2.0 / 7), seen(image, map.cell(1, 0)));
        assertTrue(Images.colours(image).size() > 20, "text and antialiasing, not a blank canvas");
    }

    @Test
    void widelySpreadLossesGetALogColourScale() {
        List<HeatCell> cells = new ArrayList<>(grid());
        cells.add(new HeatCell(0.001, 0.5, 20, false));
        cells.add(new HeatCell(0.01, 0.5, 2, false));
        LossHeatMap map = LossHeatMap.build("t", cells);
        assertTrue(map.logColourScale(), "20 / 0.2 = 100 > 10");
        assertEquals(3, map.rows());
        // Momentum 0.5 is row 1, lr 0.01 column 1. On the log scale, 2 sits at
        // (log 2 - log 0.2) / (log 20 - log 0.2) = 1 / 2.
        assertEquals(LossHeatMap.scaleColour(0.5), map.colour(1, 1));
        assertEquals(LossHeatMap.SCALE[LossHeatMap.SCALE.length - 1], map.colour(0, 1));
    }

    @Test
    void scatteredTrialsAreBinnedAndEmptyBinsAreGrey() throws Exception {
        List<HeatCell> cells = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            // Learning rates 10^(-4 + k/10) along a diagonal: most bins stay empty.
            double lr = Math.pow(10, -4 + k / 10.0);
            cells.add(new HeatCell(lr, 0.03 * k, 0.1 + k, k > 25));
        }
        LossHeatMap map = LossHeatMap.build("t", cells);
        assertEquals(LossHeatMap.MAX_BINS, map.columns());
        assertEquals(LossHeatMap.MAX_BINS, map.rows());
        BufferedImage image = Images.png(ChartFiles.png(map));
        assertEquals(LossHeatMap.EMPTY, seen(image, map.cell(LossHeatMap.MAX_BINS - 1, 0)), "nothing fell there");
        assertEquals(LossHeatMap.DIVERGED, seen(image, map.cell(LossHeatMap.MAX_BINS - 1, LossHeatMap.MAX_BINS - 1)));
        assertEquals(LossHeatMap.SCALE[0], seen(image, map.cell(0, 0)));
    }

    @Test
    void svgParsesAndHoldsCellsAndLabels() throws Exception {
        String svg = ChartFiles.svg(LossHeatMap.build("Validation loss", grid()));
        Document doc = Images.svg(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(svg.contains(Images.rgb(LossHeatMap.DIVERGED)));
        assertTrue(svg.contains(">diverged<"));
        assertTrue(svg.contains(">0.2<"));
        assertTrue(svg.contains(">learning rate (log scale)<"));
    }

    @Test
    void needsTrialsWithPositiveLearningRates() {
        assertThrows(IllegalArgumentException.class, () -> LossHeatMap.build("t", List.of()));
        assertEquals("a heat map needs learning rates > 0, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> LossHeatMap.build("t", List.of(new HeatCell(0, 0, 1, false)))).getMessage());
    }
}
