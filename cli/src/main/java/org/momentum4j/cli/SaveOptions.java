package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.momentum4j.model.CheckpointDirectory;
import picocli.CommandLine.Option;

/**
 * Where {@code m4j train} keeps what it learns: the model file ({@code --save}), checkpoints while it runs
 * ({@code --checkpoint}, {@code --checkpoint-every}, {@code --keep}) and where to resume from
 * ({@code --resume}). Every file is written to a temporary name and renamed, so a crash never leaves half of one.
 */
final class SaveOptions {
    @Option(names = "--save", paramLabel = "FILE",
            description = "Save the trained model (network, encoding, normaliser, settings, data checksum) as JSON,"
                    + " for m4j predict and evaluate and for Model.load in Java (default: not saved).")
    Path save;

    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "Save the whole training state to this directory every --checkpoint-every epochs and"
                    + " after the last one, so that --resume can continue after a crash (default: none).")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "10",
            description = "Epochs between checkpoints, >= 1 (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--keep", paramLabel = "K", defaultValue = "3",
            description = "How many of the newest checkpoints to keep, >= 1 (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--resume", paramLabel = "DIR",
            description = {"Continue the run checkpointed in DIR from its newest valid checkpoint (a damaged newest"
                    + " one is skipped with a note), with the options it was started with; it ends exactly as"
                    + " the run would have without the interruption.",
                "Options given now override the saved ones; those that would make it a different run are"
                    + " refused. Checkpoints go on into DIR unless --checkpoint names another directory"
                    + " (default: a fresh run)."})
    Path resume;

    /** Checks the flags before any training, so that a long run does not fail at its end. */
    void check() {
        if (every < 1) {
            throw UsageException.about("--checkpoint-every", "must be at least 1, got " + every);
        }
        if (keep < 1) {
            throw UsageException.about("--keep", "must be at least 1, got " + keep);
        }
        if (save != null && Files.isDirectory(save)) {
            throw UsageException.about("--save", "'" + save + "' is a directory; give a file name such as "
                    + save.resolve("model.json"));
        }
        Path dir = checkpointDirectory();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw UsageException.about(checkpoint != null ? "--checkpoint" : "--resume", "'" + dir
                    + "' is not a directory");
        }
    }

    /** The directory checkpoints go to: {@code --checkpoint}, else the one resumed from, else null (none). */
    Path checkpointDirectory() {
        return checkpoint != null ? checkpoint : resume;
    }

    /**
     * The checkpoint directory of this run, or null. A fresh run refuses a directory that already holds
     * checkpoints: they belong to another run, and keeping "the newest K" would mix the two.
     */
    CheckpointDirectory checkpoints(boolean resuming) {
        Path dir = checkpointDirectory();
        if (dir == null) {
            return null;
        }
        CheckpointDirectory checkpoints = new CheckpointDirectory(dir, keep);
        if (!resuming || !dir.equals(resume)) {
            try {
                if (!checkpoints.files().isEmpty()) {
                    throw UsageException.about("--checkpoint", dir + " already holds checkpoints of a run (newest: "
                            + checkpoints.files().get(0).getFileName() + "); continue it with --resume " + dir
                            + ", or choose an empty directory");
                }
            } catch (IOException e) {
                throw UsageException.about("--checkpoint", "cannot read " + dir + " (" + IoMessages.describe(e) + ")");
            }
        }
        return checkpoints;
    }
}
