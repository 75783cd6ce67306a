package org.momentum4j.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Datasets;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.optim.Sgd;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingControls;

class ScheduledTuningTest {
    private static final TrainingControls SCHEDULES = TrainingControls.NONE
            .withLearningRateSchedule(Schedule.parse("cosine"))
            .withMomentumSchedule(Schedule.parse("ramp:from=0.5"));

    /** sgd and nesterov, 3 learning rates each (x 3 momenta for nesterov): 12 candidates, rungs 12/4/1 at 1/3/9 epochs. */
    private static Tuning halving() {
        SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("sgd"), OptimizerSpec.parse("nesterov")),
                new ValueRange("learning rate", 0.01, 1), new ValueRange("momentum", 0, 0.9));
        return Tuning.of(Datasets.iris(), Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(), space,
                new SuccessiveHalving(new Grid(3, 3), 3), 9).withSeed(7);
    }

    private static List<List<Object>> numbers(TuneResult result) {
        return result.history().stream().map(r -> List.<Object>of(r.index(), r.rung(), r.epochs(), r.validationLoss(),
                r.validationAccuracy(), r.trainingLoss(), r.divergedAt())).toList();
    }

    @Test
    void scheduledSearchesAreBitIdenticalWhateverTheThreadCount() {
        Tuning tuning = halving().withControls(SCHEDULES);
        assertEquals(numbers(new Tuner(1).run(tuning)), numbers(new Tuner(2).run(tuning)));
    }

    @Test
    void theSchedulesRunOverTheFinalBudgetInEveryRung() {
        // Rung 0 trains 1 epoch of 9. The cosine over 9 epochs runs its first epoch at the trial's own rate
        // (cos 0 = 1), so sgd trials report exactly what they report unscheduled; nesterov's momentum ramp
        // starts at 0.5, which no grid momentum (0, 0.45, 0.9) equals, so those differ. Later rungs are
        // past epoch 1, where the cosine has begun to anneal: every promoted trial differs.
        TuneResult scheduled = new Tuner(2).run(halving().withControls(SCHEDULES));
        TuneResult plain = new Tuner(2).run(halving());
        for (TrialResult s : scheduled.history().stream().filter(r -> r.rung() == 0).toList()) {
            TrialResult p = plain.history().get(s.index());
            assertEquals(s.index(), p.index());
            if (s.settings().spec().kind().name().equals("sgd")) {
                assertEquals(p.validationLoss(), s.validationLoss(), s.settings().describe());
            } else {
                assertNotEquals(p.validationLoss(), s.validationLoss(), s.settings().describe());
            }
        }
        List<TrialResult> later = scheduled.history().stream().filter(r -> r.rung() > 0).toList();
        assertEquals(5, later.size());
        int overlapping = 0;
        for (TrialResult s : later) {
            for (TrialResult p : plain.history()) {
                if (p.index() == s.index() && p.rung() == s.rung()) {
                    overlapping++;
                    assertNotEquals(p.validationLoss(), s.validationLoss(), s.settings().describe());
                }
            }
        }
        assertTrue(overlapping > 0, "some trial is promoted with and without the schedules");
    }

    @Test
    void theMomentumScheduleSkipsRulesWithoutMomentum() {
        Tuning tuning = halving().withControls(SCHEDULES);
        assertEquals(TrainingControls.NONE.withLearningRateSchedule(Schedule.parse("cosine")),
                tuning.controlsFor(new Sgd(0.1)));
    }

    @Test
    void schedulesThatDoNotFitATrialAreRejectedUpFront() {
        // ramp to 1.5 from 0.5 over the 9 epochs: 0.5 + e / 8, 1.0 at e = 4, the 5th epoch.
        String m = assertThrows(IllegalArgumentException.class, () -> halving().withControls(TrainingControls.NONE
                .withMomentumSchedule(Schedule.parse("ramp:from=0.5,to=1.5")))).getMessage();
        assertTrue(m.contains("gives 1.0 in epoch 5 of 9"), m);
    }
}
