package org.momentum4j.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One rule name of the {@link OptimizerSpec} text syntax: the name (and aliases) a user types, the
 * {@code KEY=VALUE} settings it takes, and how to build the settings record from them. The built-in
 * table is {@link OptimizerKinds#BUILT_IN}; a new rule is one more entry there.
 *
 * @param name    canonical name, lower case, e.g. {@code nesterov}
 * @param aliases other accepted names, lower case
 * @param keys    the settings it takes, in the order {@link OptimizerSpec#toString()} writes them
 * @param example a valid spec, shown in error messages
 * @param factory builds the record from the values; its record constructor validates the ranges
 */
public record OptimizerKind(String name, List<String> aliases, List<Key> keys, String example,
                            Function<OptimizerSpec.Values, Optimizer> factory) {
    public OptimizerKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(example, "example");
        aliases = List.copyOf(aliases);
        keys = List.copyOf(keys);
    }

    /** Whether {@code text} names this rule (ignoring case). */
    public boolean isNamed(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return name.equals(t) || aliases.contains(t);
    }

    /** The key that {@code text} names (its name or an alias, ignoring case), or null. */
    public Key key(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Key k : keys) {
            if (k.name().equals(t) || k.aliases().contains(t)) {
                return k;
            }
        }
        return null;
    }

    /** Whether this rule takes the setting with canonical name {@code keyName}. */
    public boolean takes(String keyName) {
        return keys.stream().anyMatch(k -> k.name().equals(keyName));
    }

    /** The canonical key names, comma-separated, for messages. */
    public String keyList() {
        List<String> names = new ArrayList<>();
        for (Key k : keys) {
            names.add(k.name());
        }
        return String.join(", ", names);
    }

    /**
     * One {@code KEY=VALUE} setting.
     *
     * @param name         canonical name, lower case, e.g. {@code lr}
     * @param aliases      other accepted names
     * @param defaultValue value text when the key is left out, or null when it is required
     * @param parser       turns the value text into the value ({@link #NUMBER} for numbers); throws
     *                     {@link IllegalArgumentException} with a message saying what was expected
     */
    public record Key(String name, List<String> aliases, String defaultValue, Function<String, Object> parser) {
        private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

        /**
         * Plain decimal numbers only ({@code 0.05}, {@code 5e-2}); not {@code NaN}, {@code Infinity}, hex
         * or Java suffixes that {@link Double#parseDouble} would take.
         */
        public static final Function<String, Object> NUMBER = text -> {
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
            return Double.parseDouble(text);
        };

        /** {@code true} or {@code false}; a flag key written alone ({@code amsgrad}) means {@code true}. */
        public static final Function<String, Object> BOOLEAN = text -> {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            }
            return Boolean.valueOf(text);
        };

        public Key {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parser, "parser");
            aliases = List.copyOf(aliases);
        }

        /** A numeric key. */
        public static Key number(String name, String defaultValue, String... aliases) {
            return new Key(name, List.of(aliases), defaultValue, NUMBER);
        }

        /** An on/off key, false unless given; written alone to turn it on, e.g. {@code amsgrad}. */
        public static Key flag(String name) {
            return new Key(name, List.of(), "false", BOOLEAN);
        }

        public boolean isFlag() {
            return parser == BOOLEAN;
        }

        public boolean isRequired() {
            return defaultValue == null;
        }
    }
}
