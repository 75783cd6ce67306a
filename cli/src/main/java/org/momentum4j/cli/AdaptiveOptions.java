package org.momentum4j.cli;

import picocli.CommandLine.Option;

/**
 * The settings of the adaptive rules (adagrad, rmsprop, adam, adamw, rprop), with PyTorch's defaults, which
 * are core's. Each applies to the rules named in its help; {@link OptimizerFactory} refuses it with another.
 */
final class AdaptiveOptions {
    @Option(names = "--beta1", paramLabel = "B1", defaultValue = "0.9",
            description = "adam, adamw: decay of the gradient average, in [0, 1); their momentum"
                    + " (default: ${DEFAULT-VALUE}).")
    double beta1;

    @Option(names = "--beta2", paramLabel = "B2", defaultValue = "0.999",
            description = "adam, adamw: decay of the squared-gradient average, in [0, 1) (default: ${DEFAULT-VALUE}).")
    double beta2;

    @Option(names = "--amsgrad",
            description = "adam, adamw: divide by the largest squared-gradient average so far (AMSGrad).")
    boolean amsgrad;

    @Option(names = "--eps", paramLabel = "EPS",
            description = "adagrad, rmsprop, adam, adamw: added to the root in the denominator, > 0"
                    + " (default: adagrad 1e-10, rmsprop 1e-8, adam 1e-8, adamw 1e-8).")
    Double epsilon;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.99",
            description = "rmsprop: smoothing constant of the squared-gradient average, in [0, 1)"
                    + " (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--centered",
            description = "rmsprop: divide by the gradient's running variance instead of its second moment.")
    boolean centered;

    @Option(names = "--initial-accumulator", paramLabel = "S0", defaultValue = "0",
            description = "adagrad: starting value of the sum of squared gradients, >= 0 (default: ${DEFAULT-VALUE}).")
    double initialAccumulator;

    @Option(names = "--eta-minus", paramLabel = "F", defaultValue = "0.5",
            description = "rprop: step-size factor after a sign change, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double etaMinus;

    @Option(names = "--eta-plus", paramLabel = "F", defaultValue = "1.2",
            description = "rprop: step-size factor while the sign holds, > 1 (default: ${DEFAULT-VALUE}).")
    double etaPlus;

    @Option(names = "--min-step", paramLabel = "S", defaultValue = "1e-6",
            description = "rprop: smallest step size, > 0 (default: ${DEFAULT-VALUE}).")
    double minStep;

    @Option(names = "--max-step", paramLabel = "S", defaultValue = "50",
            description = "rprop: largest step size, >= --min-step (default: ${DEFAULT-VALUE}).")
    double maxStep;
}
