package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} documents every option with its default; {@code --version} names the build. */
class HelpAndVersionTest {
    /** The option names the issue promises users and scripts; removing or renaming one breaks them. */
    private static final Set<String> PROMISED = Set.of("--data", "--layers", "--activation", "--output-activation",
            "--loss", "--init", "--optimizer", "--momentum-form", "--lr", "--momentum", "--dampening",
            "--weight-decay", "--epochs", "--batch-size", "--seed", "--test-fraction", "--print-every");

    @Test
    void trainHelpListsEveryOptionWithItsDefault() {
        Cli run = Cli.run("train", "--help");

        assertEquals(0, run.code());
        assertEquals("", run.err());
        // Help wraps lines; join them so "(default:\n   0.75)" reads as one phrase.
        String help = run.out().replaceAll("\\s+", " ");
        help = help.substring(help.indexOf("Options:")); // skip the synopsis, which names the options too
        Set<String> valued = new TreeSet<>();
        for (OptionSpec option : trainSpec().options()) {
            String name = option.longestName();
            assertTrue(help.contains(name), name + " missing from help");
            if (option.arity().max() > 0) {
                valued.add(name);
                String block = help.substring(help.indexOf(name + "="));
                int next = block.indexOf(" --", name.length());
                String ownText = next < 0 ? block : block.substring(0, next);
                assertTrue(ownText.contains("(default: " + option.defaultValue() + ")"),
                        name + " does not show its default " + option.defaultValue() + ": " + ownText);
            }
        }
        assertEquals(new TreeSet<>(PROMISED), valued);
    }

    @Test
    void versionNamesTheProjectVersion() {
        Cli run = Cli.run("--version");

        assertEquals(0, run.code(), run.err());
        assertEquals("m4j " + System.getProperty("m4j.expectedVersion"), run.outLines().get(0));
        assertEquals(run.out(), Cli.run("train", "--version").out());
    }

    @Test
    void topLevelHelpListsTheTrainCommand() {
        Cli run = Cli.run("--help");

        assertEquals(0, run.code());
        assertTrue(run.out().contains("train"), run.out());
        assertTrue(run.out().contains("--debug"), run.out());
    }

    private static CommandSpec trainSpec() {
        return M4j.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().get("train").getCommandSpec();
    }
}
