package org.momentum4j.train;

import java.util.Objects;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerState;
import org.momentum4j.schedule.PlateauState;
import org.momentum4j.schedule.Schedule;

/**
 * The per-epoch side of {@link TrainingControls}' schedules for one run: before epoch {@code e} (0-based)
 * {@link #apply} sets the optimizer state's learning rate to
 * {@code learningRateSchedule.value(e, epochs, lr0, plateau) * scale} and, unless the momentum schedule is
 * constant, its momentum to {@code momentumSchedule.value(e, epochs, mu0, plateau)}, where {@code lr0} and
 * {@code mu0} are the rule's own values and {@code epochs} is the run's full length. After the epoch,
 * {@link #observe} takes in the validation loss for a plateau schedule. {@link ControlledRun} and the
 * runs of compare and tune ({@code MonitoredRun}) share it, so a schedule means the same everywhere.
 * Mutable (it holds the plateau state); one per run.
 */
public final class EpochSchedules {
    private final Schedule learningRate;
    private final Schedule momentum;
    private final boolean scheduleMomentum;
    private final double baseLearningRate;
    private final double baseMomentum;
    private final int epochs;
    private PlateauState plateau = PlateauState.INITIAL;

    /**
     * The schedules of {@code controls} for a run of {@code optimizer} over {@code config.epochs()} epochs.
     * The caller checks the controls first ({@link TrainingControls#check}).
     */
    public EpochSchedules(TrainingControls controls, Optimizer optimizer, TrainingConfig config) {
        this.learningRate = Objects.requireNonNull(controls, "controls").learningRateSchedule();
        this.momentum = controls.momentumSchedule();
        this.scheduleMomentum = !TrainingControls.isConstant(momentum);
        this.baseLearningRate = optimizer.learningRate();
        this.baseMomentum = optimizer.momentum();
        this.epochs = config.epochs();
    }

    /** Sets the values for epoch {@code epoch} (0-based) on {@code state}; {@code scale} multiplies the learning rate. */
    public void apply(OptimizerState state, int epoch, double scale) {
        state.setLearningRate(learningRate.value(epoch, epochs, baseLearningRate, plateau) * scale);
        if (scheduleMomentum) {
            state.setMomentum(momentum.value(epoch, epochs, baseMomentum, plateau));
        }
    }

    /** Takes in the validation loss measured after epoch {@code epoch} (0-based), for a plateau schedule. */
    public void observe(int epoch, double validationLoss) {
        plateau = learningRate.observe(epoch, epochs, baseLearningRate, validationLoss, plateau);
    }

    /** The plateau schedule's state, for checkpoints. */
    public PlateauState plateau() {
        return plateau;
    }

    /** Puts back a plateau state saved by {@link #plateau()}. */
    public void restore(PlateauState saved) {
        plateau = Objects.requireNonNull(saved, "saved");
    }
}
