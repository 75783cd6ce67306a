package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --layers}: input width, hidden widths, output width, e.g. {@code 4,5,3}.
 * An empty list stands for {@code auto} (widths taken from the data).
 *
 * @param widths the widths in order, or empty for auto
 */
record LayerWidths(List<Integer> widths) {
    LayerWidths {
        widths = List.copyOf(widths);
    }

    boolean isAuto() {
        return widths.isEmpty();
    }

    int input() {
        return widths.get(0);
    }

    int output() {
        return widths.get(widths.size() - 1);
    }

    /** Hidden widths only. */
    List<Integer> hidden() {
        return widths.subList(1, widths.size() - 1);
    }

    @Override
    public String toString() {
        if (isAuto()) {
            return "auto";
        }
        StringBuilder sb = new StringBuilder();
        for (int w : widths) {
            sb.append(sb.length() == 0 ? "" : ",").append(w);
        }
        return sb.toString();
    }

    /** Parses {@code auto} or comma-separated whole numbers, at least two (input and output). */
    static final class Converter implements ITypeConverter<LayerWidths> {
        @Override
        public LayerWidths convert(String value) {
            if (value.trim().equalsIgnoreCase("auto")) {
                return new LayerWidths(List.of());
            }
            List<Integer> widths = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                try {
                    widths.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + part.trim() + "' in '" + value
                            + "' is not a whole number; expected widths like 4,5,3");
                }
            }
            if (widths.size() < 2) {
                throw new TypeConversionException("expected at least an input and an output width, like 4,5,3,"
                        + " got '" + value + "'");
            }
            return new LayerWidths(widths);
        }
    }
}
