package org.momentum4j.cli;

import static org.momentum4j.cli.OptimizerFactory.Setting.DAMPENING;
import static org.momentum4j.cli.OptimizerFactory.Setting.FORM;
import static org.momentum4j.cli.OptimizerFactory.Setting.LEARNING_RATE;
import static org.momentum4j.cli.OptimizerFactory.Setting.MOMENTUM;
import static org.momentum4j.cli.OptimizerFactory.Setting.WEIGHT_DECAY;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;

/**
 * Maps {@code --optimizer NAME} and the optimizer flags to a core optimizer record. One table row per
 * rule says which flags it takes and how to build it; to add a rule, add its flags to {@link Setting}
 * (and to {@link OptimizerSettings} / {@link OptimizerOptions}) and one row to {@link #RULES}.
 *
 * <p>A flag the user typed that the chosen rule does not take (e.g. {@code --momentum} with {@code sgd},
 * {@code --dampening} with {@code nesterov}) is an error rather than silently ignored.
 */
final class OptimizerFactory {

    /** An optimizer flag, and the words core's validation messages start with when they reject its value. */
    enum Setting {
        LEARNING_RATE("--lr", "learning rate"),
        MOMENTUM("--momentum", "momentum"),
        DAMPENING("--dampening", "dampening"),
        FORM("--momentum-form", "momentum form"),
        WEIGHT_DECAY("--weight-decay", "weight decay");

        final String flag;
        final String words;

        Setting(String flag, String words) {
            this.flag = flag;
            this.words = words;
        }
    }

    /** One update rule: its {@code --optimizer} name, the flags it takes, and how to build it. */
    record Rule(String name, Set<Setting> settings, Function<OptimizerSettings, Optimizer> create) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("sgd", EnumSet.of(LEARNING_RATE, WEIGHT_DECAY),
                    s -> new Sgd(s.learningRate(), s.weightDecay())),
            new Rule("article", EnumSet.of(LEARNING_RATE, MOMENTUM, WEIGHT_DECAY),
                    s -> new ArticleMomentum(s.learningRate(), s.momentum(), s.weightDecay())),
            new Rule("momentum", EnumSet.of(LEARNING_RATE, MOMENTUM, DAMPENING, FORM, WEIGHT_DECAY),
                    s -> new HeavyBall(s.learningRate(), s.momentum(), s.dampening(), s.form(), s.weightDecay())),
            new Rule("nesterov", EnumSet.of(LEARNING_RATE, MOMENTUM, FORM, WEIGHT_DECAY),
                    s -> new Nesterov(s.learningRate(), s.momentum(), s.form(), s.weightDecay())));

    private OptimizerFactory() {
    }

    /** The rule called {@code name} (case-insensitive). */
    static Rule rule(String name) {
        for (Rule r : RULES) {
            if (r.name().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "': expected one of "
                + String.join(", ", new Names()));
    }

    /**
     * Builds {@code rule} from {@code settings}.
     *
     * @param given the settings the user typed; each must be one the rule takes
     * @throws UsageException naming the flag, if a given flag does not apply or core rejects a value
     */
    static Optimizer create(Rule rule, OptimizerSettings settings, Set<Setting> given) {
        for (Setting s : given) {
            if (!rule.settings().contains(s)) {
                throw UsageException.about(s.flag, "--optimizer " + rule.name() + " takes no " + s.words
                        + " (it takes " + flags(rule.settings()) + ")");
            }
        }
        try {
            return rule.create().apply(settings);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(culprit(rule, e.getMessage()), e);
        }
    }

    /** The flag whose value core's message is about; core messages start with the setting's name. */
    private static String culprit(Rule rule, String message) {
        for (Setting s : rule.settings()) {
            if (message.startsWith(s.words)) {
                return s.flag;
            }
        }
        return "--optimizer " + rule.name();
    }

    private static String flags(Set<Setting> settings) {
        List<String> flags = new ArrayList<>();
        for (Setting s : settings) {
            flags.add(s.flag);
        }
        return String.join(", ", flags);
    }

    /** The rule names, for picocli's {@code ${COMPLETION-CANDIDATES}} and error messages. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (Rule r : RULES) {
                names.add(r.name());
            }
            return names.iterator();
        }
    }
}
