package org.momentum4j.train;

import java.util.Arrays;
import java.util.Objects;
import org.momentum4j.optim.OptimizerState;

/**
 * Everything a {@link TrainingRun} needs to continue exactly where it was: the parameters, the
 * optimizer's state (its buffers, step count, and the learning rate and momentum in force) and the number
 * of epochs done. (What {@link ControlledRun} adds on top, schedules' and early stopping's state and the best
 * weights, is its {@link ControlState}.) The item order
 * needs no saved generator state: {@link ItemOrder} derives each epoch's order from (seed, epoch). So a run
 * resumed from a state takes bit-identical steps to one never interrupted.
 *
 * <p>Arrays are copied in and out; a state never shares memory with a live run.
 *
 * @param epochsDone   epochs completed, &gt;= 0
 * @param parameters   the network's parameters
 * @param steps        optimizer steps taken
 * @param learningRate learning rate in force
 * @param momentum     momentum in force (0 for rules without)
 * @param buffers      the optimizer's buffers, each as long as {@code parameters}
 */
public record TrainingState(int epochsDone, double[] parameters, long steps, double learningRate, double momentum,
                            double[][] buffers) {

    public TrainingState {
        if (epochsDone < 0) {
            throw new IllegalArgumentException("epochs done must be >= 0, got " + epochsDone);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("optimizer steps must be >= 0, got " + steps);
        }
        parameters = parameters.clone();
        buffers = buffers.clone();
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = buffers[i].clone();
            if (buffers[i].length != parameters.length) {
                throw new IllegalArgumentException("optimizer buffer " + i + " has " + buffers[i].length
                        + " values for " + parameters.length + " parameters");
            }
        }
    }

    /** The state of {@code optimizer} and {@code parameters} after {@code epochsDone} epochs. */
    static TrainingState of(int epochsDone, double[] parameters, OptimizerState optimizer) {
        double[][] buffers = new double[optimizer.bufferCount()][];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = optimizer.buffer(i);
        }
        return new TrainingState(epochsDone, parameters, optimizer.steps(), optimizer.learningRate(),
                optimizer.momentum(), buffers);
    }

    /** Writes the optimizer part into {@code target}, which must have the same number and size of buffers. */
    void restore(OptimizerState target) {
        if (target.bufferCount() != buffers.length) {
            throw new IllegalArgumentException("the optimizer keeps " + target.bufferCount()
                    + " buffers, but the saved state has " + buffers.length);
        }
        for (int i = 0; i < buffers.length; i++) {
            double[] b = target.buffer(i);
            if (b.length != buffers[i].length) {
                throw new IllegalArgumentException("optimizer buffer " + i + " has " + b.length
                        + " values, the saved one " + buffers[i].length);
            }
            System.arraycopy(buffers[i], 0, b, 0, b.length);
        }
        target.setSteps(steps);
        target.setLearningRate(learningRate);
        if (momentum != 0 || target.momentum() != 0) {
            target.setMomentum(momentum);
        }
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[][] buffers() {
        double[][] copy = buffers.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingState s && epochsDone == s.epochsDone && steps == s.steps
                && Double.compare(learningRate, s.learningRate) == 0 && Double.compare(momentum, s.momentum) == 0
                && Arrays.equals(parameters, s.parameters) && Arrays.deepEquals(buffers, s.buffers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epochsDone, steps, learningRate, momentum, Arrays.hashCode(parameters),
                Arrays.deepHashCode(buffers));
    }

    @Override
    public String toString() {
        return "TrainingState[" + epochsDone + " epochs, " + steps + " steps, " + parameters.length + " parameters]";
    }
}
