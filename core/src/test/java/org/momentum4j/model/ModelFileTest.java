package org.momentum4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Datasets;

/** Saving and loading models: exact round trips, strict validation, atomic writes, old files keep loading. */
class ModelFileTest {
    @TempDir
    Path dir;

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }

    @Test
    void irisModelRoundTripsAndPredictsBitIdentically() throws IOException {
        Model model = Fixtures.iris();
        Path file = dir.resolve("iris.json");
        model.save(file);
        Model loaded = Model.load(file);
        assertEquals(model, loaded);
        double[] x = Datasets.iris().features();
        for (int r = 0; r < Datasets.iris().rows(); r++) {
            double[] raw = java.util.Arrays.copyOfRange(x, 4 * r, 4 * r + 4);
            assertArrayEquals(bits(model.predict(raw)), bits(loaded.predict(raw)), "row " + r);
            assertEquals(model.predictLabel(raw), loaded.predictLabel(raw));
        }
        assertEquals(List.of("setosa", "versicolor", "virginica"), loaded.classNames());
        assertEquals("article lr=0.05 momentum=0.75", loaded.training().optimizer());
        assertEquals("0.2", loaded.training().settings().get("test-fraction"));
    }

    @Test
    void trainedIrisModelIsRightOnMostFlowers() {
        Model model = Fixtures.iris();
        int correct = 0;
        double[] x = Datasets.iris().features();
        for (int r = 0; r < 150; r++) {
            if (model.predictClass(java.util.Arrays.copyOfRange(x, 4 * r, 4 * r + 4)) == Datasets.iris().label(r)) {
                correct++;
            }
        }
        assertTrue(correct >= 135, correct + " of 150");
    }

    @Test
    void regressionModelEncodesCategoriesAndRestoresTargetUnits() throws IOException {
        Model model = Fixtures.regression();
        Path file = dir.resolve("r.json");
        model.save(file);
        Model loaded = Model.load(file);
        assertEquals(model, loaded);
        double[] viaText = loaded.predict(List.of("2.5", "green"));
        // By hand: encode (2.5, 0, 1, 0), min-max normalise, forward, then y = y' * std + mean.
        double[] normalised = loaded.featureNormalizer().transform(new double[] {2.5, 0, 1, 0});
        double[] raw = loaded.network().predict(normalised);
        double[] scale = loaded.targetNormalizer().orElseThrow().scale();
        double[] offset = loaded.targetNormalizer().orElseThrow().offset();
        assertArrayEquals(new double[] {raw[0] * scale[0] + offset[0], raw[1] * scale[1] + offset[1]}, viaText);
        assertArrayEquals(bits(model.predict(List.of("2.5", "green"))), bits(viaText));
        // A missing value is allowed (the model was trained with missing values as mean) and filled.
        assertArrayEquals(model.predict(List.of("2.5", "?")), loaded.predict(List.of("2.5", "?")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loaded.predict(List.of("1", "purple")));
        assertEquals("unknown category 'purple' in column 'colour': the model knows blue, green, red", e.getMessage());
        assertThrows(IllegalStateException.class, () -> loaded.predictLabel(List.of("1", "red")));
    }

    @Test
    void evaluatingAFileReadWithTheModelsEncoding() throws IOException {
        Model model = Fixtures.iris();
        Path csv = dir.resolve("iris.csv");
        StringBuilder sb = new StringBuilder("species,petal_width,sepal_length,sepal_width,petal_length\n");
        double[] x = Datasets.iris().features();
        int[] expected = new int[150];
        for (int r = 0; r < 150; r++) {
            sb.append(Datasets.iris().classNames().get(Datasets.iris().label(r))).append(',').append(x[4 * r + 3])
                    .append(',').append(x[4 * r]).append(',').append(x[4 * r + 1]).append(',').append(x[4 * r + 2])
                    .append('\n');
            expected[r] = model.predictClass(java.util.Arrays.copyOfRange(x, 4 * r, 4 * r + 4));
        }
        Files.writeString(csv, sb);
        org.momentum4j.data.LoadedData data = org.momentum4j.data.DatasetReader.read(csv,
                org.momentum4j.data.ReadOptions.defaults(), model.encoding());
        org.momentum4j.train.ClassificationMetrics m = model.evaluateClassification(data);
        int[] actual = new int[150];
        for (int r = 0; r < 150; r++) {
            actual[r] = Datasets.iris().label(r);
        }
        // Columns reordered in the file; the same predictions as from the raw rows in training order.
        assertEquals(org.momentum4j.train.ClassificationMetrics.of(actual, expected, model.classNames()), m);
        assertEquals(150, m.total());
    }

    @Test
    void savingTheSameModelTwiceGivesTheSameBytes() throws IOException {
        Fixtures.iris().save(dir.resolve("a.json"));
        Fixtures.iris().save(dir.resolve("b.json"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("m.json");
        Fixtures.regression().save(file);
        Fixtures.iris().save(file);
        assertEquals(Fixtures.iris(), Model.load(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void handWrittenVersion1FileLoadsAndPredictsTheHandComputedValue() throws IOException {
        // The file's checksum was computed by docs/model-checksum.py, an independent implementation of the
        // documented canonical form. Prediction for (a, b) = (3, 10): normalised ((3-1)/2, (10-2)/4) = (1, 2);
        // output 0.5*1 - 0.25*2 + 0.125 = 0.125; restored 0.125 * 3 + 10 = 10.375.
        Path file = dir.resolve("golden-v1.json");
        try (InputStream in = ModelFileTest.class.getResourceAsStream("golden-v1.json")) {
            Files.copy(in, file);
        }
        Model model = Model.load(file);
        assertArrayEquals(new double[] {10.375}, model.predict(new double[] {3, 10}));
        assertEquals("written by hand for the compatibility test", model.training().settings().get("note"));
    }

    private String loadError(String content) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Model.load(file));
        assertEquals(file.toString(), e.file());
        return e.problem();
    }

    private String saved() throws IOException {
        Path file = dir.resolve("good.json");
        Fixtures.regression().save(file);
        return Files.readString(file);
    }

    @Test
    void tamperedTruncatedAndForeignFilesAreRejectedWithTheFirstProblem() throws IOException {
        String good = saved();
        assertTrue(loadError(good.replace("\"biases\" : [0.0,0.0,0.0]", "\"biases\" : [0.0,0.5,0.0]"))
                .startsWith("checksum mismatch: the contents were changed or damaged after the file was written"));
        assertTrue(loadError(good.substring(0, good.length() / 2)).startsWith("line "), "truncated");
        assertEquals("not a momentum4j-model file (its format is 'momentum4j-checkpoint')",
                loadError(good.replace("\"momentum4j-model\"", "\"momentum4j-checkpoint\"")));
        assertEquals("format version 2 is not one this momentum4j (" + Provenance.LIBRARY_VERSION + ") reads; it reads"
                + " versions 1 to 1; use a newer momentum4j", loadError(good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")));
        String extra = loadError(good.replace("\"loss\" : \"mse\"", "\"loss\" : \"mse\", \"extra\" : 1"));
        assertTrue(extra.matches("line \\d+, column \\d+: unknown member 'extra' \\(at model\\.extra\\)"), extra);
        String missing = loadError(good.replace("\"loss\" : \"mse\",", ""));
        assertTrue(missing.matches("line \\d+, column \\d+: missing member 'loss' \\(at model.loss\\)"), missing);
        String duplicate = loadError(good.replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1, \"formatVersion\" : 1,"));
        assertTrue(duplicate.matches("line 3, column \\d+: Duplicate field 'formatVersion'"), duplicate);
        assertEquals("the file is empty", loadError(""));
        assertTrue(loadError("[1, 2]").endsWith("expected a JSON object"));
        assertTrue(loadError(good + "{}").endsWith("unexpected content after the end of the object"));
        assertEquals("no such file", assertThrows(ModelFormatException.class,
                () -> Model.load(dir.resolve("nope.json"))).problem());
    }

    @Test
    void contentsWithAValidChecksumAreStillCheckedForConsistency() throws IOException {
        // A file whose checksum matches but whose contents are wrong (a buggy writer, a crafted file).
        ModelJson good = ModelCodec.toJson(Fixtures.regression());
        ModelJson.Layer first = good.layers().get(0);
        double[][] w = first.weights().clone();
        w[1] = new double[] {1, Double.POSITIVE_INFINITY, 2};
        assertEquals("invalid model: layers[0].weights[1][1] is Infinity; parameters must be finite",
                writeAndLoadError(withLayer(good, new ModelJson.Layer(3, "tanh", w, first.biases()))));
        assertEquals("invalid model: layers[0].weights has 3 rows, expected 4 (one per input of the layer)",
                writeAndLoadError(withLayer(good, new ModelJson.Layer(3, "tanh",
                        java.util.Arrays.copyOf(first.weights(), 3), first.biases()))));
        assertEquals("invalid model: unknown activation 'swish': expected one of identity, sigmoid, tanh, relu, softmax",
                writeAndLoadError(withLayer(good, new ModelJson.Layer(3, "swish", first.weights(), first.biases()))));
        ModelJson noTargets = new ModelJson(good.inputs(), good.loss(), good.layers(), good.encoding(),
                good.featureNormalizer(), null, good.training(), good.provenance());
        assertEquals("invalid model: a regression model needs a target normaliser with 2 columns",
                writeAndLoadError(noTargets));
    }

    private static ModelJson withLayer(ModelJson m, ModelJson.Layer first) {
        return new ModelJson(m.inputs(), m.loss(), List.of(first, m.layers().get(1)), m.encoding(), m.featureNormalizer(),
                m.targetNormalizer(), m.training(), m.provenance());
    }

    private String writeAndLoadError(ModelJson body) throws IOException {
        Path file = dir.resolve("crafted.json");
        JsonFile.write(file, Model.FORMAT, Model.FORMAT_VERSION, "model", body);
        return assertThrows(ModelFormatException.class, () -> Model.load(file)).problem();
    }

    @Test
    void partsThatDoNotFitAreRejectedAtConstruction() {
        Model iris = Fixtures.iris();
        Model r = Fixtures.regression();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Model(iris.network(),
                r.encoding(), iris.featureNormalizer(), null, iris.training(), iris.provenance()));
        assertEquals("the network has 3 outputs for 2 regression targets", e.getMessage());
    }

    @Test
    void fileIsPlainUtf8Json() throws IOException {
        Path file = dir.resolve("m.json");
        Fixtures.iris().save(file);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : \"momentum4j-model\",\n  \"formatVersion\" : 1,\n  \"sha256\" : \""));
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertEquals(5, tree.get("model").get("layers").get(0).get("units").asInt());
    }
}
