package org.momentum4j.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Sgd;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingListener;

class ScheduledComparisonTest {
    private static final Setting COSINE = Setting.parse("momentum lr=0.1 momentum=0.9 lr-schedule=cosine");
    private static final Setting WARM_RAMP = Setting.parse(
            "nesterov lr=0.05 momentum=0.9 lr-schedule=warmup:epochs=2>cosine momentum-schedule=ramp:from=0.5,to=0.95");

    private static Comparison race(Setting... settings) {
        return DefaultComparison.iris().withEpochs(6).withSeeds(List.of(1L, 2L)).withSettings(List.of(settings));
    }

    @Test
    void aScheduledRunIsExactlyWhatTheTrainerDoesWithTheSameControls() {
        Comparison c = race(COSINE, WARM_RAMP);
        ComparisonResult result = new Comparer(2).run(c);
        assertEquals(4, result.runs().size());
        for (RunResult run : result.runs()) {
            Network expected = c.initialNetwork(run.seed());
            new Trainer(run.optimizer(), c.config(run.seed()), run.setting().controls()).fit(expected, c.train());
            assertArrayEquals(expected.parameters(), run.network().parameters(), run.label() + ", seed " + run.seed());
        }
    }

    @Test
    void theScheduleChangesTheRun() {
        // Guards the test above: were schedules ignored, both runs would end with the same weights.
        Setting constant = Setting.of(COSINE.optimizer());
        ComparisonResult result = new Comparer(1).run(race(COSINE, constant).withSeeds(List.of(1L)));
        assertFalse(Arrays.equals(result.runsOf(COSINE).get(0).network().parameters(),
                result.runsOf(constant).get(0).network().parameters()));
        assertEquals(2, result.summaries().size(), "same rule, different schedules: two settings");
    }

    @Test
    void aPlateauScheduleReadsTheSameValidationLossAsTheTrainers() {
        Setting plateau = Setting.parse("sgd lr=0.5 lr-schedule=plateau:patience=0,factor=0.5,threshold=0.5");
        Comparison c = race(plateau).withEpochs(8).withSeeds(List.of(3L));
        RunResult run = new Comparer(1).run(c).runs().get(0);
        Network expected = c.initialNetwork(3);
        double[] lastLr = {Double.NaN};
        new Trainer(plateau.optimizer(), c.config(3), plateau.controls()).fit(expected, c.train(), c.validation(),
                stats -> lastLr[0] = stats.learningRate());
        assertTrue(lastLr[0] < 0.5, "the plateau must have cut the rate for the comparison to mean something");
        assertArrayEquals(expected.parameters(), run.network().parameters());
    }

    @Test
    void aRunAdvancedInStagesFollowsTheScheduleOfTheFullRun() {
        // Search rungs stop a run and go on later: the cosine is over config.epochs() (6) either way.
        Comparison c = race(COSINE);
        TrainingConfig config = c.config(1);
        Network staged = c.initialNetwork(1);
        MonitoredRun run = new MonitoredRun(staged, c.train(), c.validation(), COSINE.optimizer(), config,
                COSINE.controls(), Comparison.DEFAULT_DIVERGENCE_FACTOR);
        run.advanceTo(2, p -> { });
        run.advanceTo(6, p -> { });
        Network whole = c.initialNetwork(1);
        new Trainer(COSINE.optimizer(), config, COSINE.controls()).fit(whole, c.train(), TrainingListener.NONE);
        assertArrayEquals(whole.parameters(), staged.parameters());
    }

    @Test
    void theTextFormRoundTrips() {
        assertEquals("momentum lr=0.1 momentum=0.9 lr-schedule=cosine", COSINE.describe());
        assertEquals(WARM_RAMP, Setting.parse(WARM_RAMP.describe()));
        assertEquals(Schedule.parse("ramp:from=0.5,to=0.95"), WARM_RAMP.controls().momentumSchedule());
        // A schedule word may stand anywhere among the rule's keys.
        assertEquals(COSINE, Setting.parse("momentum lr-schedule=cosine lr=0.1  momentum=0.9"));
        assertEquals(Setting.of(new Sgd(0.05)), Setting.parse("sgd lr=0.05"));
    }

    @Test
    void commandWideSchedulesFillInWhatASettingLeavesOpen() {
        Schedule step = Schedule.parse("step:every=2");
        Schedule ramp = Schedule.parse("ramp");
        Setting sgd = Setting.of(new Sgd(0.05)).withDefaults(step, ramp);
        assertEquals(TrainingControls.NONE.withLearningRateSchedule(step), sgd.controls(),
                "sgd has no momentum to ramp");
        Setting own = COSINE.withDefaults(step, ramp);
        assertEquals(Schedule.parse("cosine"), own.controls().learningRateSchedule());
        assertEquals(ramp, own.controls().momentumSchedule());
    }

    @Test
    void badTextIsOneLineNamingThePart() {
        assertEquals("bad lr-schedule in \"sgd lr=0.1 lr-schedule=cosin\": "
                        + assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cosin")).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> Setting.parse("sgd lr=0.1 lr-schedule=cosin"))
                        .getMessage());
        assertEquals("'lr-schedule=' in \"sgd lr=0.1 lr-schedule=\" needs a schedule after '=', e.g."
                        + " lr-schedule=cosine",
                assertThrows(IllegalArgumentException.class, () -> Setting.parse("sgd lr=0.1 lr-schedule="))
                        .getMessage());
        assertEquals("key 'momentum-schedule' is given twice in \"momentum lr=0.1 momentum-schedule=ramp"
                        + " momentum-schedule=ramp\"",
                assertThrows(IllegalArgumentException.class, () -> Setting.parse(
                        "momentum lr=0.1 momentum-schedule=ramp momentum-schedule=ramp")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Setting.parse("sgd lr=0.1 momentum-schedule="
                + "plateau")).getMessage().startsWith("bad momentum-schedule in"));
    }

    @Test
    void aComparisonRejectsSchedulesThatDoNotFitTheRuleOrTheData() {
        String noMomentum = assertThrows(IllegalArgumentException.class,
                () -> race(Setting.parse("sgd lr=0.1 momentum-schedule=ramp"))).getMessage();
        assertEquals("'sgd lr=0.1 momentum-schedule=ramp': sgd has no momentum for the momentum schedule 'ramp' to"
                + " move", noMomentum);
        // ramp to 1.5: from 0.5 by 0.25 per epoch over 5 epochs, 0.75 in epoch 2, 1.0 in epoch 3: out of [0, 1).
        String tooHigh = assertThrows(IllegalArgumentException.class, () -> race(
                new Setting(new HeavyBall(0.1, 0.9), TrainingControls.NONE.withMomentumSchedule(
                        Schedule.parse("ramp:from=0.5,to=1.5,epochs=5"))))).getMessage();
        assertTrue(tooHigh.contains("gives 1.0 in epoch 3 of 6"), tooHigh);
        Comparison noValidation = Comparison.of(race(COSINE).train(), null, DefaultComparison.architecture(),
                DefaultComparison.init(), List.of(new Sgd(0.1)), 3);
        String plateau = assertThrows(IllegalArgumentException.class, () -> noValidation.withSettings(
                List.of(Setting.parse("sgd lr=0.1 lr-schedule=plateau")))).getMessage();
        assertTrue(plateau.contains("no validation data"), plateau);
    }
}
