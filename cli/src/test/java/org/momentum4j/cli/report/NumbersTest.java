package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.momentum4j.compare.MeanStd;

class NumbersTest {

    @Test
    void fourSignificantDigits() {
        assertEquals("0.06838", Numbers.format(0.068381));
        assertEquals("1.099", Numbers.format(1.0986123));
        assertEquals("1235", Numbers.format(1234.56));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("1.235e-05", Numbers.format(1.23456e-5));
        assertEquals("2.000e+07", Numbers.format(2e7));
        assertEquals("0", Numbers.format(0));
        assertEquals("-", Numbers.format(Double.NaN));
        assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("0.00422", Numbers.short3(0.0042169650));
        assertEquals("23.7", Numbers.short3(23.71373705));
    }

    @Test
    void percentagesMeansAndTimes() {
        assertEquals("96.7%", Numbers.percent(29.0 / 30));
        assertEquals("-", Numbers.percent(Double.NaN));
        assertEquals("0.1 ± 0.01", Numbers.meanStd(new MeanStd(0.1, 0.01, 3)));
        assertEquals("0.1", Numbers.meanStd(new MeanStd(0.1, Double.NaN, 1)));
        assertEquals("-", Numbers.meanStd(new MeanStd(Double.NaN, Double.NaN, 0)));
        // Three seeds without validation data: the figure does not exist, whatever the count.
        assertEquals("-", Numbers.meanStd(MeanStd.of(Double.NaN, Double.NaN, Double.NaN)));
        assertEquals("-", Numbers.meanStdPercent(MeanStd.of(Double.NaN, Double.NaN, Double.NaN)));
        assertEquals("421ms", Numbers.seconds(0.4213));
        assertEquals("4.21s", Numbers.seconds(4.2134));
        assertEquals("3m07s", Numbers.seconds(187.2));
        assertEquals("0.05", Numbers.exact(0.05));
        assertEquals("10", Numbers.exact(10.0));
    }
}
