package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Successive halving (Jamieson and Talwalkar, 2016; the synchronous form of ASHA, Li et al., 2020): start
 * every candidate on a small epoch budget, keep the best {@code 1/eta} of them by validation loss, let
 * those train {@code eta} times longer, and repeat. Diverged trials are never kept.
 *
 * <p>With {@code n} candidates and a budget of {@code E} epochs there are {@code K = 1 + floor(log_eta n)}
 * rungs. Rung {@code k} holds {@code floor(n / eta^k)} trials, each trained to
 * {@code floor(E / eta^(K-1-k))} epochs, so the last rung trains its trials for the whole budget. For
 * example 27 candidates, eta 3 and 27 epochs give rungs of 27, 9, 3 and 1 trials at 1, 3, 9 and 27
 * epochs. Promoted trials continue where they stopped (the item order depends only on seed and epoch,
 * so this equals training from scratch), and every rung finishes before the next starts, which keeps the
 * result independent of timing.
 *
 * @param candidates where the candidates come from: a {@link Grid} or a {@link RandomSearch}
 * @param eta        the reduction factor, at least 2
 */
public record SuccessiveHalving(SearchStrategy candidates, int eta) implements SearchStrategy {
    public SuccessiveHalving {
        Objects.requireNonNull(candidates, "candidates");
        if (candidates instanceof SuccessiveHalving) {
            throw new IllegalArgumentException("successive halving takes its candidates from a grid or a random search,"
                    + " not from another successive halving");
        }
        if (eta < 2) {
            throw new IllegalArgumentException("successive halving needs eta >= 2, got " + eta);
        }
    }

    @Override
    public List<TrialSettings> candidates(SearchSpace space, long seed) {
        return candidates.candidates(space, seed);
    }

    @Override
    public List<Rung> rungs(int n, int epochs) {
        if (n < eta) {
            throw new IllegalArgumentException("successive halving with eta = " + eta + " needs at least " + eta
                    + " candidates, got " + n);
        }
        int count = 1;
        for (long p = eta; p <= n; p *= eta) {
            count++;
        }
        long top = 1;
        for (int k = 1; k < count; k++) {
            top *= eta;
        }
        List<Integer> sizes = new ArrayList<>();
        long div = 1;
        for (int k = 0; k < count; k++, div *= eta) {
            sizes.add((int) (n / div));
        }
        if (epochs < top) {
            throw new IllegalArgumentException("successive halving of " + n + " candidates with eta = " + eta + " makes "
                    + count + " rungs of " + sizes + " trials whose budgets grow " + eta + "-fold, so it needs at least "
                    + top + " epochs; got " + epochs);
        }
        List<Rung> rungs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long shrink = 1;
            for (int j = 0; j < count - 1 - k; j++) {
                shrink *= eta;
            }
            rungs.add(new Rung(k, sizes.get(k), (int) (epochs / shrink)));
        }
        return rungs;
    }

    @Override
    public String describe() {
        return "successive halving (eta " + eta + ") over " + candidates.describe();
    }
}
