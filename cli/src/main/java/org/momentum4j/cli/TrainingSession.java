package org.momentum4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.momentum4j.data.Dataset;
import org.momentum4j.model.Checkpoint;
import org.momentum4j.model.CheckpointDirectory;
import org.momentum4j.nn.Network;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.ControlledRun;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingListener;
import org.momentum4j.train.StepObserver;
import org.momentum4j.train.TrainingResult;
import org.momentum4j.train.TrainingRun;

/**
 * One {@code m4j train} run, from its start or from a checkpoint to its end: a {@link ControlledRun} driven
 * epoch by epoch exactly as {@code Trainer.fit} drives it, plus a {@link Checkpoint} every N epochs and
 * after the last one, as {@link Checkpoint}'s javadoc prescribes. Restoring a checkpoint puts the run where
 * the saved one was, so a resumed run takes bit-identical steps to one never interrupted.
 */
final class TrainingSession {
    private final ControlledRun run;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final String dataSha256;
    private final Map<String, String> settings;

    /**
     * @param dataSha256 identifies the exact training data (rows, features and targets as trained on)
     * @param settings   what the checkpoint must remember besides the training state (the run's options)
     * @throws UsageException if the controls do not suit the optimizer, configuration or data
     */
    TrainingSession(Network network, Dataset train, Dataset validation, Optimizer optimizer, TrainingConfig config,
                    TrainingControls controls, String dataSha256, Map<String, String> settings) {
        try {
            this.run = new ControlledRun(network, train, validation, optimizer, config, controls);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        this.optimizer = optimizer;
        this.config = config;
        this.dataSha256 = dataSha256;
        this.settings = Map.copyOf(settings);
    }

    /**
     * Puts the run where {@code checkpoint} left it.
     *
     * @throws UsageException with core's message when the checkpoint is of another run (network, update rule,
     *                        batch size, seed or training data differ)
     */
    void resume(Checkpoint checkpoint) {
        try {
            checkpoint.requireSameRun(run.trainingRun().network().architecture(), optimizer, config, dataSha256);
            run.trainingRun().restore(checkpoint.state());
            if (checkpoint.control() != null) {
                run.restore(checkpoint.control());
            }
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--resume", e);
        }
    }

    /** Attaches an instrument that sees every optimizer step (see {@link TrainingRun#observe}). */
    void observe(StepObserver observer) {
        run.trainingRun().observe(observer);
    }

    /** Epochs completed so far (after {@link #resume}, those of the checkpoint). */
    int epochsDone() {
        return run.trainingRun().epochsDone();
    }

    /**
     * Trains to the end, telling {@code listener} about each epoch.
     *
     * @param checkpoints where to save checkpoints, or null for none
     * @param every       save after every {@code every}-th epoch (and after the last)
     */
    TrainingResult run(TrainingListener listener, CheckpointDirectory checkpoints, int every) {
        List<EpochStats> history = new ArrayList<>();
        while (!run.isFinished()) {
            int divergences = run.divergences().size();
            EpochStats stats = run.runEpoch();
            history.add(stats);
            listener.onEpochEnd(stats);
            if (run.divergences().size() > divergences) {
                listener.onDivergence(run.divergences().get(divergences));
            }
            if (checkpoints != null && (stats.epoch() % every == 0 || run.isFinished())) {
                save(checkpoints);
            }
        }
        return run.finish(history);
    }

    private void save(CheckpointDirectory checkpoints) {
        try {
            checkpoints.save(Checkpoint.of(run, optimizer, dataSha256, settings));
        } catch (IOException e) {
            throw UsageException.about("--checkpoint", "cannot write a checkpoint to " + checkpoints.directory()
                    + " (" + IoMessages.describe(e) + ")");
        }
    }
}
