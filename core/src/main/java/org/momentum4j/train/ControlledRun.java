package org.momentum4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;

/**
 * A {@link TrainingRun} steered by {@link TrainingControls}: per epoch it sets the scheduled learning rate
 * and momentum, trains the epoch (with clipping), measures the validation data, and updates the plateau
 * schedule and early stopping. {@link Trainer#fit} drives one to the end; callers that checkpoint or resume
 * drive it themselves:
 * <pre>{@code
 * ControlledRun run = new ControlledRun(net, train, validation, optimizer, config, controls);
 * // on resume: restore run.trainingRun()'s state, then run.restore(savedControlState)
 * while (!run.isFinished()) {
 *     EpochStats stats = run.runEpoch();
 *     // save run.trainingRun() and run.state() here to checkpoint
 * }
 * TrainingResult result = run.finish(history);
 * }</pre>
 * Epoch {@code e} (0-based) runs at {@code learningRateSchedule.value(e, epochs, lr0, plateau)}; the plateau
 * state and early stopping see the validation loss measured after the epoch, so a reduction takes effect
 * from the next epoch.
 *
 * <p>After every epoch the training loss is checked for divergence ({@link DivergencePolicy}). The weights
 * that the last good epoch started from are kept (two copies of the parameters per epoch: an epoch's loss
 * is measured along its way, so it vouches for its starting weights, not for where it ended), so that a
 * divergence never leaves NaN weights behind: training either stops with them or, with {@code recover},
 * goes on from them at half the learning rate with the optimizer's state reset.
 */
public final class ControlledRun {
    private final TrainingRun run;
    private final Dataset train;
    private final Dataset validation;
    private final TrainingControls controls;
    private final EpochSchedules schedules;
    private final EarlyStopping earlyStopping;
    /** Early stopping's rule, or one that never stops, so the best validation epoch is known either way. */
    private final EarlyStopping bestTracker;
    private final int epochs;
    private EarlyStoppingState early = EarlyStoppingState.INITIAL;
    private double[] bestParameters;
    private boolean finished;
    private final DivergencePolicy divergence;
    private final double[] lastGood;
    private final double[] epochStart;
    private int lastGoodEpoch;
    private DivergenceState divergenceState = DivergenceState.INITIAL;
    private final List<DivergenceEvent> divergences = new ArrayList<>();
    private boolean divergedStop;

    /**
     * Starts a run; {@code network} is trained in place.
     *
     * @param validation data for the validation loss, or null (then neither early stopping nor a plateau
     *                   schedule may be used)
     * @throws IllegalArgumentException if the controls do not suit the optimizer, configuration or data
     */
    public ControlledRun(Network network, Dataset train, Dataset validation, Optimizer optimizer,
                         TrainingConfig config, TrainingControls controls) {
        this(network, train, validation, optimizer, config, controls, Parallelism.SINGLE);
    }

    /** As above, with mini-batches on {@code parallelism.threads()} threads (the same bits with any count). */
    public ControlledRun(Network network, Dataset train, Dataset validation, Optimizer optimizer,
                         TrainingConfig config, TrainingControls controls, Parallelism parallelism) {
        this.controls = Objects.requireNonNull(controls, "controls");
        controls.check(optimizer, config);
        if (controls.needsValidation() && validation == null) {
            throw new IllegalArgumentException(controls.validationUsers() + " needs validation data, but none was"
                    + " given");
        }
        if (validation != null) {
            Evaluation.checkShapes(network, validation);
            if (validation.rows() == 0) {
                throw new IllegalArgumentException("validation dataset " + validation.name() + " has no rows");
            }
        }
        this.run = new TrainingRun(network, train, optimizer, config, controls.clipping(), parallelism);
        this.train = train;
        this.validation = validation;
        this.schedules = new EpochSchedules(controls, optimizer, config);
        this.earlyStopping = controls.earlyStopping();
        this.bestTracker = earlyStopping != null ? earlyStopping : new EarlyStopping(Integer.MAX_VALUE, 0.0, false);
        this.epochs = config.epochs();
        this.divergence = controls.divergence();
        this.lastGood = network.parameters().clone();
        this.epochStart = new double[lastGood.length];
    }

    /** Whether training is over: all epochs ran, early stopping fired, or {@link #finish} was called. */
    public boolean isFinished() {
        return finished || divergedStop || run.epochsDone() >= epochs
                || (earlyStopping != null && earlyStopping.shouldStop(early));
    }

    /**
     * Trains the next epoch and returns its statistics, with validation figures when there is validation data.
     *
     * @throws IllegalStateException if the run {@link #isFinished()}
     */
    public EpochStats runEpoch() {
        if (isFinished()) {
            throw new IllegalStateException("the run is finished after epoch " + run.epochsDone());
        }
        int e = run.epochsDone();
        if (e == 0 && divergenceState.equals(DivergenceState.INITIAL)) {
            // The first epoch's loss needs a reference too: the loss of the weights training starts from.
            divergenceState = DivergenceState.startingAt(Evaluation.of(run.network(), train).loss());
        }
        OptimizerState state = run.optimizerState();
        schedules.apply(state, e, divergenceState.learningRateScale());
        double[] w = run.network().parameters();
        System.arraycopy(w, 0, epochStart, 0, w.length);
        EpochStats stats = run.runEpoch();
        if (divergence.diverged(stats.trainingLoss(), divergenceState.bestLoss(), divergenceState.firstLoss())) {
            handleDivergence(stats, w, state);
            return stats;
        }
        // The epoch's loss was measured along its way from its starting weights, so those are the weights
        // it vouches for; the weights it ended with are vouched for only by the next epoch.
        divergenceState = divergenceState.afterGoodEpoch(stats.trainingLoss());
        System.arraycopy(epochStart, 0, lastGood, 0, w.length);
        lastGoodEpoch = stats.epoch() - 1;
        if (validation == null) {
            return stats;
        }
        Evaluation v = Evaluation.of(run.network(), validation);
        schedules.observe(e, v.loss());
        early = bestTracker.observe(early, stats.epoch(), v.loss());
        if (earlyStopping != null && earlyStopping.restoreBest() && early.bestEpoch() == stats.epoch()) {
            if (bestParameters == null) {
                bestParameters = w.clone();
            } else {
                System.arraycopy(w, 0, bestParameters, 0, w.length);
            }
        }
        return stats.withValidation(v.loss(), v.accuracy());
    }

    private void handleDivergence(EpochStats stats, double[] w, OptimizerState state) {
        System.arraycopy(lastGood, 0, w, 0, w.length);
        boolean recover = divergence.action() == DivergencePolicy.Action.RECOVER
                && divergenceState.recoveries() < divergence.maxRecoveries();
        if (recover) {
            divergenceState = divergenceState.afterRecovery();
            state.reset();
        } else {
            divergedStop = true;
        }
        divergences.add(new DivergenceEvent(stats.epoch(), stats.trainingLoss(), divergenceState.bestLoss(),
                stats.learningRate(), stats.momentum(), recover,
                recover ? stats.learningRate() / 2 : Double.NaN));
    }

    /** Every divergence so far and what was done about it. */
    public List<DivergenceEvent> divergences() {
        return List.copyOf(divergences);
    }

    /**
     * Ends the run: puts the best weights back if early stopping is set to restore them, and returns the
     * result with {@code history} (the statistics the caller collected from {@link #runEpoch()}).
     * Calling it again returns the same outcome without moving the weights again.
     */
    public TrainingResult finish(List<EpochStats> history) {
        int weightsEpoch = divergedStop ? lastGoodEpoch : run.epochsDone();
        if (bestParameters != null && !divergedStop) {
            if (!finished) {
                double[] w = run.network().parameters();
                System.arraycopy(bestParameters, 0, w, 0, w.length);
            }
            weightsEpoch = early.bestEpoch();
        }
        finished = true;
        StopReason reason = divergedStop ? StopReason.DIVERGED
                : run.epochsDone() >= epochs ? StopReason.COMPLETED
                : earlyStopping != null && earlyStopping.shouldStop(early) ? StopReason.EARLY_STOPPING
                : StopReason.INTERRUPTED;
        boolean measured = early.bestEpoch() > 0;
        return new TrainingResult(run.network(), history, reason, early.bestEpoch(),
                measured ? early.bestLoss() : Double.NaN, weightsEpoch, divergences);
    }

    /** The state a checkpoint saves besides {@link #trainingRun()}'s. */
    public ControlState state() {
        return new ControlState(schedules.plateau(), early, bestParameters, divergenceState, lastGood, lastGoodEpoch);
    }

    /**
     * Restores state saved by {@link #state()}, e.g. from a checkpoint, before the next {@link #runEpoch()}.
     *
     * @throws IllegalArgumentException if the saved best weights do not fit the network
     */
    public void restore(ControlState saved) {
        double[] best = saved.bestParameters();
        if (best != null && best.length != run.network().parameterCount()) {
            throw new IllegalArgumentException("saved best weights have " + best.length + " values but the network"
                    + " has " + run.network().parameterCount() + " parameters");
        }
        schedules.restore(saved.plateau());
        early = saved.earlyStopping();
        bestParameters = best;
        double[] good = saved.lastGoodParameters();
        if (good != null && good.length != lastGood.length) {
            throw new IllegalArgumentException("saved roll-back weights have " + good.length + " values but the"
                    + " network has " + lastGood.length + " parameters");
        }
        divergenceState = saved.divergence();
        System.arraycopy(good != null ? good : run.network().parameters(), 0, lastGood, 0, lastGood.length);
        lastGoodEpoch = good != null ? saved.lastGoodEpoch() : run.epochsDone();
    }

    /** The run underneath: network, optimizer state and epoch count, for checkpoints. */
    public TrainingRun trainingRun() {
        return run;
    }

    public TrainingControls controls() {
        return controls;
    }

    /** The validation data, or null. */
    public Dataset validation() {
        return validation;
    }
}
