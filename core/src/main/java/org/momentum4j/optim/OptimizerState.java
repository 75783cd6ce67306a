package org.momentum4j.optim;

import java.util.Arrays;

/**
 * The mutable part of an optimizer during one training run: its buffers (such as velocities, laid out
 * like the parameters), how many steps it has taken, and the learning rate and momentum in force now.
 *
 * <p>Schedules change {@link #setLearningRate} and {@link #setMomentum} between steps; the rules read
 * them at every step. Checkpoints save and restore all of it through the accessors.
 */
public final class OptimizerState {
    private final double[][] buffers;
    private long steps;
    private double learningRate;
    private double momentum;

    /**
     * @param bufferCount    how many parameter-shaped buffers the rule needs
     * @param parameterCount length of each buffer
     * @param learningRate   initial learning rate
     * @param momentum       initial momentum (0 when the rule has none)
     */
    public OptimizerState(int bufferCount, int parameterCount, double learningRate, double momentum) {
        this.buffers = new double[bufferCount][parameterCount];
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    /** Buffer {@code i} (live, not a copy). */
    public double[] buffer(int i) {
        return buffers[i];
    }

    public int bufferCount() {
        return buffers.length;
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }

    /** Sets the step count (for restoring a checkpoint). */
    public void setSteps(long steps) {
        this.steps = steps;
    }

    /** Called by the rule at the end of each step. */
    void countStep() {
        steps++;
    }

    public double learningRate() {
        return learningRate;
    }

    /**
     * Sets the learning rate for the next steps. Unlike a rule's initial learning rate, 0 is allowed here:
     * a schedule such as cosine annealing to {@code min=0} may end there.
     */
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    public double momentum() {
        return momentum;
    }

    public void setMomentum(double momentum) {
        Check.momentum(momentum);
        this.momentum = momentum;
    }

    /** Zeroes the buffers and the step count (e.g. after a divergence roll-back); keeps the rates. */
    public void reset() {
        for (double[] b : buffers) {
            Arrays.fill(b, 0.0);
        }
        steps = 0;
    }
}
