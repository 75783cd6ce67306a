package org.momentum4j.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars for long commands (compare, tune, demos; train can use it too), drawn on standard error
 * with the progressbar library so that standard output stays clean for tables and {@code --json}.
 * A bar is shown only when a person is watching: never with {@code --quiet}, never when the output is
 * not a terminal ({@code System.console() == null}: piped, redirected, or a test).
 */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar that counts units of work (epochs, trials); closing it removes the bar's thread. */
    interface Bar extends AutoCloseable {
        /** {@code n} more units done. */
        void stepBy(long n);

        /** The total changed, e.g. fewer trials than planned once some diverged. */
        void maxHint(long total);

        @Override
        void close();
    }

    /** A bar that draws nothing. */
    static final Bar SILENT = new Bar() {
        @Override
        public void stepBy(long n) {
        }

        @Override
        public void maxHint(long total) {
        }

        @Override
        public void close() {
        }
    };

    /** A bar for {@code total} units of {@code task}, or {@link #SILENT} when quiet or not on a terminal. */
    static Bar open(String task, String unit, long total, boolean quiet) {
        if (quiet || System.console() == null) {
            return SILENT;
        }
        return drawn(task, unit, total, new ConsoleProgressBarConsumer(System.err));
    }

    /** A bar drawn on {@code stream}, at most {@code width} characters wide (whether or not it is a terminal). */
    static Bar on(PrintStream stream, int width, String task, String unit, long total) {
        return drawn(task, unit, total, new ConsoleProgressBarConsumer(stream, width));
    }

    private static Bar drawn(String task, String unit, long total, ConsoleProgressBarConsumer consumer) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setConsumer(consumer).build();
        return new Bar() {
            @Override
            public void stepBy(long n) {
                bar.stepBy(n);
            }

            @Override
            public void maxHint(long newTotal) {
                bar.maxHint(newTotal);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
