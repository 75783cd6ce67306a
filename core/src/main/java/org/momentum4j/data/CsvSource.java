package org.momentum4j.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows through Apache Commons CSV: RFC 4180 quoting, CRLF or LF line ends, a UTF-8 byte-order mark
 * skipped, blank lines ignored, white space around fields ignored. The delimiter and the presence of a
 * header are detected from the first 64 KiB unless the options fix them.
 */
final class CsvSource implements RecordSource {
    private static final int SAMPLE_CHARS = 1 << 16;

    private final String file;
    private final DigestInputStream digest;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> names;
    private boolean header;
    private long headerLine;
    private boolean replayFirst;
    private CSVRecord current;
    private long line;

    private CsvSource(String file, DigestInputStream digest, CSVParser parser) {
        this.file = file;
        this.digest = digest;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Opens {@code path}. With {@link ReadOptions.Header#AUTO} the first row is a header when
     * {@code knownNames} (a model's column names) is given and one of its fields is such a name, or when
     * {@link #looksLikeHeader} says so.
     */
    static CsvSource open(Path path, String file, ReadOptions.Delimiter delimiter, ReadOptions.Header headerMode,
                          Set<String> knownNames) throws IOException {
        InputStream in = Files.newInputStream(path);
        DigestInputStream digest = new DigestInputStream(in, Sha256.newDigest());
        boolean ok = false;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    SAMPLE_CHARS * 2);
            String sample;
            try {
                reader.mark(SAMPLE_CHARS + 1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
                reader.mark(SAMPLE_CHARS + 1);
                char[] buf = new char[SAMPLE_CHARS];
                int n = 0;
                for (int r; n < buf.length && (r = reader.read(buf, n, buf.length - n)) > 0; ) {
                    n += r;
                }
                reader.reset();
                sample = new String(buf, 0, n);
            } catch (CharacterCodingException e) {
                throw notUtf8(file);
            }
            boolean complete = sample.length() < SAMPLE_CHARS;
            char d = delimiter == ReadOptions.Delimiter.AUTO ? detectDelimiter(sample) : delimiter.symbol();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(d).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            CsvSource source = new CsvSource(file, digest, CSVParser.parse(reader, format));
            source.start(headerMode, knownNames, sample, complete, format);
            ok = true;
            return source;
        } finally {
            if (!ok) {
                digest.close();
            }
        }
    }

    private void start(ReadOptions.Header headerMode, Set<String> knownNames, String sample, boolean complete,
                       CSVFormat format) throws IOException {
        if (!advance()) {
            throw new DataFormatException(file, 0, 0, "the file is empty");
        }
        if (headerMode == ReadOptions.Header.AUTO) {
            header = (knownNames != null && anyKnown(current, knownNames))
                    || looksLikeHeader(sampleRecords(sample, complete, format));
        } else {
            header = headerMode == ReadOptions.Header.PRESENT;
        }
        List<String> n = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < current.size(); c++) {
            String name = header ? current.get(c).strip() : "";
            if (name.isEmpty()) {
                name = "column" + (c + 1);
            }
            if (!seen.add(name)) {
                throw new DataFormatException(file, line, c + 1, "column name '" + name + "' appears twice");
            }
            n.add(name);
        }
        names = Collections.unmodifiableList(n);
        if (header) {
            headerLine = line;
        } else {
            replayFirst = true;
        }
    }

    /**
     * Moves to the next record that is not a blank line; false at the end. Commons CSV counts the line
     * ends it has consumed, so a record starts on that count (taken before reading it) + 1; blank lines
     * come through as records of one empty field (empty lines are not ignored by the format) and so keep
     * the count right.
     */
    private boolean advance() throws IOException {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    current = null;
                    return false;
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                throw translate(before + 1, e.getCause());
            }
            if (!(r.size() == 1 && r.get(0).isBlank())) {
                current = r;
                line = before + 1;
                return true;
            }
        }
    }

    private static boolean anyKnown(CSVRecord first, Set<String> known) {
        for (int c = 0; c < first.size(); c++) {
            if (known.contains(first.get(c).strip())) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> sampleRecords(String sample, boolean complete, CSVFormat format) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(sample, format)) {
            for (CSVRecord r : p) {
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (String v : r) {
                    row.add(v.strip());
                }
                rows.add(row);
                if (rows.size() > 200) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A malformed sample: the full parse will report it with its line.
        }
        if (!complete && rows.size() > 1) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /**
     * Header detection: the first row is a header when none of its fields is a number and either it is the
     * only row, or some later row has a number where it has text, or (an all-text table) none of its
     * fields is empty or reappears in its column further down.
     */
    static boolean looksLikeHeader(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<String> first = rows.get(0);
        for (String v : first) {
            if (Double.isFinite(Numbers.parse(v))) {
                return false;
            }
        }
        if (rows.size() == 1) {
            return true;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < Math.min(row.size(), first.size()); c++) {
                if (Double.isFinite(Numbers.parse(row.get(c)))) {
                    return true;
                }
            }
        }
        for (int c = 0; c < first.size(); c++) {
            if (first.get(c).isEmpty()) {
                return false;
            }
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (c < row.size() && row.get(c).equals(first.get(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The candidate (comma, semicolon, tab) that splits the sample's first lines into the same number of
     * fields on every line, preferring more fields; failing that, the most frequent on the first line;
     * comma when none occurs. Quoted text is skipped.
     */
    static char detectDelimiter(String sample) {
        char[] candidates = {',', ';', '\t'};
        List<int[]> lines = new ArrayList<>();
        int[] counts = new int[3];
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < sample.length() && lines.size() < 20; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (any) {
                    lines.add(counts);
                }
                counts = new int[3];
                any = false;
            } else if (!quoted) {
                if (!Character.isWhitespace(ch) || ch == '\t') {
                    any = true;
                }
                for (int k = 0; k < 3; k++) {
                    if (ch == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        if (any && lines.size() < 20) {
            lines.add(counts);
        }
        if (lines.isEmpty()) {
            return ',';
        }
        int best = -1;
        for (int k = 0; k < 3; k++) {
            int n = lines.get(0)[k];
            boolean consistent = n > 0;
            for (int[] l : lines) {
                consistent &= l[k] == n;
            }
            if (consistent && (best < 0 || n > lines.get(0)[best])) {
                best = k;
            }
        }
        if (best < 0) {
            for (int k = 0; k < 3; k++) {
                if (lines.get(0)[k] > 0 && (best < 0 || lines.get(0)[k] > lines.get(0)[best])) {
                    best = k;
                }
            }
        }
        return best < 0 ? ',' : candidates[best];
    }

    private static DataFormatException notUtf8(String file) {
        return new DataFormatException(file, 0, 0, "the file is not UTF-8 text; save it as UTF-8");
    }

    private RuntimeException translate(long startLine, IOException e) {
        if (e instanceof CharacterCodingException) {
            return notUtf8(file);
        }
        if (e instanceof CSVException) {
            String msg = e.getMessage() == null ? "malformed CSV" : e.getMessage();
            return new DataFormatException(file, startLine, 0, "malformed CSV: " + msg);
        }
        return new UncheckedIOException(e);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public boolean hasHeader() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public List<Declared> declared() {
        return null;
    }

    @Override
    public boolean next() throws IOException {
        if (replayFirst) {
            replayFirst = false;
            return true;
        }
        try {
            return advance();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public int size() {
        return current.size();
    }

    @Override
    public String get(int i) {
        return current.get(i).strip();
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String sha256() {
        return Sha256.hex(digest.getMessageDigest().digest());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
