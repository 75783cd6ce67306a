package org.momentum4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --target-loss}: a loss &gt; 0, or {@code none} (returned as NaN: no target). */
final class TargetLoss implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        if (value.trim().equalsIgnoreCase("none")) {
            return Double.NaN;
        }
        try {
            double x = Double.parseDouble(value.trim());
            if (x > 0 && Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("expected a loss > 0 or none, got '" + value + "'");
    }
}
