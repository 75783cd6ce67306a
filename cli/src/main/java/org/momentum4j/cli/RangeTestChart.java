package org.momentum4j.cli;

import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.momentum4j.cli.report.Curve;
import org.momentum4j.cli.report.LossCurveChart;
import org.momentum4j.suggest.LearningRateRangeTest;

/**
 * The chart of {@code m4j suggest --chart FILE}: the range test's smoothed loss against the learning rate
 * (log scale), so a person sees where the loss falls fastest and where it blows up. Single items' raw losses
 * differ by orders of magnitude in online training and would bury the curve, so they are left out.
 */
final class RangeTestChart {
    private RangeTestChart() {
    }

    static void write(Path file, String rule, LearningRateRangeTest.Result r) {
        double[] lrs = r.learningRates();
        XYChart chart = LossCurveChart.build("Learning-rate range test (" + rule + ", online)", "learning rate",
                "smoothed training loss", List.of(new Curve("loss, exponential moving average (beta 0.98)", lrs,
                        r.smoothed(), !Double.isNaN(r.blowUp()))));
        chart.getStyler().setXAxisLogarithmic(true);
        chart.setXAxisTitle("learning rate (log scale)");
        QuadraticChart.save(file, chart);
    }
}
