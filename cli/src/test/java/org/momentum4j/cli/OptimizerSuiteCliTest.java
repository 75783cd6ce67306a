package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.momentum4j.optim.AdaGrad;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.AdamW;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.RmsProp;
import org.momentum4j.optim.Rprop;

/** The adaptive rules of issue 5, reached from {@code m4j train}: each takes its flags and learns Iris. */
class OptimizerSuiteCliTest {

    /**
     * Each rule with the article demo's other settings (4-5-3, 40 epochs, online except rprop) and seed 1.
     * The thresholds hold for every seed from 1 to 20 (checked when the test was written): training accuracy
     * at least 0.95 for all; test accuracy (30 flowers) at least 0.90, except rprop whose 40 full-batch steps
     * reach 26/30 for two of those seeds. AdaGrad runs at lr 0.1: at its default 0.01 its ever-shrinking
     * steps leave it at 0.70-0.93 after 40 epochs.
     */
    static Stream<Arguments> learners() {
        return Stream.of(
                Arguments.of(List.of("--optimizer", "adagrad", "--lr", "0.1"), new AdaGrad(0.1), 0.90),
                Arguments.of(List.of("--optimizer", "rmsprop"), RuleDefaults.of("rmsprop"), 0.90),
                Arguments.of(List.of("--optimizer", "adam"), RuleDefaults.of("adam"), 0.90),
                Arguments.of(List.of("--optimizer", "adamw"), RuleDefaults.of("adamw"), 0.90),
                Arguments.of(List.of("--optimizer", "rprop"), RuleDefaults.of("rprop"), 0.85));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("learners")
    void learnsIris(List<String> args, Optimizer rule, double testThreshold) {
        Cli run = Cli.run(Stream.concat(Stream.of("train", "--seed", "1"), args.stream()).toArray(String[]::new));

        assertEquals(0, run.code(), run.err());
        String header = run.outLines().get(0);
        assertTrue(header.contains(" | " + rule.describe() + " | "), header);
        String batch = rule.requiresFullBatch() ? "batch size full (120)" : "batch size 1 (online)";
        assertTrue(header.contains(batch), "rprop gets full batch unasked, the others stay online: " + header);
        assertTrue(accuracy(run, "train") >= 0.95, run.out());
        assertTrue(accuracy(run, "test") >= testThreshold, run.out());
    }

    /** Every flag reaches the core record: its value shows in {@code describe()}, which the header prints. */
    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(List.of("--optimizer", "adagrad", "--eps", "1e-6", "--initial-accumulator", "0.1",
                        "--weight-decay", "0.001"), new AdaGrad(0.01, 1e-6, 0.1, 0.001)),
                Arguments.of(List.of("--optimizer", "rmsprop", "--lr", "0.002", "--alpha", "0.9", "--eps", "1e-6",
                        "--momentum", "0.5", "--centered", "--weight-decay", "0.001"),
                        new RmsProp(0.002, 0.9, 1e-6, 0.5, true, 0.001)),
                Arguments.of(List.of("--optimizer", "adam", "--beta1", "0.8", "--beta2", "0.99", "--eps", "1e-7",
                        "--amsgrad", "--weight-decay", "0.001"), new Adam(0.001, 0.8, 0.99, 1e-7, 0.001, true)),
                Arguments.of(List.of("--optimizer", "adamw", "--lr", "0.003", "--weight-decay", "0.1"),
                        new AdamW(0.003, 0.9, 0.999, 1e-8, 0.1, false)),
                Arguments.of(List.of("--optimizer", "rprop", "--eta-minus", "0.4", "--eta-plus", "1.3", "--min-step",
                        "1e-5", "--max-step", "10"), new Rprop(0.01, 0.4, 1.3, 1e-5, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void flagsReachTheRule(List<String> args, Optimizer expected) {
        Cli run = Cli.run(Stream.concat(Stream.of("train", "--epochs", "1"), args.stream()).toArray(String[]::new));

        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().get(0).contains(" | " + expected.describe() + " | "), run.outLines().get(0));
    }

    private static double accuracy(Cli run, String part) {
        return Double.parseDouble(run.outLine(part).trim().split("\\s+")[1]);
    }
}
