package org.momentum4j.cli.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns figures into PNG bytes and SVG text, and writes both next to each other (each atomically).
 * PNG is what the HTML report inlines; SVG scales for print and slides. SVG goes through
 * VectorGraphics2D, the library XChart's own vector export uses.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    public static byte[] png(Figure figure) throws IOException {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            figure.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    public static String svg(Figure figure) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        figure.paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height()))
                .writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static byte[] png(Chart<?, ?> chart) throws IOException {
        return png(Figure.of(chart));
    }

    public static String svg(Chart<?, ?> chart) throws IOException {
        return svg(Figure.of(chart));
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns both paths. */
    public static List<Path> write(Figure figure, Path dir, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        AtomicFiles.write(png, png(figure));
        AtomicFiles.writeString(svg, svg(figure));
        return List.of(png, svg);
    }

    public static List<Path> write(Chart<?, ?> chart, Path dir, String name) throws IOException {
        return write(Figure.of(chart), dir, name);
    }
}
