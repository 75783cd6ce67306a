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
 * </pre>
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
                            v.number(WEIGHT_DECAY))));

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
