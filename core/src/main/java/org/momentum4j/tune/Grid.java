package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.optim.OptimizerSpec;

/**
 * Every combination: for each optimizer, batch size and hidden size, {@code learningRates} learning rates
 * spaced evenly in log scale ({@link ValueRange#logSpaced}) times {@code momenta} momenta spaced evenly
 * ({@link ValueRange#linear}). A rule without momentum, or a spec that fixes a key, contributes one value
 * for it. Order: optimizer, batch size, hidden size, learning rate, momentum (the last varies fastest).
 *
 * @param learningRates grid points for the learning rate, at least 1
 * @param momenta       grid points for the momentum, at least 1
 */
public record Grid(int learningRates, int momenta) implements SearchStrategy {
    public Grid {
        if (learningRates < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 learning rate, got " + learningRates);
        }
        if (momenta < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 momentum, got " + momenta);
        }
    }

    @Override
    public List<TrialSettings> candidates(SearchSpace space, long seed) {
        List<TrialSettings> out = new ArrayList<>();
        for (OptimizerSpec spec : space.optimizers()) {
            double[] lrs = SearchSpace.variesLearningRate(spec) ? space.learningRates().logSpaced(learningRates)
                    : new double[] {Candidates.learningRate(spec, Double.NaN)};
            double[] mus = SearchSpace.variesMomentum(spec) ? space.momenta().linear(momenta)
                    : new double[] {Candidates.momentum(spec, Double.NaN)};
            for (int batch : space.batchSizes()) {
                for (int hidden : Candidates.hiddenSizes(space)) {
                    for (double lr : lrs) {
                        for (double mu : mus) {
                            out.add(new TrialSettings(spec, lr, mu, batch, hidden));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<Rung> rungs(int candidates, int epochs) {
        return List.of(new Rung(0, candidates, epochs));
    }

    @Override
    public String describe() {
        return "grid " + learningRates + " learning rates x " + momenta + " momenta";
    }
}
