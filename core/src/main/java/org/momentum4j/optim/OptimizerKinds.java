package org.momentum4j.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.momentum4j.optim.OptimizerKind.Key;

/**
 * The rule names the {@link OptimizerSpec} syntax knows, with their keys:
 * <pre>
 *   sgd       lr [weight-decay=0]
 *   article   lr momentum [weight-decay=0]
 *   momentum  lr momentum [dampening=0] [form=lr-inside] [weight-decay=0]   (alias heavy-ball)
 *   nesterov  lr momentum [form=lr-inside] [weight-decay=0]
 *   adam      lr [beta1=0.9] [beta2=0.999] [eps=1e-8] [weight-decay=0] [amsgrad]
 *   adamw     lr [beta1=0.9] [beta2=0.999] [eps=1e-8] [weight-decay=0.01] [amsgrad]
 *   adagrad   lr [eps=1e-10] [initial-accumulator=0] [weight-decay=0]
 *   rmsprop   lr [alpha=0.99] [eps=1e-8] [momentum=0] [centered] [weight-decay=0]
 *   rprop     lr [eta-minus=0.5] [eta-plus=1.2] [min-step=1e-6] [max-step=50]    (full batch only)
 * </pre>
 * Defaults are those of the records, which follow PyTorch.
 * To add a rule, add one {@link OptimizerKind} to {@link #BUILT_IN}; its name then works in the CLI's
 * {@code --try} and {@code --optimizer} and in every Java API that takes a spec.
 */
public final class OptimizerKinds {
    private OptimizerKinds() {
    }

    /** {@code lr}: the learning rate. */
    public static final Key LEARNING_RATE = Key.number("lr", null, "learning-rate");
    /** {@code momentum}: the momentum factor. */
    public static final Key MOMENTUM = Key.number("momentum", null, "mu");
    /** {@code weight-decay}: the L2 coefficient. */
    public static final Key WEIGHT_DECAY = Key.number("weight-decay", "0", "wd");
    /** {@code dampening}: PyTorch's dampening (heavy-ball, lr-outside form only). */
    public static final Key DAMPENING = Key.number("dampening", "0");
    /** {@code form}: where the learning rate sits, {@code lr-inside} or {@code lr-outside}. */
    public static final Key FORM = new Key("form", List.of(), MomentumForm.LR_INSIDE.id(), MomentumForm::parse);

    private static final Key BETA1 = Key.number("beta1", Check.number(Adam.DEFAULT_BETA1));
    private static final Key BETA2 = Key.number("beta2", Check.number(Adam.DEFAULT_BETA2));
    private static final Key ADAM_EPSILON = Key.number("eps", Check.number(Adam.DEFAULT_EPSILON), "epsilon");
    private static final Key AMSGRAD = Key.flag("amsgrad");
    private static final Key ADAMW_DECAY = Key.number("weight-decay", Check.number(AdamW.DEFAULT_WEIGHT_DECAY), "wd");
    private static final Key ADAGRAD_EPSILON = Key.number("eps", Check.number(AdaGrad.DEFAULT_EPSILON), "epsilon");
    private static final Key INITIAL_ACCUMULATOR = Key.number("initial-accumulator", "0");
    private static final Key ALPHA = Key.number("alpha", Check.number(RmsProp.DEFAULT_ALPHA));
    private static final Key RMSPROP_EPSILON = Key.number("eps", Check.number(RmsProp.DEFAULT_EPSILON), "epsilon");
    private static final Key RMSPROP_MOMENTUM = Key.number("momentum", "0", "mu");
    private static final Key CENTERED = Key.flag("centered");
    private static final Key ETA_MINUS = Key.number("eta-minus", Check.number(Rprop.DEFAULT_ETA_MINUS));
    private static final Key ETA_PLUS = Key.number("eta-plus", Check.number(Rprop.DEFAULT_ETA_PLUS));
    private static final Key MIN_STEP = Key.number("min-step", Check.number(Rprop.DEFAULT_MIN_STEP));
    private static final Key MAX_STEP = Key.number("max-step", Check.number(Rprop.DEFAULT_MAX_STEP));

    /** Every built-in rule, in the order they are listed to users. */
    public static final List<OptimizerKind> BUILT_IN = List.of(
            new OptimizerKind("sgd", List.of(), List.of(LEARNING_RATE, WEIGHT_DECAY), "sgd lr=0.05",
                    v -> new Sgd(v.number(LEARNING_RATE), v.number(WEIGHT_DECAY))),
            new OptimizerKind("article", List.of(), List.of(LEARNING_RATE, MOMENTUM, WEIGHT_DECAY),
                    "article lr=0.05 momentum=0.75",
                    v -> new ArticleMomentum(v.number(LEARNING_RATE), v.number(MOMENTUM), v.number(WEIGHT_DECAY))),
            new OptimizerKind("momentum", List.of("heavy-ball", "heavyball", "classical"),
                    List.of(LEARNING_RATE, MOMENTUM, DAMPENING, FORM, WEIGHT_DECAY), "momentum lr=0.01 momentum=0.9",
                    v -> new HeavyBall(v.number(LEARNING_RATE), v.number(MOMENTUM), v.number(DAMPENING),
                            v.get(FORM, MomentumForm.class), v.number(WEIGHT_DECAY))),
            new OptimizerKind("nesterov", List.of("nag"), List.of(LEARNING_RATE, MOMENTUM, FORM, WEIGHT_DECAY),
                    "nesterov lr=0.02 momentum=0.9",
                    v -> new Nesterov(v.number(LEARNING_RATE), v.number(MOMENTUM), v.get(FORM, MomentumForm.class),
                            v.number(WEIGHT_DECAY))),
            new OptimizerKind("adam", List.of(), List.of(LEARNING_RATE, BETA1, BETA2, ADAM_EPSILON, WEIGHT_DECAY, AMSGRAD),
                    "adam lr=0.001",
                    v -> new Adam(v.number(LEARNING_RATE), v.number(BETA1), v.number(BETA2), v.number(ADAM_EPSILON),
                            v.number(WEIGHT_DECAY), v.get(AMSGRAD, Boolean.class))),
            new OptimizerKind("adamw", List.of(), List.of(LEARNING_RATE, BETA1, BETA2, ADAM_EPSILON, ADAMW_DECAY,
                    AMSGRAD), "adamw lr=0.001",
                    v -> new AdamW(v.number(LEARNING_RATE), v.number(BETA1), v.number(BETA2), v.number(ADAM_EPSILON),
                            v.number(ADAMW_DECAY), v.get(AMSGRAD, Boolean.class))),
            new OptimizerKind("adagrad", List.of(), List.of(LEARNING_RATE, ADAGRAD_EPSILON, INITIAL_ACCUMULATOR,
                    WEIGHT_DECAY), "adagrad lr=0.01",
                    v -> new AdaGrad(v.number(LEARNING_RATE), v.number(ADAGRAD_EPSILON), v.number(INITIAL_ACCUMULATOR),
                            v.number(WEIGHT_DECAY))),
            new OptimizerKind("rmsprop", List.of(), List.of(LEARNING_RATE, ALPHA, RMSPROP_EPSILON, RMSPROP_MOMENTUM,
                    CENTERED, WEIGHT_DECAY), "rmsprop lr=0.01",
                    v -> new RmsProp(v.number(LEARNING_RATE), v.number(ALPHA), v.number(RMSPROP_EPSILON),
                            v.number(RMSPROP_MOMENTUM), v.get(CENTERED, Boolean.class), v.number(WEIGHT_DECAY))),
            new OptimizerKind("rprop", List.of(), List.of(LEARNING_RATE, ETA_MINUS, ETA_PLUS, MIN_STEP, MAX_STEP),
                    "rprop lr=0.01",
                    v -> new Rprop(v.number(LEARNING_RATE), v.number(ETA_MINUS), v.number(ETA_PLUS), v.number(MIN_STEP),
                            v.number(MAX_STEP))));

    /** The rule {@code name} names (canonical name or alias, ignoring case). */
    public static Optional<OptimizerKind> find(String name) {
        for (OptimizerKind kind : BUILT_IN) {
            if (kind.isNamed(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The canonical names, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OptimizerKind kind : BUILT_IN) {
            names.add(kind.name());
        }
        return names;
    }
}
