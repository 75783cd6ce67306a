package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.compare.DefaultComparison;

/** {@code m4j compare --report DIR --diagnostics}: the first seed's momentum diagnostics join the report, results unchanged. */
class CompareDiagnosticsTest {
    private static final int EPOCHS = 5;
    private static final int LAYERS = 2; // the default 4-5-3 network: hidden and output layer

    @Test
    void theReportGainsOneEffectiveStepChartPerSettingAndTheResultsStayTheSame(@TempDir Path dir) throws Exception {
        Path plainDir = dir.resolve("plain");
        Path observedDir = dir.resolve("observed");
        String[] args = {"compare", "--epochs", Integer.toString(EPOCHS), "--seeds", "2", "--threads", "2"};
        Cli plain = Cli.run(concat(args, "--report", plainDir.toString()));
        Cli observed = Cli.run(concat(args, "--report", observedDir.toString(), "--diagnostics"));
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, observed.code(), observed.err());

        // Every curve point of every run, at full precision: observing changes no bit.
        assertEquals(Files.readString(plainDir.resolve("curves.csv")), Files.readString(observedDir.resolve("curves.csv")));

        List<String> labels = DefaultComparison.settings().stream().map(o -> o.describe()).toList();
        String html = Files.readString(observedDir.resolve("report.html"));
        for (int i = 1; i <= labels.size(); i++) {
            assertTrue(Files.size(observedDir.resolve("effective-step-" + i + ".png")) > 1000);
            assertTrue(Files.size(observedDir.resolve("effective-step-" + i + ".svg")) > 1000);
            // The chart is inlined as a PNG (base64 of the PNG signature starts with iVBORw0KGgo).
            String alt = "Effective step: " + labels.get(i - 1);
            assertTrue(html.contains("<img alt=\"" + alt + "\" src=\"data:image/png;base64,iVBORw0KGgo"), alt);
        }
        assertEquals(2, count(Files.readString(plainDir.resolve("report.html")), "<img "), "training and validation loss");
        assertEquals(2 + labels.size(), count(html, "<img "));
        assertTrue(!Files.exists(plainDir.resolve("diagnostics.csv")), "no diagnostics unless asked");

        List<CSVRecord> rows = csv(observedDir.resolve("diagnostics.csv"));
        // First seed only: one set per setting, one row per epoch and layer.
        assertEquals(labels.size() * EPOCHS * LAYERS, rows.size());
        int sgdRows = 0;
        for (CSVRecord r : rows) {
            assertTrue(labels.contains(r.get("setting")), r.get("setting"));
            if (r.get("setting").equals("sgd lr=0.05")) {
                // Plain SGD moves each weight by exactly lr*|g| per step: the ratio is 1 up to rounding.
                assertEquals(1.0, Double.parseDouble(r.get("effective_p50")), 1e-9, r.toString());
                sgdRows++;
            }
        }
        assertEquals(EPOCHS * LAYERS, sgdRows);
    }

    @Test
    void diagnosticsWithoutAReportIsAUsageError() {
        Cli run = Cli.run("compare", "--epochs", "1", "--diagnostics");
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(List.of("m4j compare: --diagnostics: needs --report DIR, the report the diagnostics go into"),
                run.errLines().subList(0, 1));
        assertTrue(run.out().isEmpty(), "nothing was trained: " + run.out());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
