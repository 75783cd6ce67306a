package org.momentum4j.suggest;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.Workspace;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.train.ItemOrder;

/**
 * The learning-rate range test (L. Smith, "Cyclical Learning Rates for Training Neural Networks", 2017):
 * train a copy of the network for a short run while the learning rate grows exponentially,
 * {@code lr_k = min * (max / min)^(k / (steps - 1))}, and watch the loss. Where it falls fastest is a good
 * learning rate; where it blows up is the limit.
 *
 * <p>The loss is smoothed with an exponential moving average ({@code beta = 0.98}, bias-corrected, as in
 * fastai's {@code lr_find}); the run stops once the smoothed loss exceeds {@code blowUpFactor} times its
 * best, or turns non-finite. The steepest point is the most negative slope of the smoothed loss against
 * {@code log lr}, by central differences over a window of {@code steps / 50} (at least 1) steps.
 */
public final class LearningRateRangeTest {
    private static final double BETA = 0.98;

    private LearningRateRangeTest() {
    }

    /**
     * Settings of a range test.
     *
     * @param minLearningRate first learning rate, &gt; 0
     * @param maxLearningRate last learning rate, &gt; min
     * @param steps           number of updates, at least 10
     * @param batchSize       items per update, at least 1
     * @param blowUpFactor    stop when the smoothed loss exceeds this multiple of its best, &gt; 1
     * @param seed            item order
     */
    public record Settings(double minLearningRate, double maxLearningRate, int steps, int batchSize,
                           double blowUpFactor, long seed) {
        public Settings {
            if (!(minLearningRate > 0) || !(maxLearningRate > minLearningRate) || !Double.isFinite(maxLearningRate)) {
                throw new IllegalArgumentException("range test learning rates need 0 < min < max, got min "
                        + minLearningRate + ", max " + maxLearningRate);
            }
            if (steps < 10) {
                throw new IllegalArgumentException("range test steps must be at least 10, got " + steps);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("range test batch size must be at least 1, got " + batchSize);
            }
            if (!(blowUpFactor > 1)) {
                throw new IllegalArgumentException("blow-up factor must be > 1, got " + blowUpFactor);
            }
        }

        /** 1e-6 to 10 over 300 online steps, stop at 4x the best loss. */
        public static Settings defaults(long seed) {
            return new Settings(1e-6, 10, 300, 1, 4, seed);
        }

        /** The learning rate at step {@code k}. */
        public double learningRateAt(int k) {
            return minLearningRate * Math.pow(maxLearningRate / minLearningRate, (double) k / (steps - 1));
        }
    }

    /**
     * The curve and what it suggests.
     *
     * @param learningRates  learning rate of each step run
     * @param losses         the raw batch loss at each step (before its update)
     * @param smoothed       the smoothed loss at each step
     * @param steepest       learning rate where the smoothed loss fell fastest (the suggestion)
     * @param minimum        learning rate at the smoothed loss's minimum
     * @param blowUp         learning rate at which the loss blew up, or NaN if it never did
     */
    public record Result(double[] learningRates, double[] losses, double[] smoothed, double steepest, double minimum,
                         double blowUp) {
    }

    /** Runs the test on a copy of {@code network} (which is left unchanged). */
    public static Result run(Network network, Dataset data, Optimizer optimizer, Settings settings) {
        Network net = network.copy();
        double[] w = net.parameters();
        double[] grad = new double[w.length];
        Workspace ws = net.newWorkspace();
        OptimizerState state = optimizer.newState(w.length);
        int n = data.rows();
        int[] order = new int[n];
        int cols = data.featureCount();
        int tc = data.targetCount();
        int batch = Math.min(settings.batchSize(), n);
        double[] lrs = new double[settings.steps()];
        double[] raw = new double[settings.steps()];
        double[] smooth = new double[settings.steps()];
        double avg = 0;
        double best = Double.POSITIVE_INFINITY;
        double blowUp = Double.NaN;
        int position = n;
        int epoch = 0;
        int k = 0;
        for (; k < settings.steps(); k++) {
            double lr = settings.learningRateAt(k);
            state.setLearningRate(lr);
            double loss = 0;
            for (int b = 0; b < batch; b++) {
                if (position == n) {
                    ItemOrder.shuffle(settings.seed(), epoch++, order);
                    position = 0;
                }
                int item = order[position++];
                loss += net.gradient(data.features(), item * cols, data.targets(), item * tc, ws, grad, b > 0);
            }
            if (batch > 1) {
                for (int i = 0; i < grad.length; i++) {
                    grad[i] /= batch;
                }
            }
            loss /= batch;
            avg = BETA * avg + (1 - BETA) * loss;
            double s = avg / (1 - Math.pow(BETA, k + 1));
            lrs[k] = lr;
            raw[k] = loss;
            smooth[k] = s;
            if (!Double.isFinite(s) || s > settings.blowUpFactor() * best) {
                blowUp = lr;
                k++;
                break;
            }
            best = Math.min(best, s);
            optimizer.step(w, grad, state);
        }
        int done = k;
        double[] l = java.util.Arrays.copyOf(lrs, done);
        double[] r = java.util.Arrays.copyOf(raw, done);
        double[] s = java.util.Arrays.copyOf(smooth, done);
        return new Result(l, r, s, steepest(l, s, settings.steps()), minimum(l, s), blowUp);
    }

    private static double minimum(double[] lrs, double[] smooth) {
        int best = 0;
        for (int k = 1; k < smooth.length; k++) {
            if (smooth[k] < smooth[best]) {
                best = k;
            }
        }
        return lrs[best];
    }

    private static double steepest(double[] lrs, double[] smooth, int steps) {
        int h = Math.max(1, steps / 50);
        int bestK = -1;
        double bestSlope = 0;
        for (int k = h; k + h < smooth.length; k++) {
            if (!Double.isFinite(smooth[k + h])) {
                break;
            }
            double slope = (smooth[k + h] - smooth[k - h]) / (Math.log(lrs[k + h]) - Math.log(lrs[k - h]));
            if (slope < bestSlope) {
                bestSlope = slope;
                bestK = k;
            }
        }
        return bestK < 0 ? Double.NaN : lrs[bestK];
    }
}
