package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad-input case gives one line naming the file, line and column (1-based, as an editor shows them)
 * and what was expected. The whole message is checked, because it is what the user reads.
 */
class DataErrorsTest {
    @TempDir
    Path dir;

    private String error(String name, String content, ReadOptions options) {
        return error(name, content.getBytes(StandardCharsets.UTF_8), options);
    }

    private String error(String name, byte[] content, ReadOptions options) {
        Path file = Files2.write(dir, name, content);
        DataFormatException e = assertThrows(DataFormatException.class, () -> DatasetReader.read(file, options));
        String prefix = file.toString();
        assertEquals(prefix, e.file());
        return e.getMessage().substring(prefix.length());
    }

    private String error(String name, String content) {
        return error(name, content, ReadOptions.defaults());
    }

    @Test
    void textInANumericColumn() {
        assertEquals(":3:2: expected a number in column 'b', got 'abc'", error("t.csv", "a,b,y\n1,2,x\n3,abc,z\n"));
    }

    @Test
    void textInANumericColumnWithoutHeader() {
        assertEquals(":2:1: expected a number in column 'column1', got '1..2'", error("t.csv", "1,2,x\n1..2,3,z\n"));
    }

    @Test
    void strayWordInTheFirstRowOfANumericColumn() {
        // The first value decides the kind; a column of numbers made categorical by one word is a typo.
        assertEquals(":2:1: expected a number in column 'a', got 'l0' (3 other values in it are numbers)",
                error("t.csv", "a,y\nl0,1\n11,2\n12,3\n13,4\n"));
    }

    @Test
    void raggedRows() {
        assertEquals(":3:3: expected 3 fields, found 2", error("t.csv", "a,b,y\n1,2,x\n3,4\n"));
        assertEquals(":2:4: expected 3 fields, found 4", error("u.csv", "a,b,y\n1,2,x,9\n"));
    }

    @Test
    void emptyFileAndBlankFile() {
        assertEquals(": the file is empty", error("t.csv", ""));
        assertEquals(": the file is empty", error("u.csv", "\n \n"));
    }

    @Test
    void headerOnly() {
        assertEquals(":1: the file has a header but no data rows", error("t.csv", "a,b,y\n"));
    }

    @Test
    void nanAndInfinity() {
        assertEquals(":2:2: NaN in column 'b' is not allowed; mark a missing value as an empty field, NA or ?",
                error("t.csv", "a,b,y\n1,NaN,x\n"));
        assertEquals(":2:1: expected a finite number in column 'a', got '-Infinity'",
                error("u.csv", "a,b,y\n-Infinity,1,x\n"));
        assertEquals(":3:1: expected a finite number in column 'a', got '1e999'",
                error("v.csv", "a,b,y\n1,1,x\n1e999,1,x\n"));
    }

    @Test
    void unknownColumnNames() {
        assertEquals(":1: unknown target column 'klass': the columns are a, b, y",
                error("t.csv", "a,b,y\n1,2,x\n", ReadOptions.defaults().withTarget("klass")));
        assertEquals(":1: unknown categorical column 'c': the columns are a, b, y",
                error("u.csv", "a,b,y\n1,2,x\n", ReadOptions.defaults().withCategorical("c")));
        assertEquals(": target column 4 is out of range: the file has 3 columns",
                error("v.csv", "a,b,y\n1,2,x\n", ReadOptions.defaults().withTarget("4")));
        assertEquals(": unknown target column 'y': the file has no header, so give a 1-based column number (1..3)",
                error("w.csv", "1,2,x\n", ReadOptions.defaults().withTarget("y")));
    }

    @Test
    void missingValueByDefault() {
        assertEquals(":3:2: missing value in column 'b'", error("t.csv", "a,b,y\n1,2,x\n3,,z\n"));
        assertEquals(":2:1: missing value in column 'a'", error("u.csv", "a,b,y\nNA,2,x\n"));
        assertEquals(":2:3: missing target value in column 'y'", error("v.csv", "a,b,y\n1,2,?\n"));
    }

    @Test
    void missingTargetUnderMeanPolicy() {
        assertEquals(":2:3: missing target value in column 'y'",
                error("t.csv", "a,b,y\n1,2,\n", ReadOptions.defaults().withMissing(MissingPolicy.MEAN)));
    }

    @Test
    void everyRowDropped() {
        assertEquals(": every one of the 2 rows has a missing value, so dropping them leaves nothing",
                error("t.csv", "a,y\n,x\n?,z\n", ReadOptions.defaults().withMissing(MissingPolicy.DROP)));
    }

    @Test
    void duplicateColumnName() {
        assertEquals(":1:3: column name 'a' appears twice", error("t.csv", "a,b,a,y\n1,2,3,x\n"));
    }

    @Test
    void unterminatedQuote() {
        String m = error("t.csv", "a,y\n1,x\n\"2,y\n");
        assertEquals(":3: malformed CSV: ", m.substring(0, ":3: malformed CSV: ".length()), m);
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "a,y\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(": the file is not UTF-8 text; save it as UTF-8", error("t.csv", latin1, ReadOptions.defaults()));
    }

    @Test
    void singleColumn() {
        assertEquals(":1: found only 1 column, but a dataset needs at least a feature and a target (is the delimiter"
                + " right?)", error("t.csv", "a|y\n1|2\n"));
    }

    @Test
    void singleClass() {
        assertEquals(": the target column 'y' has only one class 'x'; classification needs at least 2",
                error("t.csv", "a,y\n1,x\n2,x\n"));
    }

    @Test
    void severalTargetsWithCategories() {
        assertEquals(":1: several target columns are only possible for regression, but 'y' holds categories",
                error("t.csv", "a,y,z\n1,p,2\n2,q,3\n", ReadOptions.defaults().withTarget("y", "z")));
    }

    @Test
    void everyColumnATarget() {
        assertEquals(":1: every column is a target; at least one must be a feature",
                error("t.csv", "a,y\n1,2\n", ReadOptions.defaults().withTarget("a", "y")));
    }

    @Test
    void noSuchFileAndDirectory() {
        Path missing = dir.resolve("nope.csv");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(missing, ReadOptions.defaults()));
        assertEquals(missing + ": no such file", e.getMessage());
        DataFormatException d = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(dir, ReadOptions.defaults()));
        assertEquals(dir + ": is a directory, not a data file", d.getMessage());
    }

    @Test
    void exceptionCarriesItsParts() {
        Path file = Files2.write(dir, "t.csv", "a,b,y\n1,2,x\n3,abc,z\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(file, ReadOptions.defaults()));
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertEquals("expected a number in column 'b', got 'abc'", e.problem());
    }
}
