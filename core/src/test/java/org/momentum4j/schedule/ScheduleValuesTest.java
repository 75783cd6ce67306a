package org.momentum4j.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each schedule's value per epoch, worked by hand from its formula. */
class ScheduleValuesTest {
    private static final double TOL = 1e-15;
    private static final PlateauState NONE = PlateauState.INITIAL;
    private static final double COS_QUARTER = Math.sqrt(0.5); // cos(pi / 4)

    private static double at(String text, int epoch, int span, double base) {
        return Schedule.parse(text).value(epoch, span, base, NONE);
    }

    @Test
    void constantKeepsTheBase() {
        assertEquals(0.05, at("constant", 0, 10, 0.05));
        assertEquals(0.05, at("constant", 9, 10, 0.05));
    }

    @Test
    void stepDecay() {
        // 0.1 * 0.5^floor(e / 3)
        assertEquals(0.1, at("step:every=3,factor=0.5", 2, 10, 0.1), TOL);
        assertEquals(0.05, at("step:every=3,factor=0.5", 3, 10, 0.1), TOL);
        assertEquals(0.025, at("step:every=3,factor=0.5", 6, 10, 0.1), TOL);
        // defaults: every 30, factor 0.1
        assertEquals(1.0, at("step", 29, 100, 1.0), TOL);
        assertEquals(0.1, at("step", 30, 100, 1.0), TOL);
        assertEquals(0.01, at("step", 60, 100, 1.0), TOL);
    }

    @Test
    void exponentialDecay() {
        assertEquals(0.81, at("exp:gamma=0.9", 2, 10, 1.0), TOL);
        assertEquals(2 * 0.99 * 0.99 * 0.99, at("exp", 3, 10, 2.0), TOL);
    }

    @Test
    void cosineAnnealing() {
        // min + (base - min) * (1 + cos(pi e / 4)) / 2 with base 1.1, min 0.1
        String c = "cosine:epochs=4,min=0.1";
        assertEquals(1.1, at(c, 0, 100, 1.1), TOL);
        assertEquals(0.1 + (1 + COS_QUARTER) / 2, at(c, 1, 100, 1.1), TOL); // 0.95355339...
        assertEquals(0.6, at(c, 2, 100, 1.1), TOL);
        assertEquals(0.1 + (1 - COS_QUARTER) / 2, at(c, 3, 100, 1.1), TOL); // 0.24644660...
        assertEquals(0.1, at(c, 4, 100, 1.1), TOL);
        assertEquals(0.1, at(c, 50, 100, 1.1), TOL);
        // bare cosine anneals to 0 over the span (the run's epochs): half-way is base / 2
        assertEquals(0.05, at("cosine", 50, 100, 0.1), TOL);
        assertEquals(0.1 * (1 + Math.cos(Math.PI * 99 / 100)) / 2, at("cosine", 99, 100, 0.1), TOL);
    }

    @Test
    void warmup() {
        // 0.5 * (0.2 + 0.8 e / 4): 0.1, 0.2, 0.3, 0.4, then 0.5
        String w = "warmup:epochs=4,start=0.2";
        assertEquals(0.1, at(w, 0, 10, 0.5), TOL);
        assertEquals(0.2, at(w, 1, 10, 0.5), TOL);
        assertEquals(0.4, at(w, 3, 10, 0.5), TOL);
        assertEquals(0.5, at(w, 4, 10, 0.5), TOL);
        assertEquals(0.5, at(w, 9, 10, 0.5), TOL);
        // defaults: 5 epochs from 0.1: epoch 2 is 0.1 + 0.9 * 2 / 5 = 0.46 of base
        assertEquals(0.46, at("warmup", 2, 10, 1.0), TOL);
    }

    @Test
    void rampReachesItsEndInItsLastEpoch() {
        // 0.5 + 0.4 e / 4: 0.5, 0.6, 0.7, 0.8, 0.9, then 0.9
        String r = "ramp:from=0.5,to=0.9,epochs=5";
        assertEquals(0.5, at(r, 0, 100, 0.0), TOL);
        assertEquals(0.6, at(r, 1, 100, 0.0), TOL);
        assertEquals(0.9, at(r, 4, 100, 0.0), TOL);
        assertEquals(0.9, at(r, 60, 100, 0.0), TOL);
        // bare ramp: from 0.5 to the optimizer's momentum over the whole run
        assertEquals(0.5, at("ramp", 0, 50, 0.99), TOL);
        assertEquals(0.5 + 0.49 * 10 / 49, at("ramp", 10, 50, 0.99), TOL);
        assertEquals(0.99, at("ramp", 49, 50, 0.99), TOL);
    }

    @Test
    void sutskeverMomentum() {
        // min(1 - 1 / (2 (floor(e / 2) + 1)), 0.9): 0.5, 0.5, 0.75, 0.75, 5/6, 5/6, 0.875, 0.875, 0.9, ...
        String s = "sutskever:every=2,max=0.9";
        assertEquals(0.5, at(s, 1, 100, 0.0), TOL);
        assertEquals(0.75, at(s, 2, 100, 0.0), TOL);
        assertEquals(1 - 1.0 / 6, at(s, 4, 100, 0.0), TOL);
        assertEquals(0.875, at(s, 7, 100, 0.0), TOL);
        assertEquals(0.9, at(s, 8, 100, 0.0), TOL);
        assertEquals(0.9, at(s, 99, 100, 0.0), TOL);
        // without max, the optimizer's momentum caps it
        assertEquals(0.8, at("sutskever", 50, 100, 0.8), TOL);
    }

    @Test
    void warmupThenCosineOverTheRestOfTheRun() {
        // run of 6 epochs, base 1: warm-up 0.5, 0.75; then cosine over the 4 epochs left
        String c = "warmup:epochs=2,start=0.5>cosine";
        double[] expected = {0.5, 0.75, 1.0, (1 + COS_QUARTER) / 2, 0.5, (1 - COS_QUARTER) / 2};
        for (int e = 0; e < 6; e++) {
            assertEquals(expected[e], at(c, e, 6, 1.0), TOL, "epoch " + e);
        }
    }

    @Test
    void threeStages() {
        // ramp 0.2 -> 0.4 in 3 epochs, hold via cosine with min = base for 2 epochs, then step halving every epoch
        String c = "ramp:from=0.2,to=0.4,epochs=3>cosine:epochs=2,min=1>step:every=1,factor=0.5";
        double[] expected = {0.2, 0.3, 0.4, 1.0, 1.0, 1.0, 0.5, 0.25};
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], at(c, e, 8, 1.0), TOL, "epoch " + e);
        }
    }
}
