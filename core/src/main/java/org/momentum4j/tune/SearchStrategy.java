package org.momentum4j.tune;

import java.util.List;

/**
 * How a search picks and schedules trials from a {@link SearchSpace}: a {@link Grid}, a
 * {@link RandomSearch}, or {@link SuccessiveHalving} over either. Candidates are drawn up front, in one
 * thread, so they depend only on the space and the search seed.
 */
public sealed interface SearchStrategy permits Grid, RandomSearch, SuccessiveHalving {

    /** The trials to start, in a fixed order (their index is their position). */
    List<TrialSettings> candidates(SearchSpace space, long seed);

    /**
     * The rungs for {@code candidates} trials and an epoch budget of {@code epochs} per trial.
     *
     * @throws IllegalArgumentException if the budget does not fit the schedule
     */
    List<Rung> rungs(int candidates, int epochs);

    /** A short description for reports, e.g. {@code grid 5 x 4}. */
    String describe();
}
