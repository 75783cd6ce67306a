package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress bars: drawn for a person at a terminal, silent otherwise. */
class ProgressBarsTest {

    @Test
    void quietOrNotATerminalDrawsNothing() {
        assertSame(ProgressBars.SILENT, ProgressBars.open("compare", "epochs", 10, true));
        assumeTrue(System.console() == null, "tests run without a terminal");
        assertSame(ProgressBars.SILENT, ProgressBars.open("compare", "epochs", 10, false));
    }

    @Test
    void aDrawnBarShowsTheTaskAndTheCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             ProgressBars.Bar bar = ProgressBars.on(stream, 100, "tune", "trials", 12)) {
            bar.stepBy(4);
            bar.maxHint(10);
            bar.stepBy(6);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("tune") && drawn.contains("10/10 trials"), drawn);
        assertTrue(drawn.contains("100%"), drawn);
    }
}
