package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of an {@code m4j train} run as text, for its checkpoints and its model file: what the user
 * typed ({@code typed.--lr = 0.1}, to re-apply on {@code --resume}) and the value in force for every option
 * ({@code option.--lr = 0.1}, typed or default, to check that a resumed run is the same run).
 */
final class RunSettings {
    /**
     * Options that do not change what is trained: a resumed run may give them anew. ({@code --epochs} only
     * moves the end; {@code --threads} and {@code --quiet}, should train take them, change no bit.)
     */
    static final Set<String> MAY_CHANGE = Set.of("--epochs", "--save", "--print-every", "--checkpoint",
            "--checkpoint-every", "--keep", "--resume", "--threads", "--quiet");
    /** Options that say where this process resumes from or writes checkpoints to, not what the run is. */
    private static final Set<String> NOT_SAVED = Set.of("--resume", "--checkpoint", "--debug");
    private static final String TYPED = "typed.";
    private static final String OPTION = "option.";

    private RunSettings() {
    }

    /** The settings to store in a checkpoint: typed options and the value in force of every option. */
    static Map<String, String> forCheckpoint(CommandSpec spec) {
        Map<String, String> m = new TreeMap<>();
        typed(spec.commandLine().getParseResult()).forEach((k, v) -> m.put(TYPED + k, v));
        inForce(spec).forEach((k, v) -> m.put(OPTION + k, v));
        return m;
    }

    /** The value in force of every option that shapes the run, by flag without dashes, for a model file. */
    static Map<String, String> forModel(CommandSpec spec) {
        Map<String, String> m = new TreeMap<>();
        inForce(spec).forEach((k, v) -> {
            if (!MAY_CHANGE.contains(k)) {
                m.put(k.replaceFirst("^-+", ""), v);
            }
        });
        return m;
    }

    /**
     * The arguments that repeat a checkpointed run: its typed options, except those typed now, then the ones
     * typed now (so those win).
     */
    static List<String> resumeArguments(Map<String, String> checkpointSettings, CommandSpec spec) {
        ParseResult now = spec.commandLine().getParseResult();
        Map<String, String> typedNow = typed(now);
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, String> e : checkpointSettings.entrySet()) {
            if (e.getKey().startsWith(TYPED)) {
                String flag = e.getKey().substring(TYPED.length());
                OptionSpec option = spec.findOption(flag);
                if (option != null && !typedNow.containsKey(flag) && !NOT_SAVED.contains(flag)) {
                    add(args, option, e.getValue());
                }
            }
        }
        typedNow.forEach((flag, value) -> add(args, spec.findOption(flag), value));
        for (OptionSpec o : now.matchedOptions()) {
            if (NOT_SAVED.contains(o.longestName())) {
                add(args, o, joined(o));
            }
        }
        return args;
    }

    /**
     * Checks that every option in force now that shapes the run has the value it had when the checkpoint was
     * made.
     *
     * @throws UsageException naming the first option that differs
     */
    static void requireSameOptions(Map<String, String> checkpointSettings, CommandSpec spec) {
        for (Map.Entry<String, String> e : inForce(spec).entrySet()) {
            String flag = e.getKey();
            String saved = checkpointSettings.get(OPTION + flag);
            if (saved != null && !MAY_CHANGE.contains(flag) && !saved.equals(e.getValue())) {
                throw UsageException.about("--resume", "the checkpoint was made " + with(flag, saved)
                        + ", but this run has " + (e.getValue().isEmpty() ? "none" : flag + " " + e.getValue())
                        + "; only " + String.join(", ", changeable(spec)) + " may change when resuming");
            }
        }
    }

    /** The options of {@code spec} a resumed run may change, sorted. */
    private static Set<String> changeable(CommandSpec spec) {
        Set<String> flags = new java.util.TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (MAY_CHANGE.contains(o.longestName())) {
                flags.add(o.longestName());
            }
        }
        return flags;
    }

    private static String with(String flag, String value) {
        return value.isEmpty() ? "without " + flag : "with " + flag + " " + value;
    }

    private static void add(List<String> args, OptionSpec option, String value) {
        args.add(option.longestName());
        if (option.arity().max() > 0) {
            args.add(value);
        }
    }

    /** Options typed in {@code parsed}, by longest name, as text; not those that only locate files. */
    private static Map<String, String> typed(ParseResult parsed) {
        Map<String, String> m = new LinkedHashMap<>();
        for (OptionSpec o : parsed.matchedOptions()) {
            if (!NOT_SAVED.contains(o.longestName()) && !o.usageHelp() && !o.versionHelp()) {
                m.put(o.longestName(), joined(o));
            }
        }
        return m;
    }

    /** Every option's value in force as text: as typed, else its default ("" when it has none). */
    private static Map<String, String> inForce(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> m = new TreeMap<>();
        for (OptionSpec o : spec.options()) {
            String flag = o.longestName();
            if (o.usageHelp() || o.versionHelp() || NOT_SAVED.contains(flag)) {
                continue;
            }
            OptionSpec typed = parsed.matchedOption(flag);
            m.put(flag, typed != null ? joined(typed) : o.defaultValue() == null ? "" : o.defaultValue());
        }
        return m;
    }

    private static String joined(OptionSpec o) {
        List<String> values = o.originalStringValues();
        return values.isEmpty() ? "true" : String.join(",", values);
    }
}
