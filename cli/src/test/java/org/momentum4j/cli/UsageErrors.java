package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every usage error must look like: exit code 2, one error line and one hint line, no stack trace. */
final class UsageErrors {
    private UsageErrors() {
    }

    /** Asserts a usage error whose line is exactly {@code command + ": " + message}. */
    static void assertExactly(Cli run, String command, String message) {
        assertShape(run, command);
        assertEquals(command + ": " + message, run.errLines().get(0));
    }

    /** Asserts a usage error whose line contains every one of {@code parts}. */
    static void assertContains(Cli run, String command, String... parts) {
        assertShape(run, command);
        String error = run.errLines().get(0);
        for (String part : parts) {
            assertTrue(error.contains(part), "'" + error + "' lacks '" + part + "'");
        }
    }

    private static void assertShape(Cli run, String command) {
        assertEquals(2, run.code(), run.out() + run.err());
        List<String> lines = run.errLines();
        assertEquals(2, lines.size(), "expected one error line and one hint line:\n" + run.err());
        assertTrue(lines.get(0).startsWith(command + ": "), lines.get(0));
        assertTrue(lines.get(1).endsWith("Try '" + command + " --help' for more information."), lines.get(1));
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
