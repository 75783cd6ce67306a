package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading new files with a model's encoding: same columns, same one-hot layout, clear mismatches. */
class SchemaReadingTest {
    @TempDir
    Path dir;
    Encoding encoding;

    @BeforeEach
    void trainingFile() throws IOException {
        encoding = DatasetReader.read(Files2.write(dir, "train.csv", "size,colour,kind\n1,red,p\n2,blue,q\n"),
                ReadOptions.defaults()).encoding();
    }

    private LoadedData read(String content) throws IOException {
        return DatasetReader.read(Files2.write(dir, "new.csv", content), ReadOptions.defaults(), encoding);
    }

    private String error(String content) {
        Path file = Files2.write(dir, "bad.csv", content);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(file, ReadOptions.defaults(), encoding));
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void columnsFoundByNameInAnyOrderWithOrWithoutTargets() throws IOException {
        LoadedData withTarget = read("kind,colour,size\nq,red,5\n");
        assertTrue(withTarget.hasTargets());
        assertArrayEquals(new double[] {5, 0, 1}, withTarget.features());
        assertEquals(1, withTarget.dataset().label(0));
        LoadedData features = read("colour,size\nblue,7\n");
        assertFalse(features.hasTargets());
        assertArrayEquals(new double[] {7, 1, 0}, features.features());
        assertThrows(IllegalStateException.class, features::dataset);
    }

    @Test
    void withoutHeaderColumnsAreTakenByPosition() throws IOException {
        assertArrayEquals(new double[] {3, 0, 1}, read("3,red,p\n").features());
        assertArrayEquals(new double[] {3, 1, 0}, read("3,blue\n").features());
    }

    @Test
    void mismatchesAreLocatedErrors() {
        assertEquals(":1:3: column 'weight' is not one the model knows; it expects size, colour, kind",
                error("size,colour,weight\n1,red,2\n"));
        assertEquals(":1: column 'colour' is missing; the model needs it", error("size,kind\n1,p\n"));
        assertEquals(":2:2: unknown category 'green' in column 'colour': the model knows blue, red",
                error("size,colour\n1,green\n"));
        assertEquals(":2:1: unknown class 'r' in column 'kind': the model knows p, q", error("kind,size,colour\nr,1,red\n"));
        assertEquals(": the file has 4 columns, but the model expects 2 (its features) or 3 (features and targets)",
                error("1,red,p,0\n"));
        assertEquals(":2:1: missing value in column 'size'", error("size,colour\n,red\n"));
    }

    @Test
    void encodingAppliesToTextRows() {
        double[] out = new double[3];
        encoding.encodeFeatures(List.of("2.5", "blue"), out, 0);
        assertArrayEquals(new double[] {2.5, 1, 0}, out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoding.encodeFeatures(List.of("2.5", "purple"), out, 0));
        assertEquals("unknown category 'purple' in column 'colour': the model knows blue, red", e.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> encoding.encodeFeatures(new double[] {1, 2}, out, 0));
        assertEquals("feature 'colour' is categorical; pass the values as text", n.getMessage());
    }
}
