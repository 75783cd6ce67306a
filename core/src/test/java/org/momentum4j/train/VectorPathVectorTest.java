package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.VectorSupport;

/**
 * The SIMD fast path changes speed, never results: training with it gives the same bits as the plain loops
 * in a JVM without the Vector API module, for every rule with a row kernel, online (fused path) and in
 * mini-batches, and so does {@code Network.gradient}; on layers wide enough for the kernels, of widths that
 * leave scalar tails.
 *
 * <p>Runs only in core's {@code vector} test execution, whose JVM has {@code --add-modules jdk.incubator.vector}.
 */
class VectorPathVectorTest {
    @Test
    void theFastPathIsOnInThisJvm() {
        assertTrue(VectorSupport.enabled(), "this test class must run with --add-modules jdk.incubator.vector");
        assertNotNull(VectorSupport.kernels());
        assertTrue(VectorSupport.describe().startsWith("vector ("), VectorSupport.describe());
    }

    @Test
    void trainingGivesTheSameBitsAsThePlainLoops() throws IOException, InterruptedException {
        List<String> plain = runScalarReference(); // no --add-modules: the plain loops
        assertEquals("vector false", plain.get(0), "the reference JVM must run the plain loops");
        List<String> simd = ScalarReference.cases();
        assertEquals(simd.size(), plain.size() - 1);
        for (int i = 0; i < simd.size(); i++) {
            String expected = plain.get(i + 1);
            String actual = simd.get(i);
            String name = expected.substring(0, expected.indexOf(':'));
            String[] want = expected.substring(name.length() + 1).split(" ");
            String[] got = actual.substring(actual.indexOf(':') + 1).split(" ");
            assertEquals(want.length, got.length, name);
            for (int k = 0; k < want.length; k++) {
                // Token 0 is the last epoch's loss, then the parameters in order.
                assertEquals(want[k], got[k], name + ": the SIMD kernels changed "
                        + (k == 0 ? "the loss" : "parameter " + (k - 1)));
            }
        }
    }

    @Test
    void thePropertyTurnsTheFastPathOffEvenWithTheModule() throws IOException, InterruptedException {
        List<String> off = runScalarReference("--add-modules", VectorSupport.MODULE,
                "-D" + VectorSupport.PROPERTY + "=off");
        assertEquals("vector false", off.get(0));
        assertEquals(ScalarReference.cases(), off.subList(1, off.size()), "same bits with the fast path off");
    }

    private static List<String> runScalarReference(String... jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScalarReference.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            // The JVM announces the incubator module on stderr, which is merged here for failure messages.
            reader.lines().filter(l -> !l.startsWith("WARNING: Using incubator modules")).forEach(lines::add);
        }
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "reference JVM did not finish");
        assertEquals(0, process.exitValue(), String.join("\n", lines));
        return lines;
    }
}
