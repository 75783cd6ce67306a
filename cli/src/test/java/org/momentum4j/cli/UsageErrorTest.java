package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's mistake: exit code 2, one line {@code m4j train: ...} naming the flag and the bad value, one hint
 * line, no stack trace, and nothing on standard output (no training starts).
 */
class UsageErrorTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake(List.of("--foo"), "unknown option '--foo'"),
                mistake(List.of("--lr", "-1"), "--lr", "-1", "> 0"),
                mistake(List.of("--lr", "abc"), "--lr", "abc", "expected a number"),
                mistake(List.of("--momentum", "1.5"), "--momentum", "1.5", "[0, 1)"),
                mistake(List.of("--layers", "4,x,3"), "--layers", "'x'", "4,x,3"),
                mistake(List.of("--layers", "3,5,3"), "--layers", "input width is 3", "iris has 4 features"),
                mistake(List.of("--layers", "4,5,2"), "--layers", "output width is 2", "3 classes"),
                mistake(List.of("--optimizer", "nesterov", "--dampening", "0.1"), "--dampening", "nesterov"),
                mistake(List.of("--optimizer", "sgd", "--momentum", "0.9"), "--momentum", "sgd"),
                mistake(List.of("--optimizer", "momentum", "--dampening", "0.5"), "--dampening", "lr-outside", "0.5"),
                mistake(List.of("--optimizer", "lion"), "--optimizer", "lion",
                        "sgd, article, momentum, nesterov, adagrad, rmsprop, adam, adamw, rprop"),
                mistake(List.of("--momentum-form", "sideways"), "--momentum-form", "sideways"),
                mistake(List.of("--activation", "softmax"), "--activation", "softmax"),
                mistake(List.of("--output-activation", "identity"), "--output-activation", "identity"),
                mistake(List.of("--loss", "hinge"), "--loss", "hinge"),
                mistake(List.of("--init", "uniform:1:0"), "--init", "low < high"),
                mistake(List.of("--epochs", "0"), "--epochs", "at least 1", "0"),
                mistake(List.of("--batch-size", "none"), "--batch-size", "none"),
                mistake(List.of("--test-fraction", "1"), "--test-fraction", "[0, 1)", "1.0"),
                mistake(List.of("--data", "xor", "--test-fraction", "0.9"), "--test-fraction", "no rows"),
                mistake(List.of("--data", "no-such-dataset"), "--data", "'no-such-dataset'", "bundled: iris, xor"),
                mistake(List.of("--print-every", "0"), "--print-every", "'0'"),
                mistake(List.of("--lr"), "--lr", "missing"),
                // issue 5: the adaptive rules' settings
                mistake(List.of("--optimizer", "adam", "--beta1", "1.2"), "--beta1: beta1 must be in [0, 1), got 1.2"),
                mistake(List.of("--optimizer", "adamw", "--beta2", "-0.1"), "--beta2: beta2 must be in [0, 1), got -0.1"),
                mistake(List.of("--optimizer", "adam", "--momentum", "0.9"), "--momentum: --optimizer adam takes no",
                        "--beta1"),
                mistake(List.of("--optimizer", "adamw", "--momentum", "0.9"), "--momentum", "adamw", "--beta1"),
                mistake(List.of("--optimizer", "sgd", "--beta1", "0.5"), "--beta1: --optimizer sgd takes no beta1"),
                mistake(List.of("--optimizer", "adagrad", "--eps", "0"), "--eps: epsilon must be finite and > 0"),
                mistake(List.of("--optimizer", "adagrad", "--initial-accumulator", "-1"),
                        "--initial-accumulator: initial accumulator must be finite and >= 0, got -1.0"),
                mistake(List.of("--optimizer", "rmsprop", "--alpha", "1"), "--alpha: alpha must be in [0, 1), got 1.0"),
                mistake(List.of("--optimizer", "adam", "--centered"), "--centered: --optimizer adam takes no"),
                mistake(List.of("--amsgrad"), "--amsgrad: --optimizer article takes no"),
                mistake(List.of("--optimizer", "rprop", "--eta-minus", "1"), "--eta-minus: eta minus must be in (0, 1)"),
                mistake(List.of("--optimizer", "rprop", "--eta-plus", "1"), "--eta-plus: eta plus must be finite and > 1"),
                mistake(List.of("--optimizer", "rprop", "--min-step", "0"), "--min-step: min step must be"),
                mistake(List.of("--optimizer", "rprop", "--max-step", "1e-7"), "--max-step: max step must be"),
                mistake(List.of("--optimizer", "rprop", "--weight-decay", "0.1"), "--weight-decay: --optimizer rprop"),
                mistake(List.of("--optimizer", "rprop", "--batch-size", "1"),
                        "--batch-size: rprop needs full-batch training", "--batch-size full"),
                // issue 5: schedules and training controls (core's message after the flag)
                mistake(List.of("--lr-schedule", "cosine:epochs=abc"),
                        "--lr-schedule: in 'cosine:epochs=abc': epochs must be a whole number, got 'abc'"),
                mistake(List.of("--lr-schedule", "bogus"), "--lr-schedule: unknown schedule 'bogus'"),
                mistake(List.of("--lr-schedule", "step:every=0"), "--lr-schedule: in 'step:every=0': every must be"),
                mistake(List.of("--lr-schedule", "cosine>step"), "--lr-schedule", "'cosine' has no fixed length"),
                mistake(List.of("--lr-schedule", "exp:gamma=10", "--epochs", "400"),
                        "--lr-schedule: learning-rate schedule 'exp:gamma=10' gives Infinity in epoch"),
                mistake(List.of("--optimizer", "rprop", "--lr-schedule", "cosine"), "--lr-schedule: rprop"),
                mistake(List.of("--momentum-schedule", "plateau"), "--momentum-schedule",
                        "plateau only drives the learning rate"),
                mistake(List.of("--momentum-schedule", "ramp:to=1"),
                        "--momentum-schedule: momentum schedule 'ramp:to=1' gives 1.0 in epoch 40 of 40"),
                mistake(List.of("--optimizer", "sgd", "--momentum-schedule", "ramp"),
                        "--momentum-schedule: sgd has no momentum"),
                mistake(List.of("--early-stopping"), "--early-stopping", "no validation data",
                        "add --validation-fraction 0.2"),
                mistake(List.of("--lr-schedule", "plateau"), "--lr-schedule", "no validation data",
                        "add --validation-fraction 0.2"),
                mistake(List.of("--early-stopping=patience=0", "--validation-fraction", "0.2"),
                        "--early-stopping: in 'patience=0': patience must be at least 1 epoch, got 0"),
                mistake(List.of("--early-stopping", "restore-best=maybe", "--validation-fraction", "0.2"),
                        "--early-stopping", "restore-best must be true or false"),
                mistake(List.of("--clip-norm", "0"), "--clip-norm: clip norm must be > 0, got 0.0"),
                mistake(List.of("--clip-value", "-1"), "--clip-value: clip value must be > 0, got -1.0"),
                mistake(List.of("--on-divergence", "retry"),
                        "--on-divergence: unknown divergence policy 'retry': expected stop or recover"),
                mistake(List.of("--validation-fraction", "1"), "--validation-fraction", "[0, 1)", "1.0"),
                mistake(List.of("--data", "xor", "--test-fraction", "0", "--validation-fraction", "0.1"),
                        "--validation-fraction", "no validation rows"),
                mistake(List.of("surplus"), "unexpected argument 'surplus'"));
    }

    private static Arguments mistake(List<String> args, String... expected) {
        return Arguments.of(args, List.of(expected));
    }

    @ParameterizedTest(name = "m4j train {0}")
    @MethodSource("mistakes")
    void isOneLineNamingTheFlagAndExitCode2(List<String> args, List<String> expected) {
        Cli run = Cli.run(Stream.concat(Stream.of("train"), args.stream()).toArray(String[]::new));
        assertUsageError(run, "m4j train", expected);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        String missing = dir.resolve("missing.csv").toString();
        Cli run = Cli.run("train", "--data", missing);
        assertUsageError(run, "m4j train", List.of("--data: no such file or bundled dataset '" + missing
                + "' (bundled: " + String.join(", ", org.momentum4j.data.Datasets.NAMES) + ")"));
    }

    @Test
    void misspeltOptionGetsASuggestion() {
        Cli run = Cli.run("train", "--lrr", "0.1");
        assertUsageError(run, "m4j train", List.of("unknown option '--lrr'"));
        // --lr first; picocli may add other close names (--lr-schedule).
        assertTrue(run.errLines().get(1).matches("Did you mean --lr( or [-a-z]+)*\\? .*"), run.err());
    }

    @Test
    void topLevelMistakesNameTheTopCommand() {
        assertUsageError(Cli.run("--foo"), "m4j", List.of("unknown option '--foo'"));
        assertUsageError(Cli.run(), "m4j", List.of("no command given", "train"));
        assertUsageError(Cli.run("fly"), "m4j", List.of("'fly'"));
    }

    private static void assertUsageError(Cli run, String command, List<String> expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "nothing may be printed to stdout on a usage error");
        List<String> lines = run.errLines();
        assertEquals(2, lines.size(), "expected one error line and one hint line:\n" + run.err());
        String error = lines.get(0);
        assertTrue(error.startsWith(command + ": "), error);
        for (String part : expected) {
            assertTrue(error.contains(part), "'" + error + "' lacks '" + part + "'");
        }
        assertTrue(lines.get(1).endsWith("Try '" + command + " --help' for more information."), lines.get(1));
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
        assertFalse(run.err().contains("at picocli."), run.err());
    }
}
