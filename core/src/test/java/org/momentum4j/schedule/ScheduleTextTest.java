package org.momentum4j.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text form: it parses, round-trips through toString, and rejects mistakes with one clear line. */
class ScheduleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "constant|constant",
        "cosine|cosine",
        "cosine:epochs=200,min=1e-4|cosine:epochs=200,min=1e-4",
        "cosine:min=0.0001,epochs=200|cosine:epochs=200,min=1e-4",
        "step:every=30,factor=0.1|step",
        "step:factor=0.5|step:factor=0.5",
        "exp:gamma=0.99|exp",
        "exp:gamma=0.95|exp:gamma=0.95",
        "warmup:epochs=5>cosine:epochs=200|warmup>cosine:epochs=200",
        " Warmup : epochs = 3 , start = 0.25 > COSINE |warmup:epochs=3,start=0.25>cosine",
        "plateau:patience=5,factor=0.5|plateau:patience=5,factor=0.5",
        "plateau:cooldown=2,min=1e-6,threshold=0|plateau:threshold=0,cooldown=2,min=1e-6",
        "ramp:from=0.5,to=0.99,epochs=50|ramp:to=0.99,epochs=50",
        "sutskever:max=0.99|sutskever:max=0.99",
        "ramp:epochs=10>sutskever:every=5|ramp:epochs=10>sutskever:every=5",
    })
    void parsesToTheCanonicalTextWhichParsesBackEqual(String text, String canonical) {
        Schedule s = Schedule.parse(text);
        assertEquals(canonical, s.toString());
        assertEquals(s, Schedule.parse(s.toString()));
    }

    @Test
    void parsesToTheExpectedRecords() {
        assertEquals(new CosineAnnealing(200, 1e-4), Schedule.parse("cosine:epochs=200,min=1e-4"));
        assertEquals(new CosineAnnealing(0, 0), Schedule.parse("cosine"));
        assertEquals(new StepDecay(30, 0.1), Schedule.parse("step:every=30,factor=0.1"));
        assertEquals(new ExponentialDecay(0.99), Schedule.parse("exp:gamma=0.99"));
        assertEquals(new ReduceOnPlateau(5, 0.5, 1e-4, 0, 0), Schedule.parse("plateau:patience=5,factor=0.5"));
        assertEquals(new Chain(List.of(new Warmup(5, 0.1), new CosineAnnealing(200, 0))),
                Schedule.parse("warmup:epochs=5>cosine:epochs=200"));
        assertEquals(Schedule.constant(), Schedule.parse("constant"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty schedule: expected a name such as constant, step, exp, cosine, warmup, ramp, sutskever or plateau",
        "cosin|unknown schedule 'cosin' (expected constant, step, exp, cosine, warmup, ramp, sutskever or plateau)",
        "cosine:epochs=abc|in 'cosine:epochs=abc': epochs must be a whole number, got 'abc'",
        "cosine:min=1e-4x|in 'cosine:min=1e-4x': min must be a number, got '1e-4x'",
        "cosine:min=NaN|in 'cosine:min=NaN': min must be a number, got 'NaN'",
        "cosine:foo=1|in 'cosine:foo=1': unknown setting 'foo' (cosine takes epochs, min)",
        "constant:epochs=3|in 'constant:epochs=3': unknown setting 'epochs' (constant takes none)",
        "cosine:epochs|in 'cosine:epochs': expected key=value, got 'epochs'",
        "exp:gamma=0.9,gamma=0.8|in 'exp:gamma=0.9,gamma=0.8': setting 'gamma' given twice",
        "step:every=0|in 'step:every=0': every must be at least 1 epoch, got 0",
        "cosine:epochs=0|in 'cosine:epochs=0': epochs must be at least 1 (or left out for the rest of the run), got 0",
        "cosine:min=-1|in 'cosine:min=-1': min must be finite and >= 0, got -1.0",
        "warmup:start=0|in 'warmup:start=0': start must be in (0, 1], got 0.0",
        "plateau:factor=2|in 'plateau:factor=2': factor must be in (0, 1), got 2.0",
        "sutskever:max=1|in 'sutskever:max=1': max must be in [0, 1), got 1.0",
        "warmup:epochs=5>|empty stage in 'warmup:epochs=5>': expected a schedule on each side of '>'",
        "step>cosine|'step' has no fixed length, so 'cosine' cannot follow it (only warmup, and cosine or ramp"
                + " with epochs=N, can be followed)",
        "warmup>cosine>plateau|'cosine' has no fixed length, so 'plateau' cannot follow it (only warmup, and cosine"
                + " or ramp with epochs=N, can be followed)",
    })
    void rejectsMistakesWithOneLineNamingTheBadPart(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.parse(text));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Property(tries = 300)
    void everyScheduleRoundTrips(@ForAll("schedules") Schedule s) {
        assertEquals(s, Schedule.parse(s.toString()));
    }

    @Property(tries = 500)
    void numbersRoundTripExactly(@ForAll double x) {
        if (Double.isFinite(x)) {
            assertEquals(x + 0.0, Double.parseDouble(Text.number(x)) + 0.0);
        }
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<Integer> epochs = Arbitraries.integers().between(1, 1000);
        Arbitrary<Double> unit = Arbitraries.doubles().between(1e-9, 0.999999).ofScale(12);
        Arbitrary<Double> rate = Arbitraries.doubles().between(0, 10).ofScale(9);
        Arbitrary<Schedule> bounded = Arbitraries.oneOf(
                Combinators.combine(epochs, unit).as((n, s) -> (Schedule) new Warmup(n, s)),
                Combinators.combine(epochs, rate).as((n, m) -> (Schedule) new CosineAnnealing(n, m)),
                Combinators.combine(rate, rate, epochs).as((f, t, n) -> (Schedule) new Ramp(f, t, n)));
        Arbitrary<Schedule> open = Arbitraries.oneOf(
                Arbitraries.just(Schedule.constant()),
                Combinators.combine(epochs, Arbitraries.doubles().between(1e-6, 10).ofScale(9))
                        .as((n, f) -> (Schedule) new StepDecay(n, f)),
                Arbitraries.doubles().between(1e-6, 2).ofScale(9).map(g -> (Schedule) new ExponentialDecay(g)),
                rate.map(m -> (Schedule) new CosineAnnealing(0, m)),
                Combinators.combine(epochs, unit).as((n, m) -> (Schedule) new SutskeverMomentum(n, m)),
                Combinators.combine(Arbitraries.integers().between(0, 50), unit, unit, Arbitraries.integers()
                        .between(0, 9), rate).as(ReduceOnPlateau::new).map(p -> (Schedule) p));
        return Arbitraries.oneOf(open, bounded,
                Combinators.combine(bounded.list().ofMinSize(1).ofMaxSize(3), open).as((head, last) -> {
                    List<Schedule> stages = new ArrayList<>(head);
                    stages.add(last);
                    return (Schedule) new Chain(stages);
                }));
    }
}
