package org.momentum4j.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the text form documented on {@link Schedule}; every error names the stage and the setting. */
final class ScheduleParser {
    static final String NAMES = "constant, step, exp, cosine, warmup, ramp, sutskever or plateau";

    private ScheduleParser() {
    }

    static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty schedule: expected a name such as " + NAMES);
        }
        String[] parts = text.split(">", -1);
        List<Schedule> stages = new ArrayList<>(parts.length);
        for (String part : parts) {
            String stage = part.trim();
            if (stage.isEmpty()) {
                throw new IllegalArgumentException("empty stage in '" + text.trim()
                        + "': expected a schedule on each side of '>'");
            }
            stages.add(stage(stage));
        }
        return stages.size() == 1 ? stages.get(0) : new Chain(stages);
    }

    private static Schedule stage(String text) {
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        Settings s = Settings.parse(text, colon < 0 ? "" : text.substring(colon + 1));
        try {
            Schedule schedule = switch (name) {
                case "constant" -> Constant.INSTANCE;
                case "step" -> new StepDecay(s.integer("every", StepDecay.DEFAULT_EVERY),
                        s.number("factor", StepDecay.DEFAULT_FACTOR));
                case "exp" -> new ExponentialDecay(s.number("gamma", ExponentialDecay.DEFAULT_GAMMA));
                case "cosine" -> new CosineAnnealing(s.lengthOrRest("epochs"), s.number("min", 0.0));
                case "warmup" -> new Warmup(s.integer("epochs", Warmup.DEFAULT_EPOCHS),
                        s.number("start", Warmup.DEFAULT_START));
                case "ramp" -> new Ramp(s.number("from", Ramp.DEFAULT_FROM), s.number("to", Double.NaN),
                        s.lengthOrRest("epochs"));
                case "sutskever" -> new SutskeverMomentum(s.integer("every", 1), s.number("max", Double.NaN));
                case "plateau" -> new ReduceOnPlateau(s.integer("patience", ReduceOnPlateau.DEFAULT_PATIENCE),
                        s.number("factor", ReduceOnPlateau.DEFAULT_FACTOR),
                        s.number("threshold", ReduceOnPlateau.DEFAULT_THRESHOLD),
                        s.integer("cooldown", 0), s.number("min", 0.0));
                default -> throw new IllegalArgumentException("unknown schedule '" + name + "' (expected "
                        + NAMES + ")");
            };
            s.checkAllUsed(name);
            return schedule;
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("in '") || e.getMessage().startsWith("unknown schedule")) {
                throw e;
            }
            throw new IllegalArgumentException("in '" + text + "': " + e.getMessage(), e);
        }
    }

    /** The {@code key=value} settings of one stage, in order; remembers which keys the stage asked for. */
    private static final class Settings {
        private final String stage;
        private final List<String> keys = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<String> asked = new ArrayList<>();
        private final boolean[] used;

        private Settings(String stage, String body) {
            this.stage = stage;
            if (!body.isBlank()) {
                for (String pair : body.split(",", -1)) {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException("in '" + stage + "': expected key=value, got '"
                                + pair.trim() + "'");
                    }
                    String key = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    if (keys.contains(key)) {
                        throw new IllegalArgumentException("in '" + stage + "': setting '" + key + "' given twice");
                    }
                    keys.add(key);
                    values.add(pair.substring(eq + 1).trim());
                }
            }
            this.used = new boolean[keys.size()];
        }

        static Settings parse(String stage, String body) {
            return new Settings(stage, body);
        }

        private String raw(String key) {
            asked.add(key);
            int i = keys.indexOf(key);
            if (i < 0) {
                return null;
            }
            used[i] = true;
            return values.get(i);
        }

        int integer(String key, int otherwise) {
            String v = raw(key);
            if (v == null) {
                return otherwise;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("in '" + stage + "': " + key + " must be a whole number, got '"
                        + v + "'");
            }
        }

        /** An epoch count that, when left out, means the rest of the run (0); when given, it must be &gt;= 1. */
        int lengthOrRest(String key) {
            int n = integer(key, 0);
            if (n < 1 && keys.contains(key)) {
                throw new IllegalArgumentException("in '" + stage + "': " + key + " must be at least 1 (or left out"
                        + " for the rest of the run), got " + n);
            }
            return n;
        }

        double number(String key, double otherwise) {
            String v = raw(key);
            if (v == null) {
                return otherwise;
            }
            double x;
            try {
                x = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                x = Double.NaN;
            }
            if (!Double.isFinite(x) || v.isEmpty() || Character.isLetter(v.charAt(v.length() - 1))) {
                throw new IllegalArgumentException("in '" + stage + "': " + key + " must be a number, got '"
                        + v + "'");
            }
            return x + 0.0; // -0 reads as 0, so the text form round-trips
        }

        void checkAllUsed(String name) {
            for (int i = 0; i < used.length; i++) {
                if (!used[i]) {
                    throw new IllegalArgumentException("in '" + stage + "': unknown setting '" + keys.get(i) + "' ("
                            + (asked.isEmpty() ? name + " takes none" : name + " takes " + String.join(", ", asked))
                            + ")");
                }
            }
        }
    }
}
