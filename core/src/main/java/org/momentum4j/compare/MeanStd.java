package org.momentum4j.compare;

/**
 * The mean and sample standard deviation of a few numbers, such as one figure over several seeds:
 * {@code mean = sum x / n}, {@code std = sqrt(sum (x - mean)^2 / (n - 1))}.
 *
 * @param mean  the mean, NaN when {@code count == 0}
 * @param std   the sample standard deviation, NaN when {@code count < 2}
 * @param count how many numbers
 */
public record MeanStd(double mean, double std, int count) {

    /** Summarises {@code values} (two passes, so the deviation does not suffer from cancellation). */
    public static MeanStd of(double... values) {
        int n = values.length;
        if (n == 0) {
            return new MeanStd(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanStd(mean, Double.NaN, 1);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MeanStd(mean, Math.sqrt(squares / (n - 1)), n);
    }
}
