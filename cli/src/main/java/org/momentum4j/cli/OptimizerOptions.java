package org.momentum4j.cli;

import java.util.EnumSet;
import java.util.Set;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Optimizer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The update rule and the settings most rules share: {@code --optimizer}, {@code --lr}, {@code --momentum}
 * and friends; the settings of the adaptive rules are in {@link AdaptiveOptions}. Where the default depends
 * on the rule, the option has none here and {@link OptimizerFactory} fills in the rule's own.
 */
final class OptimizerOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "article",
            completionCandidates = OptimizerFactory.Names.class,
            description = {"Update rule: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "article: d = lr*g; w -= d + mu*prev; prev = d (prev keeps only lr*g).",
                "momentum: classical heavy-ball momentum; nesterov: Nesterov momentum; sgd: no momentum.",
                "adagrad, rmsprop, adam, adamw: per-parameter rates as PyTorch defines them;"
                    + " rprop: resilient propagation, full batch only (see docs/optimizers.md)."})
    private OptimizerFactory.Rule rule;

    @Option(names = "--lr", paramLabel = "RATE",
            description = {"Learning rate, > 0; for rprop the initial step size (default: the rule's own:"
                    + " sgd 0.05, article 0.05, momentum 0.05, nesterov 0.05 (the article's demo), adagrad 0.01,"
                    + " rmsprop 0.01, adam 0.001, adamw 0.001, rprop 0.01)."})
    private Double learningRate;

    @Option(names = "--momentum", paramLabel = "MU",
            description = {"Momentum factor in [0, 1), for article, momentum, nesterov and rmsprop; adam and"
                    + " adamw use --beta1 (default: article 0.75, momentum 0.75, nesterov 0.75 (the article's"
                    + " demo), rmsprop 0)."})
    private Double momentum;

    @Option(names = "--momentum-form", paramLabel = "FORM", defaultValue = "lr-inside",
            description = {"Where the learning rate sits, for momentum and nesterov (default: ${DEFAULT-VALUE}):",
                "lr-inside (aliases sutskever, keras): v = mu*v - lr*g; w += v.",
                "lr-outside (alias pytorch): b = mu*b + (1-dampening)*g; w -= lr*b."})
    private MomentumForm form;

    @Option(names = "--dampening", paramLabel = "D", defaultValue = "0",
            description = "Dampening in [0, 1]; only for momentum with lr-outside, as in PyTorch"
                    + " (default: ${DEFAULT-VALUE}).")
    private double dampening;

    @Option(names = "--weight-decay", paramLabel = "WD",
            description = {"Weight decay, >= 0: L2, added to the gradient (g += WD*w) for sgd, article,"
                    + " momentum, nesterov, adagrad, rmsprop and adam; decoupled for adamw (w -= lr*WD*w"
                    + " before the step); rprop takes none (default: adamw 0.01, the others 0)."})
    private Double weightDecay;

    @Mixin
    private AdaptiveOptions adaptive;

    /** The optimizer these options describe; a setting that is out of range or does not apply is a usage error. */
    Optimizer optimizer() {
        OptimizerSettings settings = new OptimizerSettings(learningRate, momentum, weightDecay, adaptive.epsilon,
                dampening, form, adaptive.beta1, adaptive.beta2, adaptive.amsgrad, adaptive.alpha, adaptive.centered,
                adaptive.initialAccumulator, adaptive.etaMinus, adaptive.etaPlus, adaptive.minStep,
                adaptive.maxStep);
        return OptimizerFactory.create(rule, settings, given());
    }

    /** The optimizer flags the user actually typed (defaults apply silently to rules that take them). */
    private Set<OptimizerFactory.Setting> given() {
        ParseResult typed = spec.commandLine().getParseResult();
        Set<OptimizerFactory.Setting> given = EnumSet.noneOf(OptimizerFactory.Setting.class);
        for (OptimizerFactory.Setting s : OptimizerFactory.Setting.values()) {
            if (typed.hasMatchedOption(s.flag)) {
                given.add(s);
            }
        }
        return given;
    }
}
