package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code m4j suggest}: the settings it prints must train a good model when pasted into {@code m4j train}. */
class SuggestCommandTest {

    /** The suggested commands, without the leading {@code m4j}. */
    private static List<String[]> suggestions(Cli run) {
        return run.outLines().stream().map(String::strip).filter(l -> l.startsWith("m4j train "))
                .map(l -> l.substring("m4j ".length()).split(" +")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everySuggestedCommandLearnsIris(long seed) {
        Cli run = Cli.run("suggest", "--seed", Long.toString(seed));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("largest Hessian eigenvalue L = "), run.out());
        List<String[]> commands = suggestions(run);
        assertEquals(3, commands.size(), "heavy-ball, Nesterov (full batch) and the range test's online rate:\n"
                + run.out());
        for (String[] command : commands) {
            String[] withSeed = Arrays.copyOf(command, command.length + 2);
            withSeed[command.length] = "--seed";
            withSeed[command.length + 1] = Long.toString(seed);
            Cli train = Cli.run(withSeed);
            assertEquals(0, train.code(), String.join(" ", withSeed) + "\n" + train.err());
            double accuracy = Double.parseDouble(train.outLine("test").split(" +")[1]);
            assertTrue(accuracy >= 0.9, String.join(" ", withSeed) + " reached only " + accuracy);
        }
    }

    @Test
    void theRangeTestFindsABlowUpAboveItsSuggestion() {
        Cli run = Cli.run("suggest");
        String blowUp = run.outLines().stream().filter(l -> l.contains("it blows up at lr")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        double at = Double.parseDouble(blowUp.replaceAll(".*blows up at lr (\\S+).*", "$1"));
        String[] online = suggestions(run).get(2);
        double lr = Double.parseDouble(online[online.length - 1]);
        assertTrue(lr <= at / 10 + 1e-12, "suggested " + lr + " should be at most a tenth of the blow-up " + at);
    }

    @Test
    void drawsTheRangeTestWhenAsked(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("range.png");
        Cli run = Cli.run("suggest", "--warmup-epochs", "0", "--chart", png.toString());
        assertEquals(0, run.code(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertTrue(dark > 2000, "the chart is not blank: " + dark + " dark pixels");
        Cli bad = Cli.run("suggest", "--chart", dir.resolve("range.jpg").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.errLines().get(0).startsWith("m4j suggest: --chart: expected a file name ending in .png"),
                bad.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli run = Cli.run("suggest", "--range-steps", "3");
        assertEquals(2, run.code());
        assertEquals("m4j suggest: --range-steps: range test steps must be at least 10, got 3", run.errLines().get(0));
        Cli cap = Cli.run("suggest", "--max-condition", "0.5");
        assertEquals(2, cap.code());
        assertTrue(cap.errLines().get(0).startsWith("m4j suggest: --max-condition:"), cap.err());
    }
}
