package org.momentum4j.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.momentum4j.optim.OptimizerKind.Key;

/**
 * An optimizer written as text: a rule name and {@code KEY=VALUE} settings separated by spaces, e.g.
 * {@code sgd lr=0.05}, {@code article lr=0.05 momentum=0.75},
 * {@code nesterov lr=0.02 momentum=0.9 form=lr-outside}; an on/off key may stand alone
 * ({@code adam lr=0.001 amsgrad}). It is the CLI's {@code --try} syntax and what
 * {@link Optimizer#describe()} writes, so {@code parse(o.describe()).build()} equals {@code o}.
 *
 * <p>{@link #parse} checks the name, the keys and that each value reads (numbers, {@code form});
 * {@link #build()} checks that required keys are there and lets the settings record check the ranges.
 * Every error is one line that quotes the spec and names the part that is wrong. Keys left out of a
 * spec can be filled in later with {@link #with}, which is how a search varies {@code lr} and
 * {@code momentum} around a partial spec such as {@code nesterov form=lr-outside}.
 *
 * @param kind     the rule
 * @param settings canonical key name to value text, for the keys given (defaults are not stored)
 */
public record OptimizerSpec(OptimizerKind kind, Map<String, String> settings) {
    public OptimizerSpec {
        Objects.requireNonNull(kind, "kind");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Key key : kind.keys()) {
            String text = settings.get(key.name());
            if (text != null) {
                parseValue(key, text, null);
                ordered.put(key.name(), text);
            }
        }
        for (String name : settings.keySet()) {
            if (!ordered.containsKey(name)) {
                throw new IllegalArgumentException("unknown key '" + name + "' for " + kind.name() + ": it takes "
                        + kind.keyList());
            }
        }
        settings = Collections.unmodifiableMap(ordered);
    }

    /** Parses {@code text}; see the class comment for the syntax. */
    public static OptimizerSpec parse(String text) {
        String spec = text.trim();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("empty optimizer spec: expected NAME KEY=VALUE ..., e.g. \""
                    + OptimizerKinds.BUILT_IN.get(1).example() + "\"");
        }
        String[] parts = spec.split("\\s+");
        if (parts[0].contains("=")) {
            throw new IllegalArgumentException("\"" + spec + "\" must start with an optimizer name, one of "
                    + String.join(", ", OptimizerKinds.names()) + "; got '" + parts[0] + "'");
        }
        OptimizerKind kind = OptimizerKinds.find(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + parts[0] + "' in \"" + spec + "\": expected one of "
                        + String.join(", ", OptimizerKinds.names())));
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            OptimizerKind.Key bare = part.contains("=") ? null : kind.key(part);
            if (bare != null && bare.isFlag()) {
                part = part + "=true";
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("'" + part + "' in \"" + spec + "\" is not KEY=VALUE");
            }
            String keyText = part.substring(0, eq);
            Key key = kind.key(keyText);
            if (key == null) {
                throw new IllegalArgumentException("unknown key '" + keyText + "' in \"" + spec + "\": "
                        + kind.name() + " takes " + kind.keyList());
            }
            if (settings.containsKey(key.name())) {
                throw new IllegalArgumentException("key '" + key.name() + "' is given twice in \"" + spec + "\"");
            }
            String value = part.substring(eq + 1);
            parseValue(key, value, spec);
            settings.put(key.name(), value);
        }
        return new OptimizerSpec(kind, settings);
    }

    /** Whether the spec sets {@code key} itself (rather than leaving it to a default or a search). */
    public boolean sets(Key key) {
        return settings.containsKey(key.name());
    }

    /** A copy with {@code key} set to {@code value}, replacing any value it had. */
    public OptimizerSpec with(Key key, double value) {
        if (!kind.takes(key.name())) {
            throw new IllegalArgumentException(kind.name() + " has no setting '" + key.name() + "': it takes "
                    + kind.keyList());
        }
        Map<String, String> copy = new LinkedHashMap<>(settings);
        copy.put(key.name(), Check.number(value));
        return new OptimizerSpec(kind, copy);
    }

    /** Builds the settings record; a missing required key or an out-of-range value is a one-line error. */
    public Optimizer build() {
        for (Key key : kind.keys()) {
            if (key.isRequired() && !settings.containsKey(key.name())) {
                throw new IllegalArgumentException("\"" + this + "\" needs " + key.name() + "=VALUE, e.g. \""
                        + kind.example() + "\"");
            }
        }
        try {
            return kind.factory().apply(new Values());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + this + "\": " + e.getMessage(), e);
        }
    }

    /** The spec in its text form, keys in the rule's order, e.g. {@code article lr=0.05 momentum=0.75}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        for (Key key : kind.keys()) {
            String v = settings.get(key.name());
            if (v != null) {
                sb.append(' ').append(key.name());
                if (!(key.isFlag() && v.equals("true"))) {
                    sb.append('=').append(v);
                }
            }
        }
        return sb.toString();
    }

    private static Object parseValue(Key key, String text, String spec) {
        try {
            return key.parser().apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad value for " + key.name()
                    + (spec == null ? "" : " in \"" + spec + "\"") + ": " + e.getMessage(), e);
        }
    }

    /** The values a {@link OptimizerKind#factory()} reads: the spec's own, else the key's default. */
    public final class Values {
        private Values() {
        }

        /** The value of a numeric key. */
        public double number(Key key) {
            return get(key, Double.class);
        }

        /** The value of {@code key}, as parsed by its parser. */
        public <T> T get(Key key, Class<T> type) {
            String text = settings.containsKey(key.name()) ? settings.get(key.name()) : key.defaultValue();
            return type.cast(parseValue(key, text, OptimizerSpec.this.toString()));
        }
    }
}
