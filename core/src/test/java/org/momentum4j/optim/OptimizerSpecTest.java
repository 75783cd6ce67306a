package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizerSpecTest {

    @Test
    void theIssuesExamplesBuildTheRecordsTheyName() {
        assertEquals(new Sgd(0.05), OptimizerSpec.parse("sgd lr=0.05").build());
        assertEquals(new ArticleMomentum(0.05, 0.75), OptimizerSpec.parse("article lr=0.05 momentum=0.75").build());
        assertEquals(new Nesterov(0.02, 0.9, MomentumForm.LR_OUTSIDE, 0),
                OptimizerSpec.parse("nesterov lr=0.02 momentum=0.9 form=lr-outside").build());
        assertEquals(new HeavyBall(0.01, 0.9, 0.1, MomentumForm.LR_OUTSIDE, 1e-4),
                OptimizerSpec.parse("momentum lr=0.01 momentum=0.9 dampening=0.1 form=pytorch weight-decay=1e-4").build());
    }

    @Test
    void theAdaptiveRulesAndTheirFlags() {
        assertEquals(new Adam(0.001), OptimizerSpec.parse("adam lr=0.001").build());
        assertEquals(new Adam(0.002, 0.8, 0.99, 1e-6, 0, true),
                OptimizerSpec.parse("adam lr=0.002 beta1=0.8 beta2=0.99 eps=1e-6 amsgrad").build());
        assertEquals(new AdamW(0.001, 0.9, 0.999, 1e-8, 0.01, false), OptimizerSpec.parse("adamw lr=0.001").build());
        assertEquals(new RmsProp(0.01, 0.9, 1e-8, 0.5, true, 0),
                OptimizerSpec.parse("rmsprop lr=0.01 alpha=0.9 momentum=0.5 centered").build());
        assertEquals(new AdaGrad(0.05), OptimizerSpec.parse("adagrad lr=0.05").build());
        assertEquals(new Rprop(0.01), OptimizerSpec.parse("rprop lr=0.01").build());
        assertEquals("adam lr=0.001 amsgrad", OptimizerSpec.parse("adam amsgrad=true lr=0.001").toString());
        assertEquals("bad value for amsgrad in \"adam lr=0.1 amsgrad=yes\": 'yes' is not true or false",
                assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("adam lr=0.1 amsgrad=yes"))
                        .getMessage());
        assertEquals("'centered' in \"adam lr=0.1 centered\" is not KEY=VALUE",
                assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("adam lr=0.1 centered"))
                        .getMessage());
    }

    @Test
    void namesKeysAndAliasesIgnoreCaseAndExtraSpaces() {
        assertEquals(new HeavyBall(0.1, 0.5), OptimizerSpec.parse("  Heavy-Ball   LR=0.1  mu=0.5 ").build());
        assertEquals(new Sgd(0.1, 0.01), OptimizerSpec.parse("SGD learning-rate=.1 wd=1e-2").build());
    }

    @Test
    void toStringIsCanonicalAndParsesBack() {
        OptimizerSpec spec = OptimizerSpec.parse("NAG form=pytorch mu=0.9 lr=0.02");
        assertEquals("nesterov lr=0.02 momentum=0.9 form=pytorch", spec.toString());
        assertEquals(spec, OptimizerSpec.parse(spec.toString()));
    }

    @Test
    void withFillsInKeysThatASearchVaries() {
        OptimizerSpec partial = OptimizerSpec.parse("nesterov form=lr-outside");
        assertFalse(partial.sets(OptimizerKinds.LEARNING_RATE));
        Optimizer built = partial.with(OptimizerKinds.LEARNING_RATE, 0.003)
                .with(OptimizerKinds.MOMENTUM, 0.8).build();
        assertEquals(new Nesterov(0.003, 0.8, MomentumForm.LR_OUTSIDE, 0), built);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse("sgd").with(OptimizerKinds.MOMENTUM, 0.9));
        assertEquals("sgd has no setting 'momentum': it takes lr, weight-decay", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            adamax lr=0.1                 | unknown optimizer 'adamax' in "adamax lr=0.1": expected one of sgd, article, momentum, nesterov, adam, adamw, adagrad, rmsprop, rprop
            sgd mom=0.9                   | unknown key 'mom' in "sgd mom=0.9": sgd takes lr, weight-decay
            sgd lr=abc                    | bad value for lr in "sgd lr=abc": 'abc' is not a number
            sgd lr=NaN                    | bad value for lr in "sgd lr=NaN": 'NaN' is not a number
            sgd lr=0x10                   | bad value for lr in "sgd lr=0x10": '0x10' is not a number
            sgd lr=1e                     | bad value for lr in "sgd lr=1e": '1e' is not a number
            sgd lr0.05                    | 'lr0.05' in "sgd lr0.05" is not KEY=VALUE
            sgd lr=                       | 'lr=' in "sgd lr=" is not KEY=VALUE
            sgd =0.05                     | '=0.05' in "sgd =0.05" is not KEY=VALUE
            sgd lr=0.1 lr=0.2             | key 'lr' is given twice in "sgd lr=0.1 lr=0.2"
            lr=0.1 sgd                    | "lr=0.1 sgd" must start with an optimizer name, one of sgd, article, momentum, nesterov, adam, adamw, adagrad, rmsprop, rprop; got 'lr=0.1'
            nesterov lr=0.1 momentum=0.9 form=sideways | bad value for form in "nesterov lr=0.1 momentum=0.9 form=sideways": unknown momentum form 'sideways': expected lr-inside (alias sutskever, keras) or lr-outside (alias pytorch)
            """)
    void parseErrorsAreOneLineNamingThePart(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse(spec));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sgd lr=-1                        | "sgd lr=-1": learning rate must be finite and > 0, got -1.0
            article lr=0.05 momentum=1       | "article lr=0.05 momentum=1": momentum must be in [0, 1), got 1.0
            momentum lr=0.1 momentum=0.9 dampening=0.5 | "momentum lr=0.1 momentum=0.9 dampening=0.5": dampening belongs to the lr-outside (PyTorch) form; with lr-inside it must be 0, got 0.5
            nesterov momentum=0.9            | "nesterov momentum=0.9" needs lr=VALUE, e.g. "nesterov lr=0.02 momentum=0.9"
            article lr=0.05                  | "article lr=0.05" needs momentum=VALUE, e.g. "article lr=0.05 momentum=0.75"
            """)
    void buildErrorsRephraseTheRecordsValidationWithTheSpec(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.parse(spec).build());
        assertEquals(message, e.getMessage());
    }

    @Test
    void anEmptySpecSaysWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse("   "));
        assertTrue(e.getMessage().startsWith("empty optimizer spec: expected NAME KEY=VALUE"), e.getMessage());
    }

    /** describe() writes the spec syntax, so every valid record survives describe -> parse -> build. */
    @Property(tries = 300)
    void describeParsesBackToAnEqualRecord(@ForAll("optimizers") Optimizer optimizer) {
        assertEquals(optimizer, OptimizerSpec.parse(optimizer.describe()).build());
    }

    @Provide
    Arbitrary<Optimizer> optimizers() {
        Arbitrary<Double> lr = Arbitraries.doubles().between(1e-6, 10).ofScale(8);
        Arbitrary<Double> mu = Arbitraries.doubles().between(0, 0.999).ofScale(6);
        Arbitrary<Double> wd = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 0.1));
        Arbitrary<MomentumForm> form = Arbitraries.of(MomentumForm.class);
        Arbitrary<Double> damp = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Combinators.combine(lr, wd).as(Sgd::new),
                Combinators.combine(lr, mu, wd).as(ArticleMomentum::new),
                Combinators.combine(lr, mu, damp, form, wd).as((l, m, d, f, w) ->
                        new HeavyBall(l, m, f == MomentumForm.LR_INSIDE ? 0 : d, f, w)),
                Combinators.combine(lr, mu, form, wd).as(Nesterov::new),
                Combinators.combine(lr, mu, mu, wd, Arbitraries.of(true, false)).as((l, b1, b2, w, ams) ->
                        new Adam(l, b1, b2, 1e-8, w, ams)),
                Combinators.combine(lr, mu, wd, Arbitraries.of(true, false)).as((l, b1, w, ams) ->
                        new AdamW(l, b1, 0.999, 1e-7, w, ams)),
                Combinators.combine(lr, mu, mu, Arbitraries.of(true, false), wd).as((l, a, m, c, w) ->
                        new RmsProp(l, a, 1e-8, m, c, w)),
                Combinators.combine(lr, wd).as((l, w) -> new AdaGrad(l, 1e-10, 0.1, w)),
                Combinators.combine(lr, Arbitraries.doubles().between(1.01, 3).ofScale(4)).as((l, up) ->
                        new Rprop(l, 0.5, up, 1e-6, 50)));
    }
}
