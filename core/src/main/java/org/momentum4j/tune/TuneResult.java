package org.momentum4j.tune;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Tuner} found. Trials that did not diverge are ranked: first by how far they got (the
 * rung they reached, so successive halving's survivors come first), then by validation loss, lowest first,
 * then by index. Diverged trials are listed apart and never ranked.
 *
 * @param tuning  what was searched
 * @param rungs   the planned rungs
 * @param trials  each candidate's latest result, in index order
 * @param history every result reported, rung by rung, in index order within a rung
 */
public record TuneResult(Tuning tuning, List<Rung> rungs, List<TrialResult> trials, List<TrialResult> history) {
    /** The ranking order of {@link #ranked()}. */
    public static final Comparator<TrialResult> RANKING = Comparator.comparingInt(TrialResult::rung).reversed()
            .thenComparingDouble(TrialResult::validationLoss).thenComparingInt(TrialResult::index);

    public TuneResult {
        Objects.requireNonNull(tuning, "tuning");
        rungs = List.copyOf(rungs);
        trials = List.copyOf(trials);
        history = List.copyOf(history);
    }

    /** The trials that did not diverge, best first. */
    public List<TrialResult> ranked() {
        return trials.stream().filter(t -> !t.diverged()).sorted(RANKING).toList();
    }

    /** The trials that diverged, in index order. */
    public List<TrialResult> diverged() {
        return trials.stream().filter(TrialResult::diverged).toList();
    }

    /** The best trial, or empty when every trial diverged. */
    public Optional<TrialResult> best() {
        List<TrialResult> ranked = ranked();
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
