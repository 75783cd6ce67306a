package org.momentum4j.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.optim.Optimizer;

/**
 * What a {@link Comparer} found: every run, and each setting summarised over its seeds. The order is the
 * comparison's (settings as listed, seeds as listed), whatever order the runs finished in.
 *
 * @param comparison what was run
 * @param runs       every run, seed-major: all settings of the first seed, then of the second, ...
 */
public record ComparisonResult(Comparison comparison, List<RunResult> runs) {
    public ComparisonResult {
        Objects.requireNonNull(comparison, "comparison");
        runs = List.copyOf(runs);
    }

    /** One summary per setting, in the comparison's order. */
    public List<SettingSummary> summaries() {
        List<SettingSummary> summaries = new ArrayList<>();
        for (Setting s : comparison.settings()) {
            summaries.add(SettingSummary.of(s, runsOf(s)));
        }
        return summaries;
    }

    /** The runs of one setting, in seed order. */
    public List<RunResult> runsOf(Setting setting) {
        return runs.stream().filter(r -> r.setting().equals(setting)).toList();
    }

    /** The runs of every setting with this rule, in seed order (settings as listed within a seed). */
    public List<RunResult> runsOf(Optimizer optimizer) {
        return runs.stream().filter(r -> r.optimizer().equals(optimizer)).toList();
    }
}
