package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.momentum4j.train.DivergenceEvent;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.TrainingListener;

/**
 * Prints one aligned line (epoch, training loss, training accuracy, and where asked the validation loss and
 * accuracy, the learning rate and the momentum in force) for the first epoch (of a resumed run: the first it
 * trains), every {@code every}-th epoch
 * and the last one, also when training stops before its last planned epoch (see {@link #finish()}).
 * A divergence is printed as it happens, after the row of the epoch it happened in.
 *
 * <p>Loss and accuracy are the epoch's running figures (see {@link EpochStats}); the validation figures are
 * measured at the weights the epoch ended with; the final figures at fixed weights come from
 * {@code Evaluation} afterwards.
 */
final class ProgressPrinter implements TrainingListener {
    /** Which optional columns to show. */
    record Columns(boolean validation, boolean learningRate, boolean momentum) {
    }

    private final PrintWriter out;
    private final int every;
    private final int epochs;
    private final Columns columns;
    private final Table table;
    private boolean started;
    /** The latest epoch's statistics while its row is not printed yet, else null. */
    private EpochStats pending;

    ProgressPrinter(PrintWriter out, int every, int epochs, Columns columns) {
        this.out = out;
        this.every = every;
        this.epochs = epochs;
        this.columns = columns;
        List<String> headings = new ArrayList<>(List.of("epoch", "loss", "train-acc"));
        List<Integer> widths = new ArrayList<>(List.of(Integer.toString(epochs).length(), 10, 9));
        if (columns.validation()) {
            headings.addAll(List.of("val-loss", "val-acc"));
            widths.addAll(List.of(10, 7));
        }
        if (columns.learningRate()) {
            headings.add("lr");
            widths.add(10);
        }
        if (columns.momentum()) {
            headings.add("momentum");
            widths.add(8);
        }
        this.table = new Table(headings.toArray(String[]::new), widths.stream().mapToInt(Integer::intValue).toArray(),
                false);
    }

    /** About ten lines for the whole run: {@code ceil(epochs / 10)}. */
    static int automaticInterval(int epochs) {
        return Math.max(1, (epochs + 9) / 10);
    }

    @Override
    public void onEpochEnd(EpochStats stats) {
        int e = stats.epoch();
        // The first epoch this run trains: 1, or the one after the checkpoint a resumed run starts from.
        boolean first = !started;
        if (first) {
            out.println(table.header());
            started = true;
        }
        pending = stats;
        if (first || e % every == 0 || e == epochs) {
            printPending();
        }
    }

    @Override
    public void onDivergence(DivergenceEvent event) {
        printPending();
        out.println("divergence: " + event.describe());
        out.flush();
    }

    /** Prints the last epoch's row if it is not printed yet (training stopped between progress lines). */
    void finish() {
        printPending();
    }

    private void printPending() {
        if (pending == null) {
            return;
        }
        EpochStats s = pending;
        pending = null;
        List<String> cells = new ArrayList<>(List.of(Integer.toString(s.epoch()), Table.number(s.trainingLoss(), 6),
                Table.accuracy(s.trainingAccuracy())));
        if (columns.validation()) {
            cells.add(s.hasValidation() ? Table.number(s.validationLoss(), 6) : "-");
            cells.add(Table.accuracy(s.validationAccuracy()));
        }
        if (columns.learningRate()) {
            cells.add(Table.significant(s.learningRate(), 4));
        }
        if (columns.momentum()) {
            cells.add(Table.significant(s.momentum(), 4));
        }
        out.println(table.line(cells.toArray(String[]::new)));
        out.flush();
    }
}
