package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a well-formed CSV file becomes: columns, kinds, encodings, tasks, detection of layout. */
class CsvReadingTest {
    @TempDir
    Path dir;

    private LoadedData read(String content, ReadOptions options) throws IOException {
        return DatasetReader.read(Files2.write(dir, "t.csv", content), options);
    }

    @Test
    void headerNumericFeaturesAndTextLabelsGiveClassification() throws IOException {
        LoadedData d = read("a,b,species\n1,2.5,setosa\n3,-4e-1,virginica\n5,6,setosa\n", ReadOptions.defaults());
        Dataset ds = d.dataset();
        assertEquals(List.of("a", "b"), ds.featureNames());
        assertArrayEquals(new double[] {1, 2.5, 3, -0.4, 5, 6}, ds.features());
        assertEquals(Task.CLASSIFICATION, d.encoding().task());
        assertEquals(List.of("setosa", "virginica"), ds.classNames());
        assertEquals(0, ds.label(0));
        assertEquals(1, ds.label(1));
        assertEquals(0, ds.label(2));
        assertArrayEquals(new double[] {1, 0, 0, 1, 1, 0}, ds.targets(), "one-hot targets");
        assertEquals(2, d.line(0));
        assertEquals(4, d.line(2));
    }

    @Test
    void numericTargetGivesRegressionAndForcedTaskGivesClasses() throws IOException {
        String csv = "x,y\n1,2\n2,0\n3,1\n";
        LoadedData auto = read(csv, ReadOptions.defaults());
        assertEquals(Task.REGRESSION, auto.encoding().task());
        assertArrayEquals(new double[] {2, 0, 1}, auto.dataset().targets());
        LoadedData forced = read(csv, ReadOptions.defaults().withTask(Task.CLASSIFICATION));
        assertEquals(Task.CLASSIFICATION, forced.encoding().task());
        // Numeric labels are ordered as numbers: 0, 1, 2.
        assertEquals(List.of("0", "1", "2"), forced.dataset().classNames());
        assertEquals(2, forced.dataset().label(0));
    }

    @Test
    void numericCategoriesSortAsNumbersNotText() throws IOException {
        LoadedData d = read("x,y\n1,10\n2,9\n3,10\n4,100\n", ReadOptions.defaults().withTask(Task.CLASSIFICATION));
        assertEquals(List.of("9", "10", "100"), d.dataset().classNames());
    }

    @Test
    void targetByNameByNumberAndSeveralRegressionTargets() throws IOException {
        String csv = "y1,a,y2,b\n10,1,20,2\n11,3,21,4\n";
        LoadedData byName = read(csv, ReadOptions.defaults().withTarget("y1", "y2"));
        assertEquals(List.of("a", "b"), byName.dataset().featureNames());
        assertEquals(2, byName.dataset().targetCount());
        assertArrayEquals(new double[] {10, 20, 11, 21}, byName.dataset().targets());
        assertArrayEquals(new double[] {1, 2, 3, 4}, byName.dataset().features());
        LoadedData byNumber = read(csv, ReadOptions.defaults().withTarget("1", "3"));
        assertEquals(byName.encoding(), byNumber.encoding());
        LoadedData caseInsensitive = read(csv, ReadOptions.defaults().withTarget("Y1", "Y2"));
        assertEquals(byName.encoding(), caseInsensitive.encoding());
    }

    @Test
    void categoricalFeaturesAreOneHotInSortedCategoryOrder() throws IOException {
        LoadedData d = read("size,colour,y\n1,red,0.5\n2,blue,1.5\n3,green,2.5\n4,red,3.5\n", ReadOptions.defaults());
        Encoding e = d.encoding();
        assertEquals(List.of("size", "colour=blue", "colour=green", "colour=red"), e.featureNames());
        assertEquals(List.of("blue", "green", "red"), e.featureColumns().get(1).categories());
        assertArrayEquals(new double[] {
            1, 0, 0, 1,
            2, 1, 0, 0,
            3, 0, 1, 0,
            4, 0, 0, 1}, d.features());
    }

    @Test
    void numericLookingColumnCanBeForcedCategorical() throws IOException {
        LoadedData d = read("zip,y\n100,1\n200,2\n100,3\n", ReadOptions.defaults().withCategorical("zip"));
        assertEquals(List.of("zip=100", "zip=200"), d.encoding().featureNames());
        assertArrayEquals(new double[] {1, 0, 0, 1, 1, 0}, d.features());
    }

    @Test
    void noHeaderIsDetectedAndColumnsAreNumbered() throws IOException {
        LoadedData d = read("1,2,a\n3,4,b\n", ReadOptions.defaults());
        assertEquals(List.of("column1", "column2"), d.dataset().featureNames());
        assertEquals(List.of("column3"), d.encoding().targetNames());
        assertEquals(2, d.rows());
        assertEquals(1, d.line(0));
    }

    @Test
    void headerOverrideReadsAFirstRowOfTextAsData() throws IOException {
        // Auto-detection takes an all-text first row followed by numbers as a header; the override says no.
        LoadedData d = read("x,a\n1,b\n", ReadOptions.defaults().withHeader(ReadOptions.Header.ABSENT)
                .withCategorical("1"));
        assertEquals(2, d.rows());
        assertEquals(List.of("column1=1", "column1=x"), d.encoding().featureNames());
    }

    @Test
    void allTextTableHeaderDetectedBecauseNamesDoNotRecur() throws IOException {
        LoadedData d = read("shape,colour,class\nround,red,p\nsquare,red,e\nround,blue,p\n", ReadOptions.defaults());
        assertEquals(3, d.rows());
        assertEquals(List.of("shape=round", "shape=square", "colour=blue", "colour=red"), d.encoding().featureNames());
    }

    @Test
    void semicolonAndTabAreDetected() throws IOException {
        LoadedData semi = read("a;b;y\n1,5;2;x\n3;4;z\n", ReadOptions.defaults().withCategorical("a"));
        assertEquals(List.of("a=1,5", "a=3", "b"), semi.encoding().featureNames());
        LoadedData tab = read("a\tb\ty\n1\t2\tx\n3\t4\tz\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {1, 2, 3, 4}, tab.features());
    }

    @Test
    void delimiterOverrideWins() throws IOException {
        // Detection would pick the comma (two per line); the override splits at semicolons.
        LoadedData d = read("p,q;y\n1,2;a\n3,4;b\n", ReadOptions.defaults().withDelimiter(ReadOptions.Delimiter.SEMICOLON));
        assertEquals(List.of("p,q=1,2", "p,q=3,4"), d.encoding().featureNames());
    }

    @Test
    void quotedFieldsCrlfAndByteOrderMark() throws IOException {
        String csv = "\uFEFF\"first, name\",\"v\"\r\n\"x \"\"y\"\"\",\"1.5\"\r\n\"multi\nline\",2\r\nplain,3\r\n";
        LoadedData d = DatasetReader.read(Files2.write(dir, "q.csv", csv.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.defaults());
        assertEquals(List.of("first, name=multi\nline", "first, name=plain", "first, name=x \"y\""),
                d.encoding().featureNames());
        assertArrayEquals(new double[] {1.5, 2, 3}, d.dataset().targets());
        assertEquals(2, d.line(0));
        assertEquals(3, d.line(1));
        assertEquals(5, d.line(2), "the multi-line record takes lines 3 and 4");
    }

    @Test
    void blankLinesAndSurroundingSpacesAreIgnored() throws IOException {
        LoadedData d = read("a, b\n\n 1 , 2\n   \n3,4\n\n", ReadOptions.defaults());
        assertArrayEquals(new double[] {1, 3}, d.features());
        assertEquals(3, d.line(0));
        assertEquals(5, d.line(1));
    }

    @Test
    void missingValuesDroppedOrKeptAsNaNForMeanFilling() throws IOException {
        String csv = "a,b,y\n1,,p\n2,NA,q\n?,3,p\n4,5,q\n6,7,p\n";
        LoadedData dropped = read(csv, ReadOptions.defaults().withMissing(MissingPolicy.DROP));
        assertEquals(2, dropped.rows());
        assertEquals(3, dropped.droppedRows());
        assertEquals(5, dropped.line(0));
        assertFalse(dropped.hasMissing());
        LoadedData mean = read(csv, ReadOptions.defaults().withMissing(MissingPolicy.MEAN));
        assertEquals(5, mean.rows());
        assertTrue(mean.hasMissing());
        assertTrue(Double.isNaN(mean.features()[1]));
        assertTrue(Double.isNaN(mean.features()[4]));
    }

    @Test
    void missingCategoryUnderMeanMakesEveryOneHotInputNaN() throws IOException {
        LoadedData d = read("c,y\nred,1\n,2\nblue,3\n", ReadOptions.defaults().withMissing(MissingPolicy.MEAN));
        double[] x = d.features();
        assertEquals(6, x.length);
        assertTrue(Double.isNaN(x[2]) && Double.isNaN(x[3]));
    }

    @Test
    void negativeZeroAndExtremeMagnitudesReadExactly() throws IOException {
        LoadedData d = read("a,y\n-0.0,1\n4.9E-324,2\n1.7976931348623157E308,3\n0.1,4\n", ReadOptions.defaults());
        double[] x = d.features();
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(x[0]));
        assertEquals(Double.MIN_VALUE, x[1]);
        assertEquals(Double.MAX_VALUE, x[2]);
        assertEquals(0.1, x[3]);
    }

    @Test
    void checksumIsTheSha256OfTheFileBytesBomIncluded() throws IOException {
        // Expected values from the shell: printf 'a,y\n1,2\n' | sha256sum, and the same with a BOM and CRLF.
        assertEquals("6eca8591af4d545e49ff4fcdfb9cac5b5656b6187eace6af1d9a9af2dafa9023",
                read("a,y\n1,2\n", ReadOptions.defaults()).sha256());
        assertEquals("2da52ffa124f50c522b112c20bc6b8203610fd52b9453f6b92b8c9d8a90f474e",
                read("\uFEFFa,y\r\n1,2\r\n", ReadOptions.defaults()).sha256());
    }
}
