package org.momentum4j.cli;

import java.io.PrintWriter;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.TrainingListener;

/**
 * Prints one aligned line (epoch, training loss, training accuracy) for the first epoch, every
 * {@code every}-th epoch and the last one. Loss and accuracy are the epoch's running figures
 * (see {@link EpochStats}); the final figures at fixed weights come from {@code Evaluation} afterwards.
 */
final class ProgressPrinter implements TrainingListener {
    private final PrintWriter out;
    private final int every;
    private final int epochs;
    private final Table table;

    ProgressPrinter(PrintWriter out, int every, int epochs) {
        this.out = out;
        this.every = every;
        this.epochs = epochs;
        this.table = new Table(new String[] {"epoch", "loss", "train-acc"},
                new int[] {Integer.toString(epochs).length(), 10, 9}, false);
    }

    /** About ten lines for the whole run: {@code ceil(epochs / 10)}. */
    static int automaticInterval(int epochs) {
        return Math.max(1, (epochs + 9) / 10);
    }

    @Override
    public void onEpochEnd(EpochStats stats) {
        int e = stats.epoch();
        if (e == 1) {
            out.println(table.header());
        }
        if (e == 1 || e % every == 0 || e == epochs) {
            out.println(table.line(Integer.toString(e), Table.number(stats.trainingLoss(), 6),
                    Table.accuracy(stats.trainingAccuracy())));
            out.flush();
        }
    }
}
