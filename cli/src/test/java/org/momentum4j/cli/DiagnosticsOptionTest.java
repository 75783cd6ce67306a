package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code m4j train --diagnostics DIR}: the measurements land in DIR and do not change the training. */
class DiagnosticsOptionTest {
    @TempDir
    Path dir;

    @Test
    void writesTheCsvAndChartsWithoutChangingTheRun() throws Exception {
        Path out = dir.resolve("diag");
        Cli plain = Cli.run("train", "--epochs", "5");
        Cli observed = Cli.run("train", "--epochs", "5", "--diagnostics", out.toString());
        assertEquals(0, observed.code(), observed.err());
        // Observing forces the generic (non-fused) online path, which gives the same bits: same report.
        assertEquals(plain.outLine("test"), observed.outLine("test"));
        assertEquals(plain.outLine("train"), observed.outLine("train"));
        assertTrue(observed.out().contains("wrote momentum diagnostics"), observed.out());
        List<String> csv = Files.readAllLines(out.resolve("diagnostics.csv"));
        assertEquals(1 + 5 * 2, csv.size(), "header plus one row per epoch and layer");
        for (String chart : List.of("effective-step", "norms", "oscillation")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.size(out.resolve(chart + ".svg")) > 1000, chart);
        }
        // The article's rule: each step is lr*(g_t + mu*g_{t-1}), so the median weight moves more than plain
        // SGD would (ratio above 1) but about (1 + mu) = 1.75 times at most when gradients keep their sign.
        String last = csv.get(csv.size() - 1);
        double median = Double.parseDouble(last.split(",")[8]);
        assertTrue(median > 1 && median < 2, last);
    }

    @Test
    void anUnwritableDirectoryIsAUsageError() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        Cli run = Cli.run("train", "--epochs", "2", "--diagnostics", file.resolve("sub").toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.errLines().get(0).startsWith("m4j train: --diagnostics: cannot write to "), run.err());
    }
}
