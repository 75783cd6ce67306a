package org.momentum4j.tune;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.momentum4j.optim.OptimizerKinds;
import org.momentum4j.optim.OptimizerSpec;

/**
 * What a search may vary: the optimizer rule, the learning rate, the momentum, the batch size and the
 * width of the hidden layers.
 *
 * <p>Optimizers are {@link OptimizerSpec}s that may leave {@code lr} and {@code momentum} out, e.g.
 * {@code nesterov form=lr-outside}. A key a spec sets is held fixed for that rule; the search varies the
 * rest. Rules without momentum ({@code sgd}) ignore the momentum range.
 *
 * @param optimizers    one or more rules, no two alike
 * @param learningRates searched in log scale; min &gt; 0
 * @param momenta       searched evenly; within [0, 1)
 * @param batchSizes    one or more, each &gt;= 1, no two alike ({@code [1]}: online)
 * @param hiddenSizes   widths for every hidden layer, each &gt;= 1, no two alike; empty to keep the
 *                      architecture's own
 */
public record SearchSpace(List<OptimizerSpec> optimizers, ValueRange learningRates, ValueRange momenta,
                          List<Integer> batchSizes, List<Integer> hiddenSizes) {
    public SearchSpace {
        Objects.requireNonNull(learningRates, "learningRates");
        Objects.requireNonNull(momenta, "momenta");
        optimizers = List.copyOf(optimizers);
        batchSizes = List.copyOf(batchSizes);
        hiddenSizes = List.copyOf(hiddenSizes);
        if (optimizers.isEmpty()) {
            throw new IllegalArgumentException("the search space needs at least one optimizer, got none");
        }
        if (new HashSet<>(optimizers).size() != optimizers.size()) {
            throw new IllegalArgumentException("optimizers must differ, got " + optimizers);
        }
        if (!(learningRates.min() > 0)) {
            throw new IllegalArgumentException("learning rate range " + learningRates + " must be > 0");
        }
        if (!(momenta.min() >= 0 && momenta.max() < 1)) {
            throw new IllegalArgumentException("momentum range " + momenta + " must lie within [0, 1)");
        }
        checkSizes("batch size", batchSizes, false);
        checkSizes("hidden size", hiddenSizes, true);
    }

    /** Optimizers over learning rates and momenta, online, with the architecture's hidden sizes. */
    public static SearchSpace of(List<OptimizerSpec> optimizers, ValueRange learningRates, ValueRange momenta) {
        return new SearchSpace(optimizers, learningRates, momenta, List.of(1), List.of());
    }

    public SearchSpace withBatchSizes(List<Integer> sizes) {
        return new SearchSpace(optimizers, learningRates, momenta, sizes, hiddenSizes);
    }

    public SearchSpace withHiddenSizes(List<Integer> sizes) {
        return new SearchSpace(optimizers, learningRates, momenta, batchSizes, sizes);
    }

    /** Whether the search varies momentum for {@code spec}: the rule has it and the spec leaves it open. */
    public static boolean variesMomentum(OptimizerSpec spec) {
        return spec.kind().takes(OptimizerKinds.MOMENTUM.name()) && !spec.sets(OptimizerKinds.MOMENTUM);
    }

    /** Whether the search varies the learning rate for {@code spec}. */
    public static boolean variesLearningRate(OptimizerSpec spec) {
        return !spec.sets(OptimizerKinds.LEARNING_RATE);
    }

    private static void checkSizes(String what, List<Integer> sizes, boolean mayBeEmpty) {
        if (sizes.isEmpty() && !mayBeEmpty) {
            throw new IllegalArgumentException("the search space needs at least one " + what + ", got none");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException(what + " must be at least 1, got " + s);
            }
        }
        if (new HashSet<>(sizes).size() != sizes.size()) {
            throw new IllegalArgumentException(what + "s must differ, got " + sizes);
        }
    }
}
