package org.momentum4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Random valid tables (numeric columns with any finite double, categorical columns whose values contain
 * delimiters, quotes, line breaks and non-ASCII letters, a categorical or numeric target), written as CSV in
 * a random dialect (delimiter, LF or CRLF, with or without byte-order mark, header detected or stated), read
 * back equal to the originals: same values bit for bit, same categories, same labels, same line numbers.
 */
class CsvRoundTripProperties {
    private static final String[] PIECES = {"a", "b", "x y", "caf\u00e9", "\u65e5\u672c", "q\"uote", "com,ma",
        "semi;colon", "tab\there", "line\nbreak", "z"};

    private record Table(List<String> names, List<boolean[]> kinds, String[][] cells, boolean numericTarget) {
    }

    private static Table randomTable(SplittableRandom random) {
        int numeric = random.nextInt(0, 4);
        int categorical = random.nextInt(numeric == 0 ? 1 : 0, 3);
        int cols = numeric + categorical + 1;
        boolean numericTarget = random.nextBoolean();
        int rows = random.nextInt(2, 25);
        List<String> names = new ArrayList<>();
        List<boolean[]> kinds = new ArrayList<>();
        String[][] cells = new String[rows][cols];
        for (int c = 0; c < cols; c++) {
            boolean isNumeric = c < numeric || (c == cols - 1 && numericTarget);
            names.add("col" + c);
            kinds.add(new boolean[] {isNumeric});
            String[] categories = new String[random.nextInt(2, 5)];
            for (int k = 0; k < categories.length; k++) {
                categories[k] = PIECES[random.nextInt(PIECES.length)] + k;
            }
            for (int r = 0; r < rows; r++) {
                if (isNumeric) {
                    double v = random.nextInt(4) == 0 ? random.nextInt(-1000, 1000) / 8.0
                            : Double.longBitsToDouble(random.nextLong());
                    if (!Double.isFinite(v)) {
                        v = -0.0;
                    }
                    cells[r][c] = Double.toString(v);
                } else {
                    cells[r][c] = categories[r < categories.length ? r : random.nextInt(categories.length)];
                }
            }
        }
        return new Table(names, kinds, cells, numericTarget);
    }

    @Property(tries = 150)
    void tablesSurviveWritingAndReading(@ForAll long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Table t = randomTable(random);
        char delimiter = ",;\t".charAt(random.nextInt(3));
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        boolean bom = random.nextBoolean();
        boolean statedHeader = random.nextBoolean();
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator(eol).get();
        long[] expectedLines = new long[t.cells().length];
        long line = 2;
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(t.names());
            for (int r = 0; r < t.cells().length; r++) {
                printer.printRecord((Object[]) t.cells()[r]);
                expectedLines[r] = line;
                for (String cell : t.cells()[r]) {
                    line += cell.chars().filter(ch -> ch == '\n').count();
                }
                line++;
            }
        }
        Path dir = Files.createTempDirectory("roundtrip");
        Path file = dir.resolve("t.csv");
        Files.write(file, ((bom ? "\uFEFF" : "") + out).getBytes(StandardCharsets.UTF_8));
        ReadOptions options = ReadOptions.defaults();
        if (statedHeader) {
            options = options.withHeader(ReadOptions.Header.PRESENT)
                    .withDelimiter(ReadOptions.Delimiter.parse(String.valueOf(delimiter)));
        }
        LoadedData d = DatasetReader.read(file, options);
        Files.delete(file);
        Files.delete(dir);

        int cols = t.names().size();
        int rows = t.cells().length;
        assertEquals(rows, d.rows());
        for (int r = 0; r < rows; r++) {
            assertEquals(expectedLines[r], d.line(r), "line of row " + r);
        }
        // Expected features: numeric values as written, categories one-hot in sorted order.
        List<Double> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols - 1; c++) {
                if (t.kinds().get(c)[0]) {
                    expected.add(Double.parseDouble(t.cells()[r][c]));
                } else {
                    List<String> categories = new ArrayList<>(column(t, c));
                    for (String k : categories) {
                        expected.add(k.equals(t.cells()[r][c].strip()) ? 1.0 : 0.0);
                    }
                }
            }
        }
        double[] x = d.features();
        assertEquals(expected.size(), x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected.get(i)), Double.doubleToRawLongBits(x[i]), "feature " + i);
        }
        Dataset ds = d.dataset();
        if (t.numericTarget()) {
            double[] y = new double[rows];
            for (int r = 0; r < rows; r++) {
                y[r] = Double.parseDouble(t.cells()[r][cols - 1]);
            }
            assertArrayEquals(y, ds.targets());
        } else {
            List<String> classes = new ArrayList<>(column(t, cols - 1));
            assertEquals(classes, ds.classNames());
            for (int r = 0; r < rows; r++) {
                assertEquals(classes.indexOf(t.cells()[r][cols - 1]), ds.label(r));
            }
        }
    }

    private static TreeSet<String> column(Table t, int c) {
        TreeSet<String> values = new TreeSet<>();
        for (String[] row : t.cells()) {
            values.add(row[c]);
        }
        return values;
    }
}
