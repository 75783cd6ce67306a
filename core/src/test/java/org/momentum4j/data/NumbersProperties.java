package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast number parser agrees bit for bit with {@link Double#parseDouble} (the JDK's correctly rounded
 * reference) on every string it accepts, and rejects what the data format does not allow.
 */
class NumbersProperties {

    @Provide
    Arbitrary<Double> anyFinite() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    @Property(tries = 3000)
    void readsBackDoubleToStringExactly(@ForAll("anyFinite") double v) {
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Numbers.parse(Double.toString(v))));
        String plain = new BigDecimal(v).toPlainString();
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(plain)), Double.doubleToRawLongBits(Numbers.parse(plain)));
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-340, 340).map(e -> "e" + e),
                Arbitraries.integers().between(-30, 30).map(e -> "E" + (e >= 0 ? "+" : "") + e));
        return net.jqwik.api.Combinators.combine(sign, digits, digits, exponent, Arbitraries.of(0, 1, 2))
                .as((s, a, b, e, shape) -> s + (shape == 0 ? a : shape == 1 ? a + "." + b : "." + b) + e);
    }

    @Property(tries = 3000)
    void agreesWithParseDoubleOnDecimalText(@ForAll("decimals") String text) {
        double expected = Double.parseDouble(text);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Numbers.parse(text)), text);
    }

    @Example
    void rejectsWhatIsNotADecimalNumber() {
        for (String s : new String[] {"", "-", ".", "e5", "1e", "1e+", "0x1p3", "1d", "1f", "NaN", "Infinity", "1,5",
            "1.2.3", "--1", "1 2", "abc", "١"}) {
            assertTrue(Double.isNaN(Numbers.parse(s)), s);
        }
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("1e400"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Numbers.parse("-0")));
        assertEquals(0.0, Numbers.parse("0e999999999"));
    }
}
