package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/m4j} launcher, run as a process after {@code package} (so the shaded jar exists).
 * The build-on-demand tests use a copy of the launcher in a scratch checkout whose {@code mvnw} is a stub
 * that logs its arguments and "builds" by copying the real jar, so no nested Maven build runs.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("m4j.root")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("m4j.jar"));
    private static final String VERSION = "m4j " + System.getProperty("m4j.expectedVersion");

    @TempDir
    Path scratch;
    private Path repo;
    private Path elsewhere;

    @BeforeEach
    void scratchCheckout() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR + " is missing");
        repo = scratch.resolve("repo");
        elsewhere = Files.createDirectories(scratch.resolve("elsewhere"));
        Files.createDirectories(repo.resolve("bin"));
        Files.copy(ROOT.resolve("bin/m4j"), repo.resolve("bin/m4j"));
        for (String file : List.of("pom.xml", "core/pom.xml", "cli/pom.xml", "core/src/main/java/A.java",
                "cli/src/main/java/B.java")) {
            Files.createDirectories(repo.resolve(file).getParent());
            Files.writeString(repo.resolve(file), "");
        }
        // The stub build: log the arguments, then put the real jar where the launcher expects it.
        Files.writeString(repo.resolve("mvnw"), "#!/usr/bin/env bash\n"
                + "echo \"$*\" >> \"$(dirname \"$0\")/mvnw.log\"\n"
                + "[[ -n \"${STUB_FAIL:-}\" ]] && { echo 'stub build broke'; exit 1; }\n"
                + "mkdir -p cli/target && cp \"$STUB_JAR\" cli/target/m4j.jar\n");
        Files.setPosixFilePermissions(repo.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(repo.resolve("bin/m4j"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void realLauncherPrintsTheVersionFromAnyDirectoryWithoutRebuilding() throws Exception {
        Result r = run(ROOT.resolve("bin/m4j"), false, "--version");

        assertEquals(0, r.code, r.err);
        assertEquals(VERSION, r.out.lines().findFirst().orElse(""));
        assertEquals("", r.err, "the jar was just packaged, so nothing should be rebuilt");
    }

    @Test
    void buildsOnFirstUseThenReusesTheJar() throws Exception {
        Result first = run(repo.resolve("bin/m4j"), false, "--version");

        assertEquals(0, first.code, first.err);
        assertTrue(first.err.startsWith("building m4j (first run)..."), first.err);
        assertEquals(VERSION, first.out.lines().findFirst().orElse(""));
        assertEquals(List.of("-q -pl cli -am package -DskipTests"), buildLog());

        Result second = run(repo.resolve("bin/m4j"), false, "--version");
        assertEquals("", second.err);
        assertEquals(1, buildLog().size(), "a fresh jar must not be rebuilt");
    }

    @Test
    void rebuildsWhenASourceIsNewerThanTheJar() throws Exception {
        run(repo.resolve("bin/m4j"), false, "--version");
        Path jar = repo.resolve("cli/target/m4j.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));

        Result r = run(repo.resolve("bin/m4j"), false, "--version");

        assertEquals(0, r.code, r.err);
        assertTrue(r.err.startsWith("rebuilding m4j (sources changed)..."), r.err);
        assertEquals(2, buildLog().size());
    }

    @Test
    void worksThroughASymlinkAndPassesArgumentsAndExitCodesThrough() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("m4j"), repo.resolve("bin/m4j"));

        Result r = run(link, false, "train", "--lr", "two words");

        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("m4j train: invalid value for option '--lr': expected a number, got 'two words'"),
                r.err);
    }

    /** M4J_JAVA_OPTS reaches the JVM: with the Vector API module the SIMD kernels run, without it the plain loops. */
    @Test
    void javaOptionsFromTheEnvironmentTurnOnTheSimdKernels() throws Exception {
        String[] bench = {"bench", "--json", "--layers", "40,40,3", "--items", "20", "--epochs", "2",
                "--warmup-seconds", "0", "--repetitions", "1"};
        Result plain = run(ROOT.resolve("bin/m4j"), false, Map.of(), bench);
        Result simd = run(ROOT.resolve("bin/m4j"), false, Map.of("M4J_JAVA_OPTS", "--add-modules jdk.incubator.vector"),
                bench);

        assertEquals(0, plain.code, plain.err);
        assertEquals(0, simd.code, simd.err);
        assertTrue(plain.out.contains("\"kernels\":\"scalar\""), plain.out);
        assertTrue(simd.out.contains("\"kernels\":\"vector\""), simd.out);
    }

    @Test
    void aFailedBuildStopsWithExitCode1() throws Exception {
        Result r = run(repo.resolve("bin/m4j"), true, "--version");

        assertEquals(1, r.code);
        assertTrue(r.err.contains("stub build broke"), r.err);
        assertTrue(r.err.contains("m4j: build failed"), r.err);
        assertEquals("", r.out, "build output belongs on stderr and nothing may run after a failed build");
        assertFalse(Files.exists(repo.resolve("cli/target/m4j.jar")));
    }

    private List<String> buildLog() throws IOException {
        return Files.readAllLines(repo.resolve("mvnw.log"));
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Path launcher, boolean failBuild, String... args) throws Exception {
        return run(launcher, failBuild, Map.of(), args);
    }

    private Result run(Path launcher, boolean failBuild, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile());
        pb.environment().put("STUB_JAR", JAR.toString());
        if (failBuild) {
            pb.environment().put("STUB_FAIL", "1");
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish within 60 s");
        return new Result(p.exitValue(), Files.readString(scratch.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(scratch.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
