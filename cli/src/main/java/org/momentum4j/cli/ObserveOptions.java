package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.momentum4j.cli.report.DiagnosticsReport;
import org.momentum4j.diagnostics.MomentumDiagnostics;
import org.momentum4j.nn.Network;
import org.momentum4j.train.DivergenceEvent;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.TrainingListener;
import picocli.CommandLine.Option;

/**
 * How a person watches a training run: a progress bar on standard error ({@code --quiet} turns it off; it is
 * off anyway when the output is not a terminal) and, with {@code --diagnostics DIR}, the per-layer momentum
 * measurements of {@link MomentumDiagnostics} written as CSV and charts when training ends.
 */
final class ObserveOptions {
    @Option(names = "--diagnostics", paramLabel = "DIR",
            description = {"Measure, per layer and epoch, gradient, velocity and update norms, the effective step"
                    + " (actual move / plain-SGD move, 10th/50th/90th percentile) and the share of updates that"
                    + " flip sign; write diagnostics.csv and charts (PNG, SVG) to DIR.",
                "Costs a few passes over the weights per step (default: not measured)."})
    Path diagnostics;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is none when the output is not a"
            + " terminal either).")
    boolean quiet;

    /** The instrument to attach to the run, or null without {@code --diagnostics}. */
    MomentumDiagnostics diagnosticsFor(Network network) {
        return diagnostics == null ? null : new MomentumDiagnostics(network.architecture(), network.parameters());
    }

    /** Writes what {@code measured} holds to {@code --diagnostics}; returns the files written. */
    List<Path> write(MomentumDiagnostics measured) {
        try {
            return DiagnosticsReport.write(measured.history(), diagnostics);
        } catch (IOException e) {
            throw UsageException.about("--diagnostics", "cannot write to " + diagnostics + " ("
                    + IoMessages.describe(e) + ")");
        }
    }

    /**
     * {@code listener} plus a progress bar of {@code epochs} epochs, {@code done} of them already behind
     * (a resumed run), when a person watches; close it when training ends.
     */
    Watched watch(TrainingListener listener, int done, int epochs) {
        ProgressBars.Bar bar = ProgressBars.open("train", "epochs", epochs, quiet);
        bar.stepBy(done);
        return new Watched(listener, bar);
    }

    /** A listener that also steps a progress bar. */
    static final class Watched implements TrainingListener, AutoCloseable {
        private final TrainingListener listener;
        private final ProgressBars.Bar bar;

        Watched(TrainingListener listener, ProgressBars.Bar bar) {
            this.listener = listener;
            this.bar = bar;
        }

        @Override
        public void onEpochEnd(EpochStats stats) {
            listener.onEpochEnd(stats);
            bar.stepBy(1);
        }

        @Override
        public void onDivergence(DivergenceEvent event) {
            listener.onDivergence(event);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
