package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.train.ControlsFixture.TRAIN;
import static org.momentum4j.train.ControlsFixture.network;

import org.junit.jupiter.api.Test;
import org.momentum4j.data.Datasets;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Rprop;
import org.momentum4j.optim.Sgd;
import org.momentum4j.schedule.Schedule;

/** Controls that do not fit the rule, the configuration or the data are refused up front, in one line. */
class TrainingControlsTest {
    private static final TrainingConfig CONFIG = TrainingConfig.online(100, 1);

    private static String refusal(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aMomentumScheduleNeedsARuleWithMomentum() {
        TrainingControls c = TrainingControls.NONE.withMomentumSchedule(Schedule.parse("ramp"));
        assertEquals("sgd has no momentum for the momentum schedule 'ramp' to move",
                refusal(() -> new Trainer(new Sgd(0.1), CONFIG, c)));
        new Trainer(new HeavyBall(0.1, 0.9), CONFIG, c);
        new Trainer(new Adam(0.001), CONFIG, c); // beta1
    }

    @Test
    void rpropTakesNoLearningRateSchedule() {
        TrainingControls c = TrainingControls.NONE.withLearningRateSchedule(Schedule.parse("cosine"));
        assertEquals("rprop sets its own step sizes (the learning rate is only the first), so the learning-rate"
                + " schedule 'cosine' would have no effect", refusal(() -> new Trainer(new Rprop(0.01), CONFIG, c)));
    }

    @Test
    void scheduledValuesMustBeValidInEveryEpoch() {
        TrainingControls ramp = TrainingControls.NONE.withMomentumSchedule(Schedule.parse("ramp:to=1.2,epochs=11"));
        assertEquals("momentum schedule 'ramp:to=1.2,epochs=11' gives 1.06 in epoch 9 of 100; momentum must be in"
                + " [0, 1)", refusal(() -> new Trainer(new HeavyBall(0.1, 0.9), CONFIG, ramp)));
        TrainingControls grow = TrainingControls.NONE.withLearningRateSchedule(Schedule.parse("exp:gamma=1e10"));
        assertTrue(refusal(() -> new Trainer(new Sgd(0.1), CONFIG, grow))
                .startsWith("learning-rate schedule 'exp:gamma=1e10' gives Infinity in epoch "));
    }

    @Test
    void plateauCannotDriveMomentum() {
        assertEquals("momentum schedule 'plateau': plateau only drives the learning rate",
                refusal(() -> TrainingControls.NONE.withMomentumSchedule(Schedule.parse("plateau"))));
    }

    @Test
    void earlyStoppingAndPlateauNeedValidationData() {
        TrainingControls both = TrainingControls.NONE.withEarlyStopping(new EarlyStopping(10))
                .withLearningRateSchedule(Schedule.parse("warmup>plateau"));
        assertTrue(both.needsValidation());
        assertFalse(TrainingControls.NONE.needsValidation());
        assertEquals("early stopping (patience=10) and the learning-rate schedule 'warmup>plateau' needs validation"
                + " data, but none was given", refusal(() -> new Trainer(new Sgd(0.1), CONFIG, both)
                .fit(network(1), TRAIN)));
    }

    @Test
    void validationDataMustFitTheNetwork() {
        assertEquals("the network takes 4 inputs but xor has 2 features", refusal(() ->
                new Trainer(new Sgd(0.1), CONFIG).fit(network(1), TRAIN, Datasets.xor(), TrainingListener.NONE)));
    }

    @Test
    void describesItself() {
        assertEquals("none", TrainingControls.NONE.toString());
        assertEquals("lr-schedule=warmup>cosine early-stopping=patience=10 clip-norm=1.0",
                TrainingControls.NONE.withLearningRateSchedule(Schedule.parse("warmup:epochs=5>cosine"))
                        .withEarlyStopping(new EarlyStopping(10)).withClipping(GradientClipping.byNorm(1))
                        .toString());
    }
}
