package org.momentum4j.model;

import java.util.Objects;
import org.momentum4j.schedule.PlateauState;
import org.momentum4j.train.ControlState;
import org.momentum4j.train.DivergenceState;
import org.momentum4j.train.EarlyStoppingState;

/** Converts {@link ControlState} to and from its checkpoint JSON, doubles that may be non-finite as text. */
final class ControlCodec {
    private ControlCodec() {
    }

    static CheckpointJson.ControlJson toJson(ControlState c) {
        PlateauState p = c.plateau();
        EarlyStoppingState e = c.earlyStopping();
        DivergenceState d = c.divergence();
        return new CheckpointJson.ControlJson(
                new CheckpointJson.PlateauJson(Double.toString(p.best()), p.badEpochs(), p.cooldownLeft(), p.scale()),
                new CheckpointJson.EarlyStoppingJson(Double.toString(e.bestLoss()), e.bestEpoch(), e.badEpochs()),
                c.bestParameters(),
                new CheckpointJson.DivergenceJson(Double.toString(d.firstLoss()), Double.toString(d.bestLoss()),
                        d.learningRateScale(), d.recoveries()),
                c.lastGoodParameters(), c.lastGoodEpoch());
    }

    static ControlState fromJson(CheckpointJson.ControlJson j) {
        CheckpointJson.PlateauJson p = Objects.requireNonNull(j.plateau(), "control.plateau");
        CheckpointJson.EarlyStoppingJson e = Objects.requireNonNull(j.earlyStopping(), "control.earlyStopping");
        CheckpointJson.DivergenceJson d = Objects.requireNonNull(j.divergence(), "control.divergence");
        DivergenceState divergence = new DivergenceState(number(d.firstLoss(), "control.divergence.firstLoss"),
                number(d.bestLoss(), "control.divergence.bestLoss"), d.learningRateScale(), d.recoveries());
        if (!(divergence.learningRateScale() > 0 && divergence.learningRateScale() <= 1) || divergence.recoveries() < 0) {
            throw new IllegalArgumentException("control.divergence has learning-rate scale "
                    + divergence.learningRateScale() + " and " + divergence.recoveries() + " recoveries");
        }
        return new ControlState(
                new PlateauState(number(p.best(), "control.plateau.best"), p.badEpochs(), p.cooldownLeft(), p.scale()),
                new EarlyStoppingState(number(e.bestLoss(), "control.earlyStopping.bestLoss"), e.bestEpoch(),
                        e.badEpochs()),
                j.bestParameters(), divergence, j.lastGoodParameters(), j.lastGoodEpoch());
    }

    /** A double written by {@link Double#toString}, including {@code Infinity} and {@code NaN}. */
    private static double number(String text, String where) {
        Objects.requireNonNull(text, where);
        if (!text.matches("-?(Infinity|NaN|\\d+\\.\\d+(E-?\\d+)?)")) {
            throw new IllegalArgumentException(where + " must be a number as Java writes it, got '" + text + "'");
        }
        return Double.parseDouble(text);
    }
}
