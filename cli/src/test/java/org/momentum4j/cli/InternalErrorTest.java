package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug (not a user's mistake) exits with 1 and one line; {@code --debug} adds the stack trace. */
class InternalErrorTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the engine broke");
        }
    }

    @Test
    void internalErrorIsOneLineWithExitCode1() {
        Cli run = runWithBoom("boom");

        assertEquals(1, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("m4j boom: internal error: java.lang.IllegalStateException: the engine broke"
                + " (run again with --debug for the stack trace)", run.errLines().get(0));
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli run = runWithBoom("boom", "--debug");

        assertEquals(1, run.code());
        assertEquals("m4j boom: internal error: java.lang.IllegalStateException: the engine broke",
                run.errLines().get(0));
        assertTrue(run.err().contains("at org.momentum4j.cli.InternalErrorTest$Boom.call"), run.err());
    }

    @Test
    void illegalArgumentFromTrainingItselfIsNotMistakenForAUsageError() {
        // Only settings are turned into usage errors; an IllegalArgumentException elsewhere is a bug.
        Cli run = runWithBoomThrowing(new IllegalArgumentException("index out of range"));

        assertEquals(1, run.code(), run.err());
    }

    private static Cli runWithBoom(String... args) {
        return execute(new Boom(), args);
    }

    private static Cli runWithBoomThrowing(RuntimeException e) {
        @Command(name = "boom")
        final class Thrower implements Callable<Integer> {
            @Override
            public Integer call() {
                throw e;
            }
        }
        return execute(new Thrower(), "boom");
    }

    private static Cli execute(Object boom, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine cl = M4j.commandLine(new PrintWriter(out), errWriter);
        cl.addSubcommand(boom);
        int code = cl.execute(args);
        errWriter.flush();
        return new Cli(code, out.toString(), err.toString());
    }
}
