package org.momentum4j.cli;

import java.util.EnumSet;
import java.util.Set;
import org.momentum4j.optim.MomentumForm;
import org.momentum4j.optim.Optimizer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The update rule and its settings: {@code --optimizer}, {@code --lr}, {@code --momentum} and friends. */
final class OptimizerOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "article",
            completionCandidates = OptimizerFactory.Names.class,
            description = {"Update rule: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "article: d = lr*g; w -= d + mu*prev; prev = d (prev keeps only lr*g).",
                "momentum: classical heavy-ball momentum; nesterov: Nesterov momentum; sgd: no momentum."})
    private OptimizerFactory.Rule rule;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.05",
            description = "Learning rate, > 0 (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--momentum", paramLabel = "MU", defaultValue = "0.75",
            description = "Momentum factor in [0, 1); not for sgd (default: ${DEFAULT-VALUE}).")
    private double momentum;

    @Option(names = "--momentum-form", paramLabel = "FORM", defaultValue = "lr-inside",
            description = {"Where the learning rate sits, for momentum and nesterov (default: ${DEFAULT-VALUE}):",
                "lr-inside (aliases sutskever, keras): v = mu*v - lr*g; w += v.",
                "lr-outside (alias pytorch): b = mu*b + (1-dampening)*g; w -= lr*b."})
    private MomentumForm form;

    @Option(names = "--dampening", paramLabel = "D", defaultValue = "0",
            description = "Dampening in [0, 1]; only for momentum with lr-outside, as in PyTorch"
                    + " (default: ${DEFAULT-VALUE}).")
    private double dampening;

    @Option(names = "--weight-decay", paramLabel = "L2", defaultValue = "0",
            description = "L2 weight decay added to the gradient, >= 0 (default: ${DEFAULT-VALUE}).")
    private double weightDecay;

    /** The optimizer these options describe; a setting that is out of range or does not apply is a usage error. */
    Optimizer optimizer() {
        return OptimizerFactory.create(rule,
                new OptimizerSettings(learningRate, momentum, dampening, form, weightDecay), given());
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
