package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code m4j} command: entry point of the command-line tool. Each verb is its own command class.
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 usage error, 3 training diverged ({@code m4j train} stopped
 * because the loss diverged; it still prints the accuracy of the weights it kept). A usage error (unknown option, bad value,
 * missing file, a setting core rejects) prints exactly two lines to standard error: {@code m4j train: <what
 * is wrong>} and a hint; never a stack trace. An internal error prints one line; {@code --debug} (accepted by
 * every command) adds the stack trace. See {@link ErrorReporter}.
 */
@Command(name = "m4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Trains feed-forward neural networks by back-propagation with momentum.",
        subcommands = {TrainCommand.class, PredictCommand.class, EvaluateCommand.class, CvCommand.class,
            CompareCommand.class, TuneCommand.class, SuggestCommand.class, DemoCommand.class, BenchCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n")
public final class M4j implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print its stack trace (usage errors never show one).")
    private boolean debug;

    @Override
    public Integer call() {
        throw new UsageException("no command given (commands: " + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    /** Runs {@code m4j} as a user would, printing to {@code System.out}/{@code System.err}, and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs {@code m4j} with {@code args}, writing what a user would see to {@code out} and {@code err}.
     *
     * @return the exit code: 0 success, 1 internal error, 2 usage error, 3 training diverged
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command hierarchy, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new M4j());
        Converters.register(cl);
        cl.setOut(out);
        cl.setErr(err);
        ErrorReporter errors = new ErrorReporter(err);
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }
}
