package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.momentum4j.optim.Optimizer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} documents every option with its default; {@code --version} names the build. */
class HelpAndVersionTest {
    /** The option names the issue promises users and scripts; removing or renaming one breaks them. */
    private static final Set<String> PROMISED = Set.of("--data", "--layers", "--activation", "--output-activation",
            "--loss", "--init", "--optimizer", "--momentum-form", "--lr", "--momentum", "--dampening",
            "--weight-decay", "--epochs", "--batch-size", "--seed", "--test-fraction", "--print-every", "--precision",
            // issue 5: the adaptive rules' settings and the training controls
            "--beta1", "--beta2", "--eps", "--alpha", "--initial-accumulator", "--eta-minus", "--eta-plus",
            "--min-step", "--max-step", "--lr-schedule", "--momentum-schedule", "--early-stopping", "--clip-norm",
            "--clip-value", "--validation-fraction", "--on-divergence",
            // issue 3: reading data files, rescaling, model files, checkpoints
            "--target", "--task", "--missing", "--categorical", "--delimiter", "--header", "--normalize", "--save",
            "--checkpoint", "--checkpoint-every", "--keep", "--resume",
            // issue 7: momentum diagnostics
            "--diagnostics");
    /** Flags without a value, promised as well. */
    private static final Set<String> SWITCHES = Set.of("--amsgrad", "--centered", "--quiet");

    @Test
    void trainHelpListsEveryOptionWithItsDefault() {
        Cli run = Cli.run("train", "--help");

        assertEquals(0, run.code());
        assertEquals("", run.err());
        // Help wraps lines; join them so "(default:\n   0.75)" reads as one phrase.
        String help = run.out().replaceAll("\\s+", " ");
        help = help.substring(help.indexOf("Options:")); // skip the synopsis, which names the options too
        Set<String> valued = new TreeSet<>();
        Set<String> switches = new TreeSet<>();
        for (OptionSpec option : trainSpec().options()) {
            String name = option.longestName();
            assertTrue(help.contains(name), name + " missing from help");
            if (option.arity().max() > 0) {
                valued.add(name);
                String ownText = ownText(help, name);
                // Options whose default depends on the rule (--lr) or that are off unless given have no
                // picocli default; their text still says what happens when they are left out.
                String shown = "(default: " + (option.defaultValue() == null ? "" : option.defaultValue());
                boolean says = option.defaultValue() == null ? ownText.contains(shown)
                        : Pattern.compile(Pattern.quote(shown) + "[);,]").matcher(ownText).find();
                assertTrue(says, name + " does not show its default " + option.defaultValue() + ": " + ownText);
            } else if (!name.equals("--help") && !name.equals("--version") && !name.equals("--debug")) {
                switches.add(name);
            }
        }
        assertEquals(new TreeSet<>(PROMISED), valued);
        assertEquals(new TreeSet<>(SWITCHES), switches);
    }

    @Test
    void helpListsTheExitCodesIncludingDivergence() {
        String help = Cli.run("train", "--help").out().replaceAll("\\s+", " ");
        for (String code : List.of("0 trained", "1 internal error", "2 usage error", "3 training diverged")) {
            assertTrue(help.contains(code), code + " missing: " + help);
        }
    }

    /**
     * What {@code --help} says each rule's default is, for the flags whose default depends on the rule, is
     * what the rule gets when the flag is left out: the CLI builds exactly core's default records (the header
     * shows {@code describe()}, which names every setting that differs from core's default), and the help
     * names their values.
     */
    @Test
    void helpTellsEachRulesOwnDefaultsTruthfully() {
        String help = Cli.run("train", "--help").out().replaceAll("\\s+", " ");
        help = help.substring(help.indexOf("Options:"));
        Map<String, Double> lr = defaults(ownText(help, "--lr"));
        Map<String, Double> momentum = defaults(ownText(help, "--momentum"));
        Map<String, Double> eps = defaults(ownText(help, "--eps"));
        Map<String, Double> decay = defaults(ownText(help, "--weight-decay"));
        for (OptimizerFactory.Rule rule : OptimizerFactory.RULES) {
            Optimizer expected = RuleDefaults.of(rule.name());
            String header = Cli.run("train", "--optimizer", rule.name(), "--epochs", "1").outLines().get(0);
            assertTrue(header.contains(" | " + expected.describe() + " | "), header);
            assertEquals(expected.learningRate(), lr.get(rule.name()), "--lr help for " + rule.name());
            if (rule.settings().contains(OptimizerFactory.Setting.MOMENTUM)) {
                assertEquals(expected.momentum(), momentum.get(rule.name()), "--momentum help for " + rule.name());
            }
            if (rule.settings().contains(OptimizerFactory.Setting.EPSILON)) {
                assertEquals(RuleDefaults.component(expected, "epsilon"), eps.get(rule.name()), rule.name());
            }
            if (rule.settings().contains(OptimizerFactory.Setting.WEIGHT_DECAY)) {
                assertEquals(RuleDefaults.component(expected, "weightDecay"),
                        decay.getOrDefault(rule.name(), decay.get("others")), "--weight-decay help for " + rule.name());
            }
        }
    }

    /** Pairs "NAME VALUE" in an option's help text, e.g. "adam 0.001" or "others 0". */
    private static Map<String, Double> defaults(String text) {
        Map<String, Double> found = new HashMap<>();
        Matcher m = Pattern.compile("\\b([a-z]+) (\\d[0-9.e-]*)\\b").matcher(text);
        while (m.find()) {
            found.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return found;
    }

    /** The help text of one option, up to the next option (the help must be joined into one line). */
    private static String ownText(String help, String name) {
        int valued = help.indexOf(" " + name + "=");
        int optional = help.indexOf(" " + name + "[=");
        int at = valued < 0 ? optional : optional < 0 ? valued : Math.min(valued, optional);
        String block = help.substring(at + 1);
        // The next option's heading: another option's name followed by "=" or "[=", or the standard options.
        Matcher next = Pattern.compile(" (-h, --help|--(?!" + Pattern.quote(name.substring(2)) + "[=\\[])[a-z0-9-]+\\[?=)")
                .matcher(block);
        return next.find() ? block.substring(0, next.start()) : block;
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
