package org.momentum4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.momentum4j.model.Checkpoint;
import org.momentum4j.model.CheckpointDirectory;
import org.momentum4j.model.ModelFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code m4j train --resume DIR}: finds the newest valid checkpoint in DIR (noting on standard error each
 * damaged newer one it skips), and runs {@code m4j train} again with the options the checkpoint was made
 * with, overridden by those typed now, so that {@code m4j train --resume DIR} alone continues the run.
 */
final class Resumption {
    private Resumption() {
    }

    /** The newest valid checkpoint in {@code dir}; none is a usage error. */
    static CheckpointDirectory.Found find(Path dir, PrintWriter err, String command) {
        CheckpointDirectory checkpoints = new CheckpointDirectory(dir, 1);
        Optional<CheckpointDirectory.Found> found;
        List<Path> files;
        try {
            files = checkpoints.files();
            found = checkpoints.newestValid();
        } catch (IOException e) {
            throw UsageException.about("--resume", "cannot read " + dir + " (" + IoMessages.describe(e) + ")");
        }
        if (found.isEmpty()) {
            throw UsageException.about("--resume", files.isEmpty() ? "no checkpoint in " + dir
                    : "none of the " + files.size() + " checkpoints in " + dir + " is valid; the newest: "
                    + problem(files.get(0)));
        }
        for (String skipped : found.get().skipped()) {
            err.println(command + ": note: skipped a damaged checkpoint: " + skipped);
        }
        err.flush();
        return found.get();
    }

    private static String problem(Path checkpoint) {
        try {
            Checkpoint.load(checkpoint);
            return "it loads now; try again";
        } catch (ModelFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            return checkpoint + ": " + IoMessages.describe(e);
        }
    }

    /**
     * Parses {@code m4j train} with the checkpoint's options and those typed now, and runs it from the
     * checkpoint.
     */
    static int reenter(CommandSpec spec, CheckpointDirectory.Found found) {
        CommandLine current = spec.commandLine();
        List<String> args = new ArrayList<>();
        args.add(spec.name());
        args.addAll(RunSettings.resumeArguments(found.checkpoint().settings(), spec));
        CommandLine top = M4j.commandLine(current.getOut(), current.getErr());
        ParseResult parsed;
        try {
            parsed = top.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw UsageException.about("--resume", "the options saved in " + found.file() + " do not apply: "
                    + e.getMessage());
        }
        TrainCommand again = (TrainCommand) parsed.subcommand().commandSpec().userObject();
        return again.resumeFrom(found).call();
    }
}
