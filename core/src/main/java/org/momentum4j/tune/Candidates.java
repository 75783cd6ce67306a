package org.momentum4j.tune;

import java.util.List;
import org.momentum4j.optim.OptimizerKind;
import org.momentum4j.optim.OptimizerKinds;
import org.momentum4j.optim.OptimizerSpec;

/** Helpers shared by the strategies that build {@link TrialSettings}. */
final class Candidates {
    private Candidates() {
    }

    /** The spec's own value of {@code key}, which a search holds fixed. */
    static double fixed(OptimizerSpec spec, OptimizerKind.Key key) {
        return (Double) key.parser().apply(spec.settings().get(key.name()));
    }

    /** The value a spec with a fixed or absent momentum gets, given the search's choice {@code searched}. */
    static double momentum(OptimizerSpec spec, double searched) {
        if (!spec.kind().takes(OptimizerKinds.MOMENTUM.name())) {
            return Double.NaN;
        }
        return spec.sets(OptimizerKinds.MOMENTUM) ? fixed(spec, OptimizerKinds.MOMENTUM) : searched;
    }

    /** The value a spec gets for the learning rate, given the search's choice {@code searched}. */
    static double learningRate(OptimizerSpec spec, double searched) {
        return spec.sets(OptimizerKinds.LEARNING_RATE) ? fixed(spec, OptimizerKinds.LEARNING_RATE) : searched;
    }

    /** The hidden sizes to try: the space's, or the architecture's own (0). */
    static List<Integer> hiddenSizes(SearchSpace space) {
        return space.hiddenSizes().isEmpty() ? List.of(0) : space.hiddenSizes();
    }
}
