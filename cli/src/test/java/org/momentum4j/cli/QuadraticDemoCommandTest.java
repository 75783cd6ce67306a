package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code m4j demo quadratic}: the table a person reads shows heavy-ball's sqrt(K) speed-up. */
class QuadraticDemoCommandTest {

    private static int iterations(Cli run, String rule) {
        return Integer.parseInt(run.outLine(rule).strip().split(" +")[5]);
    }

    @Test
    void heavyBallNeedsAboutSqrtKFewerIterationsThanGradientDescent() {
        Cli run = Cli.run("demo", "quadratic", "--kappa", "400");
        assertEquals(0, run.code(), run.err());
        int gd = iterations(run, "gradient-descent");
        int hb = iterations(run, "heavy-ball");
        int article = iterations(run, "article");
        // sqrt 400 = 20: iterations scale with K for gradient descent and sqrt K for heavy-ball.
        assertTrue(gd / (double) hb > 10 && gd / (double) hb < 40, "gd " + gd + " vs heavy-ball " + hb);
        assertTrue(gd / (double) article < 3, "the article's rule gains only a constant: " + gd + " vs " + article);
    }

    @Test
    void badConditionNumberIsAUsageError() {
        Cli run = Cli.run("demo", "quadratic", "--kappa", "0.5");
        assertEquals(2, run.code());
        assertEquals("m4j demo quadratic: --kappa: condition number must be finite and >= 1, got 0.5",
                run.errLines().get(0));
        assertEquals(2, Cli.run("demo").code(), "no experiment named");
    }

    @Test
    void chartDrawsOneLinePerRule(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("rates.png");
        Cli run = Cli.run("demo", "quadratic", "--kappa", "50", "--chart", png.toString());
        assertEquals(0, run.code(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        // The first four series colours of the shared palette (Okabe-Ito), one per rule.
        for (int c : new int[] {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7}) {
            assertTrue(colours.contains(c), "series colour " + Integer.toHexString(c));
        }
        Path svg = dir.resolve("rates.svg");
        assertEquals(0, Cli.run("demo", "quadratic", "--chart", svg.toString()).code());
        assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
    }

    @Test
    void chartNeedsAPngOrSvgName() {
        Cli run = Cli.run("demo", "quadratic", "--chart", "rates.jpg");
        assertEquals(2, run.code());
        assertEquals("m4j demo quadratic: --chart: expected a file name ending in .png or .svg, got 'rates.jpg'",
                run.errLines().get(0));
    }
}
