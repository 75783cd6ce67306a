package org.momentum4j.cli;

import java.util.function.Function;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.ReadOptions;
import org.momentum4j.data.Task;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.MomentumForm;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option text into values for every command. Core's own {@code parse} methods do the work, so the CLI
 * accepts exactly the names core documents; a failure becomes picocli's "invalid value for option" error
 * carrying core's message, which names what was expected.
 */
final class Converters {
    private Converters() {
    }

    /** Registers the converters on {@code cl} and its subcommands. */
    static void register(CommandLine cl) {
        cl.registerConverter(double.class, number(Double::valueOf, "a number"));
        cl.registerConverter(Double.class, number(Double::valueOf, "a number"));
        cl.registerConverter(int.class, number(Integer::valueOf, "a whole number"));
        cl.registerConverter(Integer.class, number(Integer::valueOf, "a whole number"));
        cl.registerConverter(long.class, number(Long::valueOf, "a whole number"));
        cl.registerConverter(Long.class, number(Long::valueOf, "a whole number"));
        cl.registerConverter(Activation.class, core(Activation::parse));
        cl.registerConverter(Loss.class, core(Loss::parse));
        cl.registerConverter(WeightInit.class, core(WeightInit::parse));
        cl.registerConverter(MomentumForm.class, core(MomentumForm::parse));
        cl.registerConverter(OptimizerFactory.Rule.class, core(OptimizerFactory::rule));
        cl.registerConverter(Task.class, core(Task::parse));
        cl.registerConverter(MissingPolicy.class, core(MissingPolicy::parse));
        cl.registerConverter(Normalization.class, core(Normalization::parse));
        cl.registerConverter(ReadOptions.Delimiter.class, core(ReadOptions.Delimiter::parse));
        cl.registerConverter(ReadOptions.Header.class, core(ReadOptions.Header::parse));
    }

    /** Null for {@code auto} (the command picks a value from the data), else {@code parse(text)}. */
    static <T> T autoOr(String text, Function<String, T> parse) {
        return text.trim().equalsIgnoreCase("auto") ? null : parseCore(text, parse);
    }

    /** A converter whose failures carry core's message ("unknown activation 'x': expected one of ..."). */
    private static <T> ITypeConverter<T> core(Function<String, T> parse) {
        return text -> parseCore(text, parse);
    }

    private static <T> T parseCore(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A number converter whose error says what was expected (picocli's "'abc' is not a double" is Java talk). */
    private static <T> ITypeConverter<T> number(Function<String, T> parse, String what) {
        return text -> {
            try {
                return parse.apply(text.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected " + what + ", got '" + text + "'");
            }
        };
    }

    /** A whole number >= 1, or {@code word} (any case), which converts to 0. */
    static int wholeNumberOr(String word, String value) {
        if (value.trim().equalsIgnoreCase(word)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("expected a whole number >= 1 or " + word + ", got '" + value + "'");
    }
}
