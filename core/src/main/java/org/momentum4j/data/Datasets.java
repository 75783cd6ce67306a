package org.momentum4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Datasets shipped inside the library, usable by name. Sources and licences are listed in {@code NOTICE}.
 *
 * <ul>
 *   <li>{@code iris}: Fisher's Iris (UCI Machine Learning Repository, CC BY 4.0): 150 flowers, 4 measurements
 *       in cm, 3 species, 50 of each.</li>
 *   <li>{@code xor}: the four points of exclusive-or, labels 0 and 1, for a single sigmoid output.</li>
 * </ul>
 */
public final class Datasets {
    private Datasets() {
    }

    /** Names accepted by {@link #byName}. */
    public static final List<String> NAMES = List.of("iris", "xor");

    /** A bundled dataset by name (case-insensitive). */
    public static Dataset byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "iris":
                return iris();
            case "xor":
                return xor();
            default:
                throw new IllegalArgumentException("unknown bundled dataset '" + name + "': expected one of " + NAMES);
        }
    }

    /** Fisher's Iris: 150 rows, 4 features, classes setosa, versicolor, virginica (in file order). */
    public static Dataset iris() {
        try (InputStream in = Datasets.class.getResourceAsStream("iris.csv")) {
            if (in == null) {
                throw new IllegalStateException("iris.csv is missing from the momentum4j jar");
            }
            return readLabelled("iris", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exclusive-or: (0,0)->0, (0,1)->1, (1,0)->1, (1,1)->0, with a single 0/1 target. */
    public static Dataset xor() {
        double[] x = {0, 0, 0, 1, 1, 0, 1, 1};
        int[] y = {0, 1, 1, 0};
        return Dataset.binary("xor", List.of("x1", "x2"), x, y, List.of("0", "1"));
    }

    /** Reads a bundled CSV (header row, numeric columns, class label last); bundled files are known good. */
    private static Dataset readLabelled(String name, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            int cols = header.size() - 1;
            Map<String, Integer> classes = new LinkedHashMap<>();
            List<double[]> rows = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (CSVRecord record : parser) {
                double[] row = new double[cols];
                for (int c = 0; c < cols; c++) {
                    row[c] = Double.parseDouble(record.get(c));
                }
                rows.add(row);
                labels.add(classes.computeIfAbsent(record.get(cols), k -> classes.size()));
            }
            double[] features = new double[rows.size() * cols];
            int[] y = new int[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                System.arraycopy(rows.get(r), 0, features, r * cols, cols);
                y[r] = labels.get(r);
            }
            return Dataset.classification(name, header.subList(0, cols), features, y, new ArrayList<>(classes.keySet()));
        }
    }
}
