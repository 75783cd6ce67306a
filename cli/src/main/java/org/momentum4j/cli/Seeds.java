package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --seeds}: a count N (seeds 1..N) or a comma-separated list of distinct seeds.
 *
 * @param values the seeds, in order
 */
record Seeds(List<Long> values) {
    /** More seeds than anyone would wait for; a typo such as 1000000 fails at once instead. */
    static final int MAX_COUNT = 10_000;

    Seeds {
        values = List.copyOf(values);
    }

    @Override
    public String toString() {
        return describe(values);
    }

    /** Parses {@code N} or {@code A,B,C}. */
    static final class Converter implements ITypeConverter<Seeds> {
        @Override
        public Seeds convert(String value) {
            return new Seeds(parse(value));
        }
    }

    static List<Long> parse(String value) {
        String text = value.trim();
        if (!text.contains(",")) {
            int n = count(text);
            List<Long> seeds = new ArrayList<>();
            for (long s = 1; s <= n; s++) {
                seeds.add(s);
            }
            return seeds;
        }
        List<Long> seeds = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                seeds.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + part.trim() + "' in '" + value + "' is not a whole number;"
                        + " expected a count N or seeds like 3,7,11");
            }
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new TypeConversionException("seeds must differ, got '" + value + "'");
        }
        return seeds;
    }

    private static int count(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("expected a count from 1 to " + MAX_COUNT + " or a list like 3,7,11, got '"
                + text + "'");
    }

    /** {@code 1..N} for the seeds 1 to N, else the list. */
    static String describe(List<Long> seeds) {
        boolean run = true;
        for (int i = 0; i < seeds.size(); i++) {
            run &= seeds.get(i) == i + 1;
        }
        return run && seeds.size() > 1 ? "1.." + seeds.size() : seeds.toString();
    }
}
