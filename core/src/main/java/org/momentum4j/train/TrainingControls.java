package org.momentum4j.train;

import java.util.Objects;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Rprop;
import org.momentum4j.schedule.PlateauState;
import org.momentum4j.schedule.Schedule;

/**
 * What steers training besides the update rule and the {@link TrainingConfig}: learning-rate and momentum
 * schedules, early stopping, and gradient clipping. Immutable; {@link #NONE} changes nothing.
 *
 * <p>Schedules are applied per epoch: before epoch {@code e} (0-based) the trainer sets the optimizer
 * state's learning rate to {@code learningRateSchedule.value(e, epochs, lr0, plateau)} and, unless the
 * momentum schedule is constant, its momentum likewise from the rule's initial momentum. A plateau schedule
 * and early stopping read the validation loss measured after each epoch, so they need validation data.
 *
 * <pre>{@code
 * TrainingControls controls = TrainingControls.NONE
 *         .withLearningRateSchedule(Schedule.parse("warmup:epochs=5>cosine"))
 *         .withMomentumSchedule(Schedule.parse("ramp:from=0.5,to=0.99,epochs=50"))
 *         .withEarlyStopping(new EarlyStopping(10, 1e-4, true))
 *         .withClipping(GradientClipping.byNorm(1.0));
 * new Trainer(optimizer, config, controls).fit(network, train, validation, listener);
 * }</pre>
 *
 * @param learningRateSchedule how the learning rate moves
 * @param momentumSchedule     how the momentum moves; not driven by the validation loss
 * @param earlyStopping        early stopping, or null for none
 * @param clipping             gradient clipping ({@link GradientClipping#NONE} for none)
 * @param divergence           what to do when the loss diverges ({@link DivergencePolicy#STOP} by default)
 */
public record TrainingControls(Schedule learningRateSchedule, Schedule momentumSchedule,
                               EarlyStopping earlyStopping, GradientClipping clipping, DivergencePolicy divergence) {
    /** Constant learning rate and momentum, no early stopping, no clipping, stop on divergence. */
    public static final TrainingControls NONE = new TrainingControls(Schedule.constant(), Schedule.constant(), null,
            GradientClipping.NONE, DivergencePolicy.STOP);

    public TrainingControls {
        Objects.requireNonNull(learningRateSchedule, "learningRateSchedule");
        Objects.requireNonNull(momentumSchedule, "momentumSchedule");
        Objects.requireNonNull(clipping, "clipping");
        Objects.requireNonNull(divergence, "divergence");
        if (momentumSchedule.needsValidationLoss()) {
            throw new IllegalArgumentException("momentum schedule '" + momentumSchedule
                    + "': plateau only drives the learning rate");
        }
    }

    public TrainingControls withLearningRateSchedule(Schedule schedule) {
        return new TrainingControls(schedule, momentumSchedule, earlyStopping, clipping, divergence);
    }

    public TrainingControls withMomentumSchedule(Schedule schedule) {
        return new TrainingControls(learningRateSchedule, schedule, earlyStopping, clipping, divergence);
    }

    /** With early stopping, or without it if {@code stopping} is null. */
    public TrainingControls withEarlyStopping(EarlyStopping stopping) {
        return new TrainingControls(learningRateSchedule, momentumSchedule, stopping, clipping, divergence);
    }

    public TrainingControls withClipping(GradientClipping newClipping) {
        return new TrainingControls(learningRateSchedule, momentumSchedule, earlyStopping, newClipping, divergence);
    }

    public TrainingControls withDivergence(DivergencePolicy policy) {
        return new TrainingControls(learningRateSchedule, momentumSchedule, earlyStopping, clipping, policy);
    }

    /** Whether training needs validation data (early stopping or a plateau schedule). */
    public boolean needsValidation() {
        return earlyStopping != null || learningRateSchedule.needsValidationLoss();
    }

    /** What needs validation data, for error messages; empty if nothing does. */
    String validationUsers() {
        String plateau = learningRateSchedule.needsValidationLoss()
                ? "the learning-rate schedule '" + learningRateSchedule + "'" : "";
        String early = earlyStopping == null ? "" : "early stopping (" + earlyStopping + ")";
        return plateau.isEmpty() || early.isEmpty() ? plateau + early : early + " and " + plateau;
    }

    /**
     * Checks that these controls suit {@code optimizer} and {@code config}: a momentum schedule needs a rule
     * with momentum, Rprop takes no learning-rate schedule, and every scheduled value is a valid learning
     * rate (finite, &gt;= 0) or momentum (in [0, 1)) in every epoch of the run.
     *
     * @throws IllegalArgumentException naming the schedule, the epoch and the value
     */
    public void check(Optimizer optimizer, TrainingConfig config) {
        String rule = optimizer.describe().split(" ", 2)[0];
        if (!isConstant(learningRateSchedule) && optimizer instanceof Rprop) {
            throw new IllegalArgumentException("rprop sets its own step sizes (the learning rate is only the first),"
                    + " so the learning-rate schedule '" + learningRateSchedule + "' would have no effect");
        }
        if (!isConstant(momentumSchedule) && !optimizer.hasMomentum()) {
            throw new IllegalArgumentException(rule + " has no momentum for the momentum schedule '"
                    + momentumSchedule + "' to move");
        }
        int epochs = config.epochs();
        for (int e = 0; e < epochs; e++) {
            double lr = learningRateSchedule.value(e, epochs, optimizer.learningRate(), PlateauState.INITIAL);
            if (!(lr >= 0) || !Double.isFinite(lr)) {
                throw new IllegalArgumentException("learning-rate schedule '" + learningRateSchedule + "' gives "
                        + lr + " in epoch " + (e + 1) + " of " + epochs + "; a learning rate must be finite and >= 0");
            }
            if (!isConstant(momentumSchedule)) {
                double mu = momentumSchedule.value(e, epochs, optimizer.momentum(), PlateauState.INITIAL);
                if (!(mu >= 0 && mu < 1)) {
                    throw new IllegalArgumentException("momentum schedule '" + momentumSchedule + "' gives " + mu
                            + " in epoch " + (e + 1) + " of " + epochs + "; momentum must be in [0, 1)");
                }
            }
        }
    }

    static boolean isConstant(Schedule schedule) {
        return schedule.equals(Schedule.constant());
    }

    /** The text of the settings in force, e.g. {@code lr-schedule=cosine early-stopping=patience=10}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!isConstant(learningRateSchedule)) {
            out.append("lr-schedule=").append(learningRateSchedule).append(' ');
        }
        if (!isConstant(momentumSchedule)) {
            out.append("momentum-schedule=").append(momentumSchedule).append(' ');
        }
        if (earlyStopping != null) {
            out.append("early-stopping=").append(earlyStopping).append(' ');
        }
        if (clipping.isActive()) {
            out.append(clipping).append(' ');
        }
        if (!divergence.equals(DivergencePolicy.STOP)) {
            out.append("on-divergence=").append(divergence).append(' ');
        }
        return out.length() == 0 ? "none" : out.substring(0, out.length() - 1);
    }
}
