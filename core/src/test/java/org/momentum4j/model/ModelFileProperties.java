package org.momentum4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Task;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

/**
 * Doubles survive a save and load bit for bit (any finite value: subnormals, -0.0, extremes); and a model
 * file with random byte damage is rejected or, when the damage does not change any value (white space,
 * spelling of a number), loads to exactly the original model, never to a different one.
 */
class ModelFileProperties {
    private static final double[] EDGES = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3, 1e-310, 123456789.0};

    /** A 3-relu(2)-softmax(2) classifier: (3+1)*2 + (2+1)*2 = 14 parameters; normaliser of 3 columns. */
    private static Model model(double[] params, double[] offset, double[] scale) {
        Architecture a = Architecture.of(3, Loss.CROSS_ENTROPY, LayerSpec.of(2, Activation.RELU),
                LayerSpec.of(2, Activation.SOFTMAX));
        Encoding e = Encoding.of(List.of(
                new Encoding.Column("p", Encoding.Role.FEATURE, Encoding.Kind.NUMERIC, List.of()),
                new Encoding.Column("q", Encoding.Role.FEATURE, Encoding.Kind.CATEGORICAL, List.of("u", "v")),
                new Encoding.Column("k", Encoding.Role.TARGET, Encoding.Kind.CATEGORICAL, List.of("no", "yes"))),
                Task.CLASSIFICATION, MissingPolicy.DROP);
        return new Model(Network.of(a, params), e, new Normalizer(Normalization.ZSCORE, offset, scale, offset),
                null, new TrainingSettings("nesterov lr=0.01 momentum=0.9", "he", 7, 4, -3, Map.of("k", "v \u00e9")),
                Provenance.of("data.csv", "ab".repeat(32), 9));
    }

    @Provide
    Arbitrary<Double> finite() {
        Double[] edges = new Double[EDGES.length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = EDGES[i];
        }
        return Arbitraries.oneOf(Arbitraries.of(edges),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
    }

    @Provide
    Arbitrary<Double> positive() {
        return finite().map(Math::abs).filter(d -> d > 0);
    }

    @Property(tries = 200)
    void anyFiniteDoubleRoundTripsExactly(@ForAll("finite") double a, @ForAll("finite") double b,
                                          @ForAll("finite") double c, @ForAll("positive") double s) throws IOException {
        double[] params = new double[14];
        for (int i = 0; i < params.length; i++) {
            params[i] = new double[] {a, b, c}[i % 3];
        }
        Model original = model(params, new double[] {a, b, c}, new double[] {s, s, s});
        Path file = Files.createTempFile("model", ".json");
        try {
            original.save(file);
            Model loaded = Model.load(file);
            assertEquals(original, loaded);
            assertArrayEquals(bits(original.network().parameters()), bits(loaded.network().parameters()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Example
    void everyEdgeValueRoundTrips() throws IOException {
        double[] params = new double[14];
        for (int i = 0; i < params.length; i++) {
            params[i] = EDGES[i % EDGES.length];
        }
        Model original = model(params, new double[] {-0.0, Double.MIN_VALUE, -Double.MAX_VALUE},
                new double[] {Double.MIN_VALUE, Double.MAX_VALUE, Math.nextDown(Double.MIN_NORMAL)});
        Path file = Files.createTempFile("model", ".json");
        try {
            original.save(file);
            assertArrayEquals(bits(params), bits(Model.load(file).network().parameters()));
            assertEquals(original, Model.load(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }

    private static final Model ORIGINAL;
    private static final byte[] BYTES;

    static {
        SplittableRandom r = new SplittableRandom(1);
        double[] params = new double[14];
        for (int i = 0; i < params.length; i++) {
            params[i] = r.nextDouble(-2, 2);
        }
        ORIGINAL = model(params, new double[] {0.5, 0.25, 0.75}, new double[] {2, 0.5, 0.5});
        try {
            Path file = Files.createTempFile("model", ".json");
            ORIGINAL.save(file);
            BYTES = Files.readAllBytes(file);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 1500)
    void damagedFilesAreRejectedOrLoadUnchanged(@ForAll long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] b = BYTES.clone();
        int damages = random.nextInt(1, 4);
        for (int d = 0; d < damages; d++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = (byte) ('0' + random.nextInt(10));
                case 2 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 3 -> b = splice(b, at, 1, new byte[0]);
                case 4 -> b = splice(b, at, 0, new byte[] {(byte) " 0-.e,\"}]".charAt(random.nextInt(9))});
                default -> b = java.util.Arrays.copyOf(b, at);
            }
        }
        Path file = Files.createTempFile("damaged", ".json");
        try {
            Files.write(file, b);
            Model loaded;
            try {
                loaded = Model.load(file);
            } catch (ModelFormatException rejected) {
                return;
            }
            assertEquals(ORIGINAL, loaded, "a damaged file loaded as a different model");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
