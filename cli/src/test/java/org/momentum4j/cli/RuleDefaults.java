package org.momentum4j.cli;

import java.lang.reflect.RecordComponent;
import java.util.Map;
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
 * What each {@code --optimizer} should build when no other optimizer flag is typed: the article demo's
 * lr 0.05 and momentum 0.75 for SGD and the momentum rules, core's own defaults (PyTorch's) for the others.
 */
final class RuleDefaults {
    private static final Map<String, Optimizer> DEFAULTS = Map.of(
            "sgd", new Sgd(0.05),
            "article", new ArticleMomentum(0.05, 0.75),
            "momentum", new HeavyBall(0.05, 0.75),
            "nesterov", new Nesterov(0.05, 0.75),
            "adagrad", new AdaGrad(AdaGrad.DEFAULT_LEARNING_RATE),
            "rmsprop", new RmsProp(RmsProp.DEFAULT_LEARNING_RATE),
            "adam", new Adam(Adam.DEFAULT_LEARNING_RATE),
            "adamw", new AdamW(Adam.DEFAULT_LEARNING_RATE),
            "rprop", new Rprop(Rprop.DEFAULT_LEARNING_RATE));

    private RuleDefaults() {
    }

    static Optimizer of(String rule) {
        return DEFAULTS.get(rule);
    }

    /** The record component {@code name} (e.g. {@code epsilon}) of an optimizer record, as a double. */
    static double component(Optimizer optimizer, String name) {
        try {
            for (RecordComponent c : optimizer.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return (double) c.getAccessor().invoke(optimizer);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(optimizer.getClass().getSimpleName() + " has no setting " + name);
    }
}
