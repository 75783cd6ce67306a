package org.momentum4j.optim;

/**
 * A rule whose update of each parameter reads only that parameter's gradient and state (plus the state's
 * scalars), so it is defined by {@link #stepRange}: a whole step is {@code stepRange} over every parameter,
 * then {@link #finishRangeStep}. Trainers may split such a step across threads by parameter range with the
 * same bits. Every built-in rule is one.
 */
public interface ElementwiseOptimizer extends Optimizer {
    @Override
    default void step(double[] w, double[] g, OptimizerState state) {
        stepRange(w, g, 0, w.length, state);
        finishRangeStep(state);
    }

    @Override
    default boolean hasRangeStep() {
        return true;
    }

    @Override
    void stepRange(double[] w, double[] g, int from, int to, OptimizerState state);
}
