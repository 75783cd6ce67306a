package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weka ARFF files: declared kinds and nominal orders are kept; unsupported parts are located errors. */
class ArffReadingTest {
    @TempDir
    Path dir;

    private static final String WEATHER = "% Weka's weather data, abridged\n"
            + "@relation weather\n"
            + "\n"
            + "@attribute outlook {sunny, overcast, rainy}\n"
            + "@attribute temperature numeric\n"
            + "@attribute 'relative humidity' real\n"
            + "@attribute windy {TRUE, FALSE}\n"
            + "@attribute play {yes, no}\n"
            + "\n"
            + "@data\n"
            + "sunny,85,85,FALSE,no\n"
            + "% a comment line\n"
            + "overcast,83,?,FALSE,yes\n"
            + "'rainy',70,96,FALSE,yes   % trailing comment\n"
            + "rainy,68,80,TRUE,no\n";

    @Test
    void numericAndNominalAttributesInDeclaredOrder() throws IOException {
        LoadedData d = DatasetReader.read(Files2.write(dir, "weather.arff", WEATHER),
                ReadOptions.defaults().withMissing(MissingPolicy.MEAN));
        Encoding e = d.encoding();
        assertEquals(Task.CLASSIFICATION, e.task());
        assertEquals(List.of("yes", "no"), e.classNames(), "declared order, not sorted");
        assertEquals(List.of("outlook=sunny", "outlook=overcast", "outlook=rainy", "temperature",
                "relative humidity", "windy=TRUE", "windy=FALSE"), e.featureNames());
        double[] x = d.features();
        assertArrayEquals(new double[] {1, 0, 0, 85, 85, 0, 1}, java.util.Arrays.copyOfRange(x, 0, 7));
        assertEquals(83, x[7 + 3]);
        assertEquals(Double.NaN, x[7 + 4], "? is missing");
        assertArrayEquals(new double[] {0, 0, 1, 70, 96, 0, 1}, java.util.Arrays.copyOfRange(x, 14, 21));
        assertEquals(1, d.dataset().label(0));
        assertEquals(0, d.dataset().label(1));
        assertEquals(11, d.line(0));
        assertEquals(13, d.line(1));
        assertEquals(14, d.line(2));
    }

    @Test
    void targetCanBeChosenAndNominalValuesAreChecked() throws IOException {
        LoadedData d = DatasetReader.read(Files2.write(dir, "w.arff", WEATHER),
                ReadOptions.defaults().withTarget("temperature").withMissing(MissingPolicy.DROP));
        assertEquals(Task.REGRESSION, d.encoding().task());
        assertArrayEquals(new double[] {85, 70, 68}, d.dataset().targets());
    }

    private String error(String content) {
        Path file = Files2.write(dir, "bad.arff", content);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(file, ReadOptions.defaults()));
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void errorsNameLineAndColumn() {
        assertEquals(":2:14: attribute type 'string' is not supported: expected numeric, real, integer or a nominal"
                + " list {a, b, ...}", error("@relation r\n@attribute s string\n@data\n"));
        assertEquals(":5: sparse ARFF rows are not supported",
                error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n@data\n{0 1, 1 x}\n"));
        assertEquals(":5:2: value 'z' in column 'b' is not one of the declared values x, y",
                error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n@data\n1,z\n"));
        assertEquals(":5:1: expected a number in column 'a', got 'one'",
                error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n@data\none,x\n"));
        assertEquals(":5:3: expected 2 fields, found 3",
                error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n@data\n1,x,2\n"));
        assertEquals(":1:1: not an ARFF file: expected @relation, @attribute or @data, got 'a,b,c'",
                error("a,b,c\n1,2,3\n"));
        assertEquals(":3: no @data section", error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n"));
        assertEquals(": the file is empty", error(""));
        assertEquals(":3: attribute 'a' is declared twice",
                error("@relation r\n@attribute a numeric\n@attribute a {x,y}\n@data\n"));
        assertEquals(":4: the file has a header but no data rows",
                error("@relation r\n@attribute a numeric\n@attribute b {x,y}\n@data\n"));
    }
}
