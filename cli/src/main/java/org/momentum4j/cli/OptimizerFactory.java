package org.momentum4j.cli;

import static org.momentum4j.cli.OptimizerFactory.Setting.ALPHA;
import static org.momentum4j.cli.OptimizerFactory.Setting.AMSGRAD;
import static org.momentum4j.cli.OptimizerFactory.Setting.BETA1;
import static org.momentum4j.cli.OptimizerFactory.Setting.BETA2;
import static org.momentum4j.cli.OptimizerFactory.Setting.CENTERED;
import static org.momentum4j.cli.OptimizerFactory.Setting.DAMPENING;
import static org.momentum4j.cli.OptimizerFactory.Setting.EPSILON;
import static org.momentum4j.cli.OptimizerFactory.Setting.ETA_MINUS;
import static org.momentum4j.cli.OptimizerFactory.Setting.ETA_PLUS;
import static org.momentum4j.cli.OptimizerFactory.Setting.FORM;
import static org.momentum4j.cli.OptimizerFactory.Setting.INITIAL_ACCUMULATOR;
import static org.momentum4j.cli.OptimizerFactory.Setting.LEARNING_RATE;
import static org.momentum4j.cli.OptimizerFactory.Setting.MAX_STEP;
import static org.momentum4j.cli.OptimizerFactory.Setting.MIN_STEP;
import static org.momentum4j.cli.OptimizerFactory.Setting.MOMENTUM;
import static org.momentum4j.cli.OptimizerFactory.Setting.WEIGHT_DECAY;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.momentum4j.optim.AdaGrad;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.AdamW;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Nesterov;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.RmsProp;
import org.momentum4j.optim.Rprop;
import org.momentum4j.optim.Sgd;

/**
 * Maps {@code --optimizer NAME} and the optimizer flags to a core optimizer record. One table row per
 * rule says which flags it takes and how to build it, with the rule's own defaults for the flags the user
 * did not type; to add a rule, add its flags to {@link Setting} (and to {@link OptimizerSettings} /
 * {@link OptimizerOptions}) and one row to {@link #RULES}.
 *
 * <p>A flag the user typed that the chosen rule does not take (e.g. {@code --momentum} with {@code sgd},
 * {@code --dampening} with {@code nesterov}) is an error rather than silently ignored.
 */
final class OptimizerFactory {
    /** The article demo's learning rate, the default of the momentum rules and plain SGD. */
    static final double ARTICLE_LEARNING_RATE = 0.05;
    /** The article demo's momentum, the default of the momentum rules. */
    static final double ARTICLE_MOMENTUM = 0.75;

    /** An optimizer flag, and the words core's validation messages start with when they reject its value. */
    enum Setting {
        LEARNING_RATE("--lr", "learning rate"),
        MOMENTUM("--momentum", "momentum"),
        DAMPENING("--dampening", "dampening"),
        FORM("--momentum-form", "momentum form"),
        WEIGHT_DECAY("--weight-decay", "weight decay"),
        BETA1("--beta1", "beta1"),
        BETA2("--beta2", "beta2"),
        AMSGRAD("--amsgrad", "AMSGrad variant"),
        EPSILON("--eps", "epsilon"),
        ALPHA("--alpha", "alpha"),
        CENTERED("--centered", "centred variant"),
        INITIAL_ACCUMULATOR("--initial-accumulator", "initial accumulator"),
        ETA_MINUS("--eta-minus", "eta minus"),
        ETA_PLUS("--eta-plus", "eta plus"),
        MIN_STEP("--min-step", "min step"),
        MAX_STEP("--max-step", "max step");

        final String flag;
        final String words;

        Setting(String flag, String words) {
            this.flag = flag;
            this.words = words;
        }
    }

    /**
     * One update rule: its {@code --optimizer} name, the flags it takes, how to build it, and for some flags
     * it does not take, what to use instead (Adam's momentum is {@code --beta1}).
     */
    record Rule(String name, Set<Setting> settings, Function<OptimizerSettings, Optimizer> create,
                Map<Setting, String> instead) {
        Rule(String name, Set<Setting> settings, Function<OptimizerSettings, Optimizer> create) {
            this(name, settings, create, Map.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<Setting, String> BETA1_IS_MOMENTUM =
            Map.of(MOMENTUM, "its momentum is the gradient average's decay, --beta1");

    static final List<Rule> RULES = List.of(
            new Rule("sgd", EnumSet.of(LEARNING_RATE, WEIGHT_DECAY),
                    s -> new Sgd(s.learningRate(ARTICLE_LEARNING_RATE), s.weightDecay(0))),
            new Rule("article", EnumSet.of(LEARNING_RATE, MOMENTUM, WEIGHT_DECAY),
                    s -> new ArticleMomentum(s.learningRate(ARTICLE_LEARNING_RATE), s.momentum(ARTICLE_MOMENTUM),
                            s.weightDecay(0))),
            new Rule("momentum", EnumSet.of(LEARNING_RATE, MOMENTUM, DAMPENING, FORM, WEIGHT_DECAY),
                    s -> new HeavyBall(s.learningRate(ARTICLE_LEARNING_RATE), s.momentum(ARTICLE_MOMENTUM),
                            s.dampening(), s.form(), s.weightDecay(0))),
            new Rule("nesterov", EnumSet.of(LEARNING_RATE, MOMENTUM, FORM, WEIGHT_DECAY),
                    s -> new Nesterov(s.learningRate(ARTICLE_LEARNING_RATE), s.momentum(ARTICLE_MOMENTUM), s.form(),
                            s.weightDecay(0))),
            new Rule("adagrad", EnumSet.of(LEARNING_RATE, EPSILON, INITIAL_ACCUMULATOR, WEIGHT_DECAY),
                    s -> new AdaGrad(s.learningRate(AdaGrad.DEFAULT_LEARNING_RATE), s.epsilon(AdaGrad.DEFAULT_EPSILON),
                            s.initialAccumulator(), s.weightDecay(0))),
            new Rule("rmsprop", EnumSet.of(LEARNING_RATE, ALPHA, EPSILON, MOMENTUM, CENTERED, WEIGHT_DECAY),
                    s -> new RmsProp(s.learningRate(RmsProp.DEFAULT_LEARNING_RATE), s.alpha(),
                            s.epsilon(RmsProp.DEFAULT_EPSILON), s.momentum(0), s.centered(), s.weightDecay(0))),
            new Rule("adam", EnumSet.of(LEARNING_RATE, BETA1, BETA2, EPSILON, AMSGRAD, WEIGHT_DECAY),
                    s -> new Adam(s.learningRate(Adam.DEFAULT_LEARNING_RATE), s.beta1(), s.beta2(),
                            s.epsilon(Adam.DEFAULT_EPSILON), s.weightDecay(0), s.amsgrad()), BETA1_IS_MOMENTUM),
            new Rule("adamw", EnumSet.of(LEARNING_RATE, BETA1, BETA2, EPSILON, AMSGRAD, WEIGHT_DECAY),
                    s -> new AdamW(s.learningRate(Adam.DEFAULT_LEARNING_RATE), s.beta1(), s.beta2(),
                            s.epsilon(Adam.DEFAULT_EPSILON), s.weightDecay(AdamW.DEFAULT_WEIGHT_DECAY), s.amsgrad()),
                    BETA1_IS_MOMENTUM),
            new Rule("rprop", EnumSet.of(LEARNING_RATE, ETA_MINUS, ETA_PLUS, MIN_STEP, MAX_STEP),
                    s -> new Rprop(s.learningRate(Rprop.DEFAULT_LEARNING_RATE), s.etaMinus(), s.etaPlus(),
                            s.minStep(), s.maxStep())));

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
                String instead = rule.instead().containsKey(s) ? "; " + rule.instead().get(s) : "";
                throw UsageException.about(s.flag, "--optimizer " + rule.name() + " takes no " + s.words + instead
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
