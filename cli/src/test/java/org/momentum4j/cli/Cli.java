package org.momentum4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What a user sees when running {@code m4j} with some arguments: exit code, standard output, standard error. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = M4j.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }

    /** The first line of standard output starting with {@code prefix} and a space (e.g. the "test" result row). */
    String outLine(String prefix) {
        return outLines().stream().filter(l -> l.startsWith(prefix + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out + err));
    }
}
