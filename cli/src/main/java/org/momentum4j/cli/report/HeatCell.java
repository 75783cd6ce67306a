package org.momentum4j.cli.report;

/**
 * One trial placed on a {@link LossHeatMap}.
 *
 * @param learningRate the trial's learning rate, &gt; 0
 * @param momentum     its momentum; NaN (a rule without momentum, such as plain SGD) is placed at 0,
 *                     which is what plain SGD is: momentum 0
 * @param loss         its validation loss (ignored when diverged)
 * @param diverged     whether it diverged
 */
public record HeatCell(double learningRate, double momentum, double loss, boolean diverged) {
}
