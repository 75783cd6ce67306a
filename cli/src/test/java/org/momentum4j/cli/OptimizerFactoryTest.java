package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.momentum4j.cli.OptimizerFactory.Setting;
import org.momentum4j.optim.AdaGrad;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.AdamW;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.RmsProp;
import org.momentum4j.optim.Rprop;
import org.momentum4j.optim.Sgd;

/** Each {@code --optimizer} name builds the core rule with exactly the settings typed. */
class OptimizerFactoryTest {
    /** Every setting typed, each with a value no rule has as its default. */
    private static final OptimizerSettings TYPED = new OptimizerSettings(0.1, 0.9, 0.001, 1e-7, 0.25,
            MomentumForm.LR_OUTSIDE, 0.8, 0.99, true, 0.95, true, 0.1, 0.4, 1.3, 1e-5, 10);
    /** Nothing typed where the default depends on the rule. */
    private static final OptimizerSettings UNTYPED = new OptimizerSettings(null, null, null, null, 0,
            MomentumForm.LR_INSIDE, 0.9, 0.999, false, 0.99, false, 0, 0.5, 1.2, 1e-6, 50);
    private static final Set<Setting> NONE = EnumSet.noneOf(Setting.class);

    @Test
    void namesMapToTheCoreRecordsWithTheTypedSettings() {
        assertEquals(new Sgd(0.1, 0.001), create("sgd", TYPED));
        assertEquals(new ArticleMomentum(0.1, 0.9, 0.001), create("article", TYPED));
        assertEquals(new HeavyBall(0.1, 0.9, 0.25, MomentumForm.LR_OUTSIDE, 0.001), create("momentum", TYPED));
        assertEquals(new Nesterov(0.1, 0.9, MomentumForm.LR_OUTSIDE, 0.001), create("nesterov", TYPED));
        assertEquals(new AdaGrad(0.1, 1e-7, 0.1, 0.001), create("adagrad", TYPED));
        assertEquals(new RmsProp(0.1, 0.95, 1e-7, 0.9, true, 0.001), create("rmsprop", TYPED));
        assertEquals(new Adam(0.1, 0.8, 0.99, 1e-7, 0.001, true), create("adam", TYPED));
        assertEquals(new AdamW(0.1, 0.8, 0.99, 1e-7, 0.001, true), create("adamw", TYPED));
        assertEquals(new Rprop(0.1, 0.4, 1.3, 1e-5, 10), create("rprop", TYPED));
        assertEquals(List.of("sgd", "article", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "rprop"),
                OptimizerFactory.RULES.stream().map(OptimizerFactory.Rule::name).toList());
    }

    @Test
    void untypedSettingsTakeTheRulesOwnDefaults() {
        for (OptimizerFactory.Rule rule : OptimizerFactory.RULES) {
            assertEquals(RuleDefaults.of(rule.name()), create(rule.name(), UNTYPED), rule.name());
        }
    }

    @Test
    void namesIgnoreCaseAndUnknownNamesListTheKnownOnes() {
        assertEquals("nesterov", OptimizerFactory.rule(" Nesterov ").name());
        assertEquals("adamw", OptimizerFactory.rule("AdamW").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerFactory.rule("lion"));
        assertEquals("unknown optimizer 'lion': expected one of sgd, article, momentum, nesterov, adagrad, rmsprop,"
                + " adam, adamw, rprop", e.getMessage());
    }

    @Test
    void aTypedSettingTheRuleDoesNotTakeIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> OptimizerFactory.create(
                OptimizerFactory.rule("article"), TYPED, EnumSet.of(Setting.LEARNING_RATE, Setting.FORM)));
        assertEquals("--momentum-form: --optimizer article takes no momentum form (it takes --lr, --momentum,"
                + " --weight-decay)", e.getMessage());
    }

    @Test
    void adamsMomentumPointsToBeta1() {
        for (String adam : List.of("adam", "adamw")) {
            UsageException e = assertThrows(UsageException.class, () -> OptimizerFactory.create(
                    OptimizerFactory.rule(adam), TYPED, EnumSet.of(Setting.MOMENTUM)));
            assertTrue(e.getMessage().startsWith("--momentum: --optimizer " + adam + " takes no momentum; its"
                    + " momentum is the gradient average's decay, --beta1 (it takes --lr,"), e.getMessage());
        }
    }

    @Test
    void coreRejectionsAreAttributedToTheirFlag() {
        OptimizerSettings badDecay = new OptimizerSettings(0.1, 0.9, -1.0, null, 0, MomentumForm.LR_INSIDE, 0.9,
                0.999, false, 0.99, false, 0, 0.5, 1.2, 1e-6, 50);
        UsageException e = assertThrows(UsageException.class,
                () -> OptimizerFactory.create(OptimizerFactory.rule("nesterov"), badDecay, NONE));
        assertTrue(e.getMessage().startsWith("--weight-decay: weight decay must be"), e.getMessage());
        OptimizerSettings badMaxStep = new OptimizerSettings(null, null, null, null, 0, MomentumForm.LR_INSIDE, 0.9,
                0.999, false, 0.99, false, 0, 0.5, 1.2, 1e-6, 1e-7);
        e = assertThrows(UsageException.class,
                () -> OptimizerFactory.create(OptimizerFactory.rule("rprop"), badMaxStep, NONE));
        assertTrue(e.getMessage().startsWith("--max-step: max step must be"), e.getMessage());
    }

    private static Object create(String name, OptimizerSettings settings) {
        return OptimizerFactory.create(OptimizerFactory.rule(name), settings, NONE);
    }
}
