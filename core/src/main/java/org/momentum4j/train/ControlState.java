package org.momentum4j.train;

import java.util.Arrays;
import java.util.Objects;
import org.momentum4j.schedule.PlateauState;

/**
 * Everything {@link ControlledRun} remembers between epochs beyond the network, the optimizer state and the
 * epoch count (which {@link TrainingRun} holds): the plateau schedule's state, early stopping's state and the
 * best weights it keeps. A checkpoint that saves this together with those restores a run exactly.
 *
 * @param plateau        the plateau schedule's state ({@link PlateauState#INITIAL} if there is none)
 * @param earlyStopping  early stopping's state ({@link EarlyStoppingState#INITIAL} if there is none)
 * @param bestParameters a copy of the weights after the best epoch, or null (no restore-best, or no epoch yet)
 * @param divergence     divergence handling's state ({@link DivergenceState#INITIAL} before the first epoch)
 * @param lastGoodParameters the weights a divergence would roll back to (those the last good epoch started
 *                       from), or null for "the network's current weights" (before the first epoch)
 * @param lastGoodEpoch  the epoch whose end those weights are (0 for the initial weights)
 */
public record ControlState(PlateauState plateau, EarlyStoppingState earlyStopping, double[] bestParameters,
                           DivergenceState divergence, double[] lastGoodParameters, int lastGoodEpoch) {
    public ControlState {
        Objects.requireNonNull(plateau, "plateau");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        Objects.requireNonNull(divergence, "divergence");
        bestParameters = bestParameters == null ? null : bestParameters.clone();
        lastGoodParameters = lastGoodParameters == null ? null : lastGoodParameters.clone();
        if (lastGoodEpoch < 0) {
            throw new IllegalArgumentException("last good epoch must be >= 0, got " + lastGoodEpoch);
        }
    }

    /** A copy of the best weights, or null. */
    @Override
    public double[] bestParameters() {
        return bestParameters == null ? null : bestParameters.clone();
    }

    /** A copy of the roll-back weights, or null. */
    @Override
    public double[] lastGoodParameters() {
        return lastGoodParameters == null ? null : lastGoodParameters.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlState other && plateau.equals(other.plateau)
                && earlyStopping.equals(other.earlyStopping) && Arrays.equals(bestParameters, other.bestParameters)
                && divergence.equals(other.divergence)
                && Arrays.equals(lastGoodParameters, other.lastGoodParameters) && lastGoodEpoch == other.lastGoodEpoch;
    }

    @Override
    public int hashCode() {
        return Objects.hash(plateau, earlyStopping, Arrays.hashCode(bestParameters), divergence,
                Arrays.hashCode(lastGoodParameters), lastGoodEpoch);
    }

    @Override
    public String toString() {
        return "ControlState[plateau=" + plateau + ", earlyStopping=" + earlyStopping + ", bestParameters="
                + (bestParameters == null ? "none" : bestParameters.length + " values") + ", divergence=" + divergence
                + ", lastGoodEpoch=" + lastGoodEpoch + "]";
    }
}
