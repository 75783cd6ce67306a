package org.momentum4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;

class DatasetChecksumTest {

    @Test
    void matchesTheDocumentedByteLayout() {
        // Feature 1.0 then target 0.0 as big-endian doubles: 3ff0000000000000 0000000000000000. Reference from
        // coreutils: printf '\x3f\xf0\x00...\x00' (16 bytes) | sha256sum
        Dataset one = Dataset.regression("one", List.of("x"), new double[] {1.0}, 1, new double[] {0.0});
        assertEquals("c6851b4e3b0d89b2de736074fa8ec03d9c705b3c688370fead97c74d38959ecf", DatasetChecksum.sha256(one));
    }

    @Test
    void sameNumbersSameChecksumAnyChangeAnother() {
        Dataset iris = Datasets.iris();
        assertEquals(DatasetChecksum.sha256(iris), DatasetChecksum.sha256(Datasets.iris()));
        double[] x = iris.features().clone();
        x[17] = Math.nextUp(x[17]);
        assertNotEquals(DatasetChecksum.sha256(iris), DatasetChecksum.sha256(iris.withFeatures(x)));
    }
}
