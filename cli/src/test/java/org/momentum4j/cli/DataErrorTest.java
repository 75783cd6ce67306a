package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad data file, through {@code m4j train --data}: exit code 2 and one line in the compiler
 * style {@code m4j train: --data: FILE:LINE:COLUMN: problem} (no line or column where the problem is not on
 * one), never a stack trace, nothing on standard output.
 */
class DataErrorTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("text in a numeric column", "a,b,y\n1,2,x\n3,abc,y\n", ":3:2: expected a number in column 'b', got 'abc'"),
                bad("ragged row, a field short", "a,b,y\n1,2,x\n3,4\n", ":3:3: expected 3 fields, found 2"),
                bad("ragged row, a field over", "a,b,y\n1,2,x\n3,4,y,5\n", ":3:4: expected 3 fields, found 4"),
                bad("empty file", "", ": the file is empty"),
                bad("header only", "a,b,y\n", ":1: the file has a header but no data rows"),
                bad("NaN", "a,b,y\n1,2,x\n3,NaN,y\n", ":3:2: NaN in column 'b' is not allowed; mark a missing value"
                        + " as an empty field, NA or ?"),
                bad("infinity", "a,b,y\n1,2,x\n-Infinity,4,y\n",
                        ":3:1: expected a finite number in column 'a', got '-Infinity'"),
                bad("a number too large for a double", "a,b,y\n1,2,x\n3,1e999,y\n",
                        ":3:2: expected a finite number in column 'b', got '1e999'"),
                bad("missing value, default policy", "a,b,y\n1,2,x\n3,,y\n", ":3:2: missing value in column 'b'"
                        + " (--missing drop leaves such rows out, --missing mean fills a missing feature with its"
                        + " training mean)"),
                bad("missing target", "a,b,y\n1,2,x\n3,4,NA\n", ":3:3: missing target value in column 'y'"));
    }

    private static Arguments bad(String what, String content, String message) {
        return Arguments.of(what, content, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isOneLineWithFileLineAndColumn(String what, String content, String message) {
        Path file = HandModels.write(dir, "bad.csv", content);
        Cli run = Cli.run("train", "--data", file.toString());
        UsageErrors.assertExactly(run, "m4j train", "--data: " + file + message);
        assertEquals("", run.out());
    }

    @Test
    void unknownTargetColumnListsTheColumns() {
        Path file = HandModels.write(dir, "t.csv", "a,b,y\n1,2,x\n3,4,y\n");
        Cli run = Cli.run("train", "--data", file.toString(), "--target", "species");
        UsageErrors.assertExactly(run, "m4j train", "--data: " + file
                + ":1: unknown target column 'species': the columns are a, b, y");
    }

    @Test
    void targetColumnNumberOutOfRange() {
        Path file = HandModels.write(dir, "t.csv", "1,2,x\n3,4,y\n");
        Cli run = Cli.run("train", "--data", file.toString(), "--target", "4");
        UsageErrors.assertExactly(run, "m4j train", "--data: " + file
                + ": target column 4 is out of range: the file has 3 columns");
    }

    @Test
    void readingOptionsDoNotApplyToBundledData() {
        Cli run = Cli.run("train", "--data", "iris", "--target", "1");
        UsageErrors.assertContains(run, "m4j train", "--target: does not apply to the bundled dataset iris");
    }

    @Test
    void badValuesOfTheReadingFlags() {
        UsageErrors.assertContains(Cli.run("train", "--task", "clustering"), "m4j train", "--task", "clustering",
                "auto, classification or regression");
        UsageErrors.assertContains(Cli.run("train", "--missing", "ignore"), "m4j train", "--missing", "ignore",
                "error, drop or mean");
        UsageErrors.assertContains(Cli.run("train", "--delimiter", "|"), "m4j train", "--delimiter", "'|'",
                "auto, comma, semicolon or tab");
        UsageErrors.assertContains(Cli.run("train", "--header", "maybe"), "m4j train", "--header", "maybe");
        UsageErrors.assertContains(Cli.run("train", "--normalize", "log"), "m4j train", "--normalize", "'log'",
                "zscore, minmax or none");
    }

    @Test
    void aDirectoryIsNotADataFile() {
        Cli run = Cli.run("train", "--data", dir.toString());
        UsageErrors.assertExactly(run, "m4j train", "--data: '" + dir + "' is not a regular file");
    }

    @Test
    void theBundledTwoDimensionalSetsTrain() {
        for (String name : new String[] {"spirals", "circles"}) {
            Cli run = Cli.run("train", "--data", name, "--epochs", "2", "--layers", "2,8,2");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.outLines().get(0).startsWith(name + ": "), run.out());
        }
    }
}
