package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.momentum4j.cli.OptimizerFactory.Setting;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Sgd;

/** Each {@code --optimizer} name builds the core rule with exactly the settings typed. */
class OptimizerFactoryTest {
    private static final OptimizerSettings SETTINGS =
            new OptimizerSettings(0.1, 0.9, 0.25, MomentumForm.LR_OUTSIDE, 0.001);
    private static final Set<Setting> NONE = EnumSet.noneOf(Setting.class);

    @Test
    void namesMapToTheCoreRecords() {
        assertEquals(new Sgd(0.1, 0.001), create("sgd", SETTINGS));
        assertEquals(new ArticleMomentum(0.1, 0.9, 0.001), create("article", SETTINGS));
        assertEquals(new HeavyBall(0.1, 0.9, 0.25, MomentumForm.LR_OUTSIDE, 0.001), create("momentum", SETTINGS));
        assertEquals(new Nesterov(0.1, 0.9, MomentumForm.LR_OUTSIDE, 0.001), create("nesterov", SETTINGS));
        assertEquals(List.of("sgd", "article", "momentum", "nesterov"),
                OptimizerFactory.RULES.stream().map(OptimizerFactory.Rule::name).toList());
    }

    @Test
    void namesIgnoreCaseAndUnknownNamesListTheKnownOnes() {
        assertEquals("nesterov", OptimizerFactory.rule(" Nesterov ").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerFactory.rule("adam"));
        assertEquals("unknown optimizer 'adam': expected one of sgd, article, momentum, nesterov", e.getMessage());
    }

    @Test
    void aTypedSettingTheRuleDoesNotTakeIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> OptimizerFactory.create(
                OptimizerFactory.rule("article"), SETTINGS, EnumSet.of(Setting.LEARNING_RATE, Setting.FORM)));
        assertEquals("--momentum-form: --optimizer article takes no momentum form (it takes --lr, --momentum,"
                + " --weight-decay)", e.getMessage());
    }

    @Test
    void coreRejectionsAreAttributedToTheirFlag() {
        OptimizerSettings badDecay = new OptimizerSettings(0.1, 0.9, 0, MomentumForm.LR_INSIDE, -1);
        UsageException e = assertThrows(UsageException.class,
                () -> OptimizerFactory.create(OptimizerFactory.rule("nesterov"), badDecay, NONE));
        assertTrue(e.getMessage().startsWith("--weight-decay: weight decay must be"), e.getMessage());
    }

    private static Object create(String name, OptimizerSettings settings) {
        return OptimizerFactory.create(OptimizerFactory.rule(name), settings, NONE);
    }
}
