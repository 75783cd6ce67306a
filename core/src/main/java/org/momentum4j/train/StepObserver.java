package org.momentum4j.train;

import org.momentum4j.optim.OptimizerState;

/**
 * Sees every optimizer step of a {@link TrainingRun}, for opt-in instruments such as
 * {@link org.momentum4j.diagnostics.MomentumDiagnostics}. A run without an observer pays one null check
 * per step. Called on the training thread; implementations must not change the arrays.
 */
public interface StepObserver {

    /**
     * Called right after {@code optimizer.step}.
     *
     * @param weights  the parameters after the step
     * @param gradient the (batch-averaged) gradient the step used
     * @param state    the optimizer's state after the step
     */
    void afterStep(double[] weights, double[] gradient, OptimizerState state);

    /** Called after the epoch's last step, before listeners hear of the epoch. */
    void epochEnded(int epoch);
}
