package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.tune.Grid;
import org.momentum4j.tune.RandomSearch;
import org.momentum4j.tune.SearchSpace;
import org.momentum4j.tune.SearchStrategy;
import org.momentum4j.tune.Selection;
import org.momentum4j.tune.SuccessiveHalving;
import org.momentum4j.tune.ValueRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code m4j tune} searches and how: the space (rules, learning rates, momenta, batch and hidden
 * sizes), the strategy (grid, random, successive halving) and the selection (validation split or k folds).
 * Each mistake is a usage error naming its flag; a flag that the chosen strategy would ignore is one too.
 */
final class SearchOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "grid",
            description = {"grid: every combination, learning rates log-spaced (--grid);"
                    + " random: --trials random draws; halving: successive halving, starting all candidates on"
                    + " a small budget and keeping the best 1/--eta each rung, candidates from --grid if given,"
                    + " else --trials random draws (default: ${DEFAULT-VALUE})."})
    private String strategy;

    @Option(names = "--lr", paramLabel = "MIN:MAX", defaultValue = "0.001:0.5",
            description = "Learning rates to search, log scale; one value holds it fixed (default: ${DEFAULT-VALUE}).")
    private String lr;

    @Option(names = "--momentum", paramLabel = "MIN:MAX", defaultValue = "0:0.95",
            description = "Momenta to search, within [0, 1); one value holds it fixed; ignored by rules without"
                    + " momentum (default: ${DEFAULT-VALUE}).")
    private String momentum;

    @Option(names = "--optimizers", paramLabel = "SPEC", split = ",", defaultValue = "article",
            description = {"Rules to search, comma-separated; each may fix keys, e.g."
                    + " \"article,nesterov form=lr-outside\". A key a spec sets (even lr or momentum) is held"
                    + " fixed for it (default: ${DEFAULT-VALUE})."})
    private List<String> optimizers;

    @Option(names = "--batch-sizes", paramLabel = "B", split = ",", defaultValue = "1",
            converter = ScheduleOptions.BatchSize.class,
            description = "Batch sizes to search, comma-separated; full is full batch (default: ${DEFAULT-VALUE}).")
    private List<Integer> batchSizes;

    @Option(names = "--hidden-sizes", paramLabel = "H", split = ",",
            description = "Widths to search for every hidden layer, comma-separated (default: the --layers ones).")
    private List<Integer> hiddenSizes = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "LRxMU", defaultValue = "6x5",
            description = "Grid points: learning rates x momenta (default: ${DEFAULT-VALUE}).")
    private String grid;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "27",
            description = "Random draws, for random and halving (default: ${DEFAULT-VALUE}).")
    private int trials;

    @Option(names = "--eta", paramLabel = "ETA", defaultValue = "3",
            description = "Halving: keep the best 1/ETA of each rung, train them ETA times longer"
                    + " (default: ${DEFAULT-VALUE}).")
    private int eta;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of the training rows each trial is validated on, in (0, 1) (default: ${DEFAULT-VALUE}).")
    private double validationFraction;

    @Option(names = "--folds", paramLabel = "K",
            description = "Use K-fold cross-validation instead of one validation split; K >= 2.")
    private Integer folds;

    SearchSpace space() {
        ValueRange lrs = RangeText.parse("--lr", "learning rate", lr);
        ValueRange mus = RangeText.parse("--momentum", "momentum", momentum);
        List<OptimizerSpec> specs = new ArrayList<>();
        for (String text : optimizers) {
            try {
                specs.add(OptimizerSpec.parse(text));
            } catch (IllegalArgumentException e) {
                throw UsageException.about("--optimizers", e);
            }
        }
        try {
            return new SearchSpace(specs, lrs, mus, batchSizes, hiddenSizes);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw UsageException.about(m.startsWith("learning rate") ? "--lr" : m.startsWith("momentum") ? "--momentum"
                    : m.startsWith("batch") ? "--batch-sizes" : m.startsWith("hidden") ? "--hidden-sizes"
                    : "--optimizers", e);
        }
    }

    SearchStrategy strategy(SearchSpace space) {
        String name = strategy.trim().toLowerCase(Locale.ROOT);
        boolean gridTyped = typed("--grid");
        switch (name) {
            case "grid":
                refuse("--trials", "--strategy random or halving");
                refuse("--eta", "--strategy halving");
                return grid(space);
            case "random":
                refuse("--grid", "--strategy grid or halving");
                refuse("--eta", "--strategy halving");
                return random();
            case "halving":
                if (gridTyped) {
                    refuse("--trials", "--strategy random, or halving without --grid");
                }
                SearchStrategy candidates = gridTyped ? grid(space) : random();
                try {
                    return new SuccessiveHalving(candidates, eta);
                } catch (IllegalArgumentException e) {
                    throw UsageException.about("--eta", e);
                }
            default:
                throw UsageException.about("--strategy", "unknown strategy '" + strategy
                        + "': expected grid, random or halving");
        }
    }

    Selection selection() {
        if (folds != null) {
            if (typed("--validation-fraction")) {
                throw UsageException.about("--folds", "give either --folds or --validation-fraction, not both");
            }
            try {
                return new Selection.KFold(folds);
            } catch (IllegalArgumentException e) {
                throw UsageException.about("--folds", e);
            }
        }
        try {
            return new Selection.Holdout(validationFraction);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--validation-fraction", e);
        }
    }

    /** The flag that chose the validation data. */
    String selectionFlag() {
        return folds != null ? "--folds" : "--validation-fraction";
    }

    /** The flag a rejected combination is about: halving's budget needs epochs, or more candidates. */
    String budgetFlag(String message) {
        return message.contains("candidates, got") ? (typed("--grid") ? "--grid" : "--trials") : "--epochs";
    }

    private Grid grid(SearchSpace space) {
        String[] parts = grid.trim().toLowerCase(Locale.ROOT).split("x", -1);
        int lrs;
        int mus;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            lrs = Integer.parseInt(parts[0].trim());
            mus = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw UsageException.about("--grid", "expected learning rates x momenta like 6x5, got '" + grid + "'");
        }
        // A fixed (single-valued) range has one grid point, whatever --grid says.
        try {
            return new Grid(space.learningRates().isSingle() ? 1 : lrs, space.momenta().isSingle() ? 1 : mus);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--grid", e);
        }
    }

    private RandomSearch random() {
        try {
            return new RandomSearch(trials);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--trials", e);
        }
    }

    private void refuse(String flag, String where) {
        if (typed(flag)) {
            throw UsageException.about(flag, "applies to " + where + " only, not to --strategy " + strategy);
        }
    }

    private boolean typed(String flag) {
        return spec.commandLine().getParseResult().hasMatchedOption(flag);
    }
}
