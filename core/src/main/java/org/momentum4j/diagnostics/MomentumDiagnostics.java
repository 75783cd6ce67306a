package org.momentum4j.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.momentum4j.nn.Architecture;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.train.StepObserver;

/**
 * Per-layer, per-epoch measurements of what the optimizer did ({@link LayerDiagnostics}): gradient,
 * velocity and update norms, update-to-weight ratio, effective step ratio percentiles and oscillation.
 *
 * <p>Opt-in: attach it to a {@link org.momentum4j.train.TrainingRun}. It keeps a copy of the previous
 * parameters and of the previous update, and two per-parameter accumulators, so it costs a few passes
 * over the parameters per step, and nothing when not attached. It allocates only at epoch ends.
 */
public final class MomentumDiagnostics implements StepObserver {
    private final Architecture architecture;
    private final double[] previousWeights;
    private final double[] previousUpdate;
    private final double[] moved;
    private final double[] sgdWouldMove;
    private final double[] update;
    private final List<LayerDiagnostics> history = new ArrayList<>();
    private double[] lastGradient;
    private OptimizerState lastState;
    private final double[] flipFractionSum;
    private int stepsThisEpoch;
    private int comparedSteps;
    private boolean havePreviousUpdate;

    /** Starts observing a run whose parameters are {@code initialWeights} now. */
    public MomentumDiagnostics(Architecture architecture, double[] initialWeights) {
        this.architecture = architecture;
        int n = architecture.parameterCount();
        if (initialWeights.length != n) {
            throw new IllegalArgumentException("expected " + n + " parameters, got " + initialWeights.length);
        }
        this.previousWeights = initialWeights.clone();
        this.previousUpdate = new double[n];
        this.moved = new double[n];
        this.sgdWouldMove = new double[n];
        this.update = new double[n];
        this.flipFractionSum = new double[architecture.depth()];
    }

    @Override
    public void afterStep(double[] w, double[] g, OptimizerState state) {
        double lr = state.learningRate();
        for (int l = 0; l < architecture.depth(); l++) {
            int from = architecture.weightOffset(l);
            int to = architecture.weightOffset(l + 1);
            int flips = 0;
            for (int i = from; i < to; i++) {
                double d = w[i] - previousWeights[i];
                update[i] = d;
                moved[i] += Math.abs(d);
                sgdWouldMove[i] += lr * Math.abs(g[i]);
                if (havePreviousUpdate && d * previousUpdate[i] < 0) {
                    flips++;
                }
                previousUpdate[i] = d;
                previousWeights[i] = w[i];
            }
            if (havePreviousUpdate) {
                flipFractionSum[l] += (double) flips / (to - from);
            }
        }
        if (havePreviousUpdate) {
            comparedSteps++;
        }
        havePreviousUpdate = true;
        stepsThisEpoch++;
        lastGradient = g;
        lastState = state;
    }

    @Override
    public void epochEnded(int epoch) {
        if (stepsThisEpoch == 0) {
            return;
        }
        for (int l = 0; l < architecture.depth(); l++) {
            int from = architecture.weightOffset(l);
            int to = architecture.weightOffset(l + 1);
            double[] ratios = new double[to - from];
            int count = 0;
            for (int i = from; i < to; i++) {
                if (sgdWouldMove[i] > 0) {
                    ratios[count++] = moved[i] / sgdWouldMove[i];
                }
            }
            double[] sorted = Arrays.copyOf(ratios, count);
            Arrays.sort(sorted);
            double velocity = lastState.bufferCount() > 0 ? norm(lastState.buffer(0), from, to) : 0.0;
            double weights = norm(previousWeights, from, to);
            double step = norm(update, from, to);
            history.add(new LayerDiagnostics(epoch, l, norm(lastGradient, from, to), velocity, step, weights,
                    weights == 0 ? Double.NaN : step / weights, percentile(sorted, 0.10), percentile(sorted, 0.50),
                    percentile(sorted, 0.90), comparedSteps == 0 ? Double.NaN : flipFractionSum[l] / comparedSteps));
        }
        Arrays.fill(moved, 0.0);
        Arrays.fill(sgdWouldMove, 0.0);
        Arrays.fill(flipFractionSum, 0.0);
        stepsThisEpoch = 0;
        comparedSteps = 0;
    }

    /** Everything measured so far, epoch by epoch, layer by layer. */
    public List<LayerDiagnostics> history() {
        return List.copyOf(history);
    }

    /** Linear interpolation between order statistics (the "R-7" definition); NaN for no data. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double norm(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }
}
