package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.train.ItemOrder;

/**
 * {@code trials} independent draws: optimizer, batch size and hidden size uniformly from their lists,
 * the learning rate log-uniformly ({@link ValueRange#sampleLog}), the momentum uniformly. Every trial
 * draws all five in that order, from one generator seeded with {@code ItemOrder.derive(seed, STREAM)}, so
 * the same seed gives the same trials.
 *
 * @param trials how many, at least 1
 */
public record RandomSearch(int trials) implements SearchStrategy {
    /** The stream of the search seed that random draws come from. */
    static final long STREAM = 0x7A4E_5EA4L;

    public RandomSearch {
        if (trials < 1) {
            throw new IllegalArgumentException("random search needs at least 1 trial, got " + trials);
        }
    }

    @Override
    public List<TrialSettings> candidates(SearchSpace space, long seed) {
        RandomGenerator random = Network.newRandom(ItemOrder.derive(seed, STREAM));
        List<Integer> hiddens = Candidates.hiddenSizes(space);
        List<TrialSettings> out = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            OptimizerSpec spec = space.optimizers().get(random.nextInt(space.optimizers().size()));
            int batch = space.batchSizes().get(random.nextInt(space.batchSizes().size()));
            int hidden = hiddens.get(random.nextInt(hiddens.size()));
            double lr = space.learningRates().sampleLog(random);
            double mu = space.momenta().sampleLinear(random);
            out.add(new TrialSettings(spec, Candidates.learningRate(spec, lr), Candidates.momentum(spec, mu), batch,
                    hidden));
        }
        return out;
    }

    @Override
    public List<Rung> rungs(int candidates, int epochs) {
        return List.of(new Rung(0, candidates, epochs));
    }

    @Override
    public String describe() {
        return "random search, " + trials + " trials";
    }
}
