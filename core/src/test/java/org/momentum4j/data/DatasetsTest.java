package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    void irisHas150FlowersOf3SpeciesWithOneHotTargets() {
        Dataset iris = Datasets.iris();
        assertEquals(150, iris.rows());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertEquals(3, iris.targetCount());
        // The first row of Fisher's data: 5.1, 3.5, 1.4, 0.2, setosa.
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, Arrays.copyOf(iris.features(), 4));
        assertArrayEquals(new double[] {1, 0, 0}, Arrays.copyOf(iris.targets(), 3));
        int[] counts = new int[3];
        for (int r = 0; r < 150; r++) {
            counts[iris.label(r)]++;
        }
        assertArrayEquals(new int[] {50, 50, 50}, counts);
    }

    @Test
    void xorHasFourPointsWithASingleTarget() {
        Dataset xor = Datasets.xor();
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, xor.features());
        assertArrayEquals(new double[] {0, 1, 1, 0}, xor.targets());
        assertEquals(1, xor.targetCount());
    }

    @Test
    void byNameIgnoresCaseAndNamesTheChoices() {
        assertEquals(150, Datasets.byName(" IRIS ").rows());
        assertRejected(() -> Datasets.byName("mnist"), "'mnist'", "iris", "xor");
    }
}
