package org.momentum4j.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Validation loss over learning rate (across, log scale) and momentum (up), one cell per grid point.
 * Scattered trials (random search) are binned, at most {@link #MAX_BINS} bins per axis, the learning
 * rate bins equal in log scale. A cell shows the best (lowest) loss among its trials, so other searched
 * settings (optimizer, batch size, hidden size) collapse to their best. Plain SGD has no momentum and is
 * placed at momentum 0, which is what it is.
 *
 * <p>Colours run from bright yellow (lowest loss) to dark purple (highest), on a log scale when the
 * losses span more than a decade ({@link #LOG_COLOUR_RATIO}: colour must separate the good cells, which
 * a few bad ones would otherwise squeeze into one shade); every cell also prints its loss. A cell whose trials all diverged
 * is red and reads "diverged"; a cell no trial fell in is light grey. The legend says all of this.
 *
 * <p>Drawn with Java2D rather than XChart's {@code HeatMapChart}, which colours linearly, prints its
 * legend's end values unformatted, and cannot set diverged cells apart from the ends of its scale.
 */
public final class LossHeatMap implements Figure {
    /** highest / lowest finite loss above which colours follow log10 of the loss. */
    public static final double LOG_COLOUR_RATIO = 10;

    /** Most categories per axis before trials are binned. */
    public static final int MAX_BINS = 10;

    /** Diverged cells. */
    public static final Color DIVERGED = new Color(204, 37, 41);
    /** Cells no trial fell in. */
    public static final Color EMPTY = new Color(232, 232, 232);
    /** Viridis, reversed: the lowest loss is brightest. */
    static final Color[] SCALE = {
        new Color(253, 231, 37), new Color(94, 201, 98), new Color(33, 145, 140), new Color(59, 82, 139),
        new Color(68, 1, 84),
    };

    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final Rectangle PLOT = new Rectangle(90, 50, 620, 410);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private final String title;
    private final HeatAxis lr;
    private final HeatAxis mu;
    /** best[i][j]: lowest finite loss, +inf when every trial there diverged, NaN when none fell there. */
    private final double[][] best;
    private final double low;
    private final double high;
    private final boolean log;

    private LossHeatMap(String title, HeatAxis lr, HeatAxis mu, double[][] best) {
        this.title = title;
        this.lr = lr;
        this.mu = mu;
        this.best = best;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] column : best) {
            for (double v : column) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        this.low = min;
        this.high = max;
        this.log = min > 0 && max / min > LOG_COLOUR_RATIO;
    }

    /** The heat map of {@code trials} (at least one), titled {@code title}. */
    public static LossHeatMap build(String title, List<HeatCell> trials) {
        Objects.requireNonNull(title, "title");
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("a heat map needs at least one trial");
        }
        for (HeatCell t : trials) {
            if (!(t.learningRate() > 0) || !Double.isFinite(t.learningRate())) {
                throw new IllegalArgumentException("a heat map needs learning rates > 0, got " + t.learningRate());
            }
        }
        HeatAxis lr = HeatAxis.of(trials.stream().mapToDouble(HeatCell::learningRate).toArray(), true, MAX_BINS);
        HeatAxis mu = HeatAxis.of(trials.stream().mapToDouble(LossHeatMap::momentumOf).toArray(), false, MAX_BINS);
        double[][] best = new double[lr.size()][mu.size()];
        for (double[] column : best) {
            Arrays.fill(column, Double.NaN);
        }
        for (HeatCell t : trials) {
            int i = lr.index(t.learningRate());
            int j = mu.index(momentumOf(t));
            double v = t.diverged() || !Double.isFinite(t.loss()) ? Double.POSITIVE_INFINITY : t.loss();
            best[i][j] = Double.isNaN(best[i][j]) ? v : Math.min(best[i][j], v);
        }
        return new LossHeatMap(title, lr, mu, best);
    }

    private static double momentumOf(HeatCell t) {
        return Double.isNaN(t.momentum()) ? 0 : t.momentum();
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    /** Columns (learning rates) and rows (momenta). */
    public int columns() {
        return lr.size();
    }

    public int rows() {
        return mu.size();
    }

    /** Whether the colours follow log10 of the loss. */
    public boolean logColourScale() {
        return log;
    }

    /** Where cell (column i, row j) is drawn; row 0 (the lowest momentum) is at the bottom. */
    public Rectangle cell(int i, int j) {
        int x0 = PLOT.x + PLOT.width * i / lr.size();
        int x1 = PLOT.x + PLOT.width * (i + 1) / lr.size();
        int y1 = PLOT.y + PLOT.height - PLOT.height * j / mu.size();
        int y0 = PLOT.y + PLOT.height - PLOT.height * (j + 1) / mu.size();
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    /** The colour of cell (i, j). */
    public Color colour(int i, int j) {
        double v = best[i][j];
        if (Double.isNaN(v)) {
            return EMPTY;
        }
        return Double.isInfinite(v) ? DIVERGED : scaleColour(position(v));
    }

    /** Where loss {@code v} sits on the colour scale, 0 (lowest) to 1 (highest). */
    private double position(double v) {
        if (!(high > low)) {
            return 0;
        }
        return log ? (Math.log10(v) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) : (v - low) / (high - low);
    }

    static Color scaleColour(double t) {
        double x = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
        int k = Math.min((int) x, SCALE.length - 2);
        double f = x - k;
        Color a = SCALE[k];
        Color b = SCALE[k + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        centre(g, title, WIDTH / 2, 30);
        paintCells(g);
        paintAxes(g);
        paintLegend(g);
    }

    private void paintCells(Graphics2D g) {
        g.setFont(LABEL);
        boolean labels = lr.size() * mu.size() <= 120;
        for (int i = 0; i < lr.size(); i++) {
            for (int j = 0; j < mu.size(); j++) {
                Rectangle r = cell(i, j);
                Color c = colour(i, j);
                g.setColor(c);
                g.fillRect(r.x, r.y, r.width, r.height);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.5f));
                g.drawRect(r.x, r.y, r.width, r.height);
                double v = best[i][j];
                if (labels && !Double.isNaN(v)) {
                    g.setColor(textOn(c));
                    centre(g, Double.isInfinite(v) ? "diverged" : Numbers.short3(v), (int) r.getCenterX(),
                            (int) r.getCenterY() + 4);
                }
            }
        }
    }

    private void paintAxes(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setFont(LABEL);
        List<String> xs = lr.labels();
        for (int i = 0; i < xs.size(); i++) {
            Rectangle r = cell(i, 0);
            centre(g, xs.get(i), (int) r.getCenterX(), PLOT.y + PLOT.height + 18);
        }
        List<String> ys = mu.labels();
        FontMetrics fm = g.getFontMetrics();
        for (int j = 0; j < ys.size(); j++) {
            Rectangle r = cell(0, j);
            g.drawString(ys.get(j), PLOT.x - 8 - fm.stringWidth(ys.get(j)), (int) r.getCenterY() + 4);
        }
        g.setFont(AXIS);
        centre(g, lr.binned() ? "learning rate (log scale, binned)" : "learning rate (log scale)",
                PLOT.x + PLOT.width / 2, PLOT.y + PLOT.height + 44);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        centre(g, mu.binned() ? "momentum (binned)" : "momentum", -(PLOT.y + PLOT.height / 2), 28);
        g.setTransform(saved);
    }

    private void paintLegend(Graphics2D g) {
        int x = PLOT.x + PLOT.width + 40;
        int top = PLOT.y + 20;
        int height = 240;
        g.setColor(Color.BLACK);
        g.setFont(AXIS);
        g.drawString(log ? "validation loss (log)" : "validation loss", x - 10, PLOT.y + 6);
        for (int y = 0; y < height; y++) {
            g.setColor(scaleColour((double) y / (height - 1)));
            g.fillRect(x, top + y, 20, 1);
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, top, 20, height);
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        if (high >= low) {
            int ticks = high > low ? 5 : 1;
            for (int k = 0; k < ticks; k++) {
                double t = ticks == 1 ? 0 : (double) k / (ticks - 1);
                double v = log ? Math.pow(10, Math.log10(low) + t * (Math.log10(high) - Math.log10(low)))
                        : low + t * (high - low);
                int y = top + (int) Math.round(t * (height - 1));
                g.drawLine(x + 20, y, x + 25, y);
                g.drawString(Numbers.short3(v), x + 29, y + 4);
            }
        } else {
            g.drawString("no finite loss", x + 29, top + 14);
        }
        swatch(g, DIVERGED, "diverged", x, top + height + 25);
        swatch(g, EMPTY, "no trial", x, top + height + 50);
    }

    private static void swatch(Graphics2D g, Color c, String text, int x, int y) {
        g.setColor(c);
        g.fillRect(x, y, 20, 16);
        g.setColor(Color.GRAY);
        g.drawRect(x, y, 20, 16);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 29, y + 13);
    }

    /** Black on light colours, white on dark ones (by relative luminance). */
    static Color textOn(Color c) {
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

    private static void centre(Graphics2D g, String text, int cx, int baseline) {
        g.drawString(text, cx - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }
}
