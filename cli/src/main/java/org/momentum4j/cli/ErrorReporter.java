package org.momentum4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a user sees when something goes wrong, and the exit code.
 *
 * <ul>
 *   <li>Usage error (picocli's parse errors and {@link UsageException}): {@code m4j train: <what is wrong>},
 *       then {@code Try 'm4j train --help' for more information.} (preceded by "Did you mean --lr?" when
 *       picocli has a suggestion); exit code 2.</li>
 *   <li>Anything else is a bug: {@code m4j train: internal error: <exception>}; exit code 1. The stack trace
 *       follows only with {@code --debug}.</li>
 * </ul>
 * Everything goes to the error writer given at construction, whichever (sub)command failed.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int INTERNAL_ERROR = 1;
    static final int USAGE_ERROR = 2;

    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            // Picocli lists every word after an unknown option ("'--lrr', '0.1'"); the first is the mistake.
            String first = u.getUnmatched().get(0);
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", suggestions) + "? ";
            return usageError(cl, (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first
                    + "'", hint);
        }
        return usageError(cl, e.getMessage(), "");
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        if (e instanceof UsageException) {
            return usageError(cl, e.getMessage(), "");
        }
        boolean debug = debugRequested(parsed);
        err.println(cl.getCommandSpec().qualifiedName() + ": internal error: " + oneLine(e.toString())
                + (debug ? "" : " (run again with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    private int usageError(CommandLine cl, String message, String hint) {
        String name = cl.getCommandSpec().qualifiedName();
        err.println(name + ": " + lowerFirst(oneLine(message)));
        err.println(hint + "Try '" + name + " --help' for more information.");
        return USAGE_ERROR;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Picocli starts its messages with a capital ("Missing required parameter"); GNU style reads better. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
