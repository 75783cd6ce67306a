package org.momentum4j.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.ControlledRun;
import org.momentum4j.train.EpochSchedules;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.StepObserver;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingRun;

/**
 * A training run watched epoch by epoch: it records the learning curve (training figures and, when there
 * is validation data, validation figures) and stops for good as soon as the run diverges. Comparisons and
 * searches are built from it; a search can also {@link #advanceTo advance} a run in stages, and because
 * the item order depends only on (seed, epoch), stopping at epoch 3 and going on to 9 gives the same
 * weights as running 9 epochs at once.
 *
 * <p>Learning-rate and momentum schedules ({@link TrainingControls#learningRateSchedule()},
 * {@link TrainingControls#momentumSchedule()}) are applied per epoch exactly as {@link ControlledRun} applies
 * them ({@link EpochSchedules}), over {@code config.epochs()}: the run's full length, even when a search
 * advances it in stages, so a run stopped at epoch 3 and continued to 9 follows the same schedule as one that
 * ran 9 epochs at once. A plateau schedule reads the validation loss measured after each epoch.
 *
 * <p>Diverged means: a non-finite training or validation loss, or a training loss above
 * {@code divergenceFactor} times the loss at the start (epoch 0). The check runs after every epoch; once
 * it fires, the run takes no further step.
 */
public final class MonitoredRun {
    private final TrainingRun run;
    private final Dataset train;
    private final Dataset validation;
    private final double divergenceFactor;
    private final EpochSchedules schedules;
    private final List<EpochPoint> curve = new ArrayList<>();
    private final double startLoss;
    private int divergedAt = -1;
    private long nanos;

    /**
     * Starts a run and measures epoch 0.
     *
     * @param network          trained in place
     * @param validation       data to evaluate after every epoch, or null for none
     * @param config           batch size and seed; {@code config.epochs()} is the most this run may take
     * @param divergenceFactor greater than 1
     */
    public MonitoredRun(Network network, Dataset train, Dataset validation, Optimizer optimizer,
                        TrainingConfig config, double divergenceFactor) {
        this(network, train, validation, optimizer, config, TrainingControls.NONE, divergenceFactor);
    }

    /**
     * Starts a run steered by the schedules of {@code controls} and measures epoch 0.
     *
     * @param controls schedules only (see {@link #checkControls}); their epochs are {@code config.epochs()}
     * @throws IllegalArgumentException if the controls hold more than schedules, do not suit the optimizer
     *                                  ({@link TrainingControls#check}), or need validation data there is not
     */
    public MonitoredRun(Network network, Dataset train, Dataset validation, Optimizer optimizer,
                        TrainingConfig config, TrainingControls controls, double divergenceFactor) {
        checkDivergenceFactor(divergenceFactor);
        checkControls(controls, optimizer, config, validation != null);
        long t0 = System.nanoTime();
        this.run = new TrainingRun(network, train, optimizer, config);
        this.schedules = new EpochSchedules(controls, optimizer, config);
        this.train = Objects.requireNonNull(train, "train");
        this.validation = validation;
        this.divergenceFactor = divergenceFactor;
        Evaluation start = Evaluation.of(network, train);
        this.startLoss = start.loss();
        record(point(0, start.loss(), start.accuracy()));
        nanos += System.nanoTime() - t0;
    }

    /** Rejects factors that are not finite numbers above 1. */
    public static void checkDivergenceFactor(double factor) {
        if (!(factor > 1) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("divergence factor must be finite and > 1, got " + factor);
        }
    }

    /**
     * Checks that {@code controls} hold only schedules (a watched run has its own divergence rule and trains
     * every epoch it is asked to, so early stopping, clipping and divergence policies are not taken), that they
     * suit {@code optimizer} over {@code config} ({@link TrainingControls#check}) and that a plateau schedule
     * has validation data.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkControls(TrainingControls controls, Optimizer optimizer, TrainingConfig config,
                                     boolean validation) {
        TrainingControls schedules = TrainingControls.NONE.withLearningRateSchedule(controls.learningRateSchedule())
                .withMomentumSchedule(controls.momentumSchedule());
        if (!controls.equals(schedules)) {
            throw new IllegalArgumentException("compare and tune take only learning-rate and momentum schedules from"
                    + " training controls, got " + controls);
        }
        controls.check(optimizer, config);
        if (!validation && controls.needsValidation()) {
            throw new IllegalArgumentException("the learning-rate schedule '" + controls.learningRateSchedule()
                    + "' is driven by the validation loss, but there is no validation data");
        }
    }

    /** A curve point with the given training figures and freshly measured validation figures. */
    private EpochPoint point(int epoch, double trainingLoss, double trainingAccuracy) {
        if (validation == null) {
            return new EpochPoint(epoch, trainingLoss, trainingAccuracy, Double.NaN, Double.NaN);
        }
        Evaluation v = Evaluation.of(run.network(), validation);
        return new EpochPoint(epoch, trainingLoss, trainingAccuracy, v.loss(), v.accuracy());
    }

    private void record(EpochPoint p) {
        curve.add(p);
        boolean blownUp = !Double.isFinite(p.trainingLoss())
                || validation != null && !Double.isFinite(p.validationLoss())
                || startLoss > 0 && p.trainingLoss() > divergenceFactor * startLoss;
        if (blownUp && divergedAt < 0) {
            divergedAt = p.epoch();
        }
    }

    /**
     * Trains until {@code epochs} epochs are done, the run diverges, or it already had that many;
     * {@code onEpoch} hears about each new epoch.
     *
     * @return this run's last point
     */
    public EpochPoint advanceTo(int epochs, Consumer<EpochPoint> onEpoch) {
        if (epochs > run.config().epochs()) {
            throw new IllegalArgumentException("this run may take at most " + run.config().epochs()
                    + " epochs, asked for " + epochs);
        }
        while (!diverged() && run.epochsDone() < epochs) {
            long t0 = System.nanoTime();
            int e = run.epochsDone();
            schedules.apply(run.optimizerState(), e, 1);
            EpochStats stats = run.runEpoch();
            EpochPoint p = point(stats.epoch(), stats.trainingLoss(), stats.trainingAccuracy());
            if (validation != null) {
                schedules.observe(e, p.validationLoss());
            }
            record(p);
            nanos += System.nanoTime() - t0;
            onEpoch.accept(p);
        }
        return last();
    }

    /**
     * Attaches an instrument that sees every step from now on ({@code null} detaches); see
     * {@link TrainingRun#observe}. It does not change the run's results.
     */
    public void observe(StepObserver observer) {
        run.observe(observer);
    }

    /** Whether the run has diverged (and so stopped). */
    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** The epoch at whose end divergence was detected (0: already at the start), or -1 when it has not diverged. */
    public int divergedAt() {
        return divergedAt;
    }

    /** Epochs trained so far. */
    public int epochsDone() {
        return run.epochsDone();
    }

    /** Items visited so far ({@code epochsDone * rows}). */
    public long itemsSeen() {
        return (long) run.epochsDone() * train.rows();
    }

    /** The curve so far, epoch 0 first. */
    public List<EpochPoint> curve() {
        return Collections.unmodifiableList(curve);
    }

    public EpochPoint last() {
        return curve.get(curve.size() - 1);
    }

    /** The training loss at epoch 0, the reference for the divergence factor. */
    public double startLoss() {
        return startLoss;
    }

    /** Time spent training and evaluating in this run. */
    public Duration wallTime() {
        return Duration.ofNanos(nanos);
    }

    /** The network being trained (live). */
    public Network network() {
        return run.network();
    }
}
