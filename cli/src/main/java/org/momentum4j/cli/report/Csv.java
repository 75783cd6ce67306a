package org.momentum4j.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV for scripts: a header row, full-precision numbers, empty cells for "no value". */
final class Csv {
    private Csv() {
    }

    /** A number as Java writes it exactly (round-trips through {@code Double.parseDouble}); NaN as empty. */
    static String number(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb,
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.writeString(file, csv(header, rows));
    }
}
