package org.momentum4j.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Weka's ARFF format (dense rows): {@code @relation}, one {@code @attribute name type} per column, where
 * type is {@code numeric}, {@code real}, {@code integer} or a nominal list {@code {a, b, 'c d'}}, then
 * {@code @data} and comma-separated rows. Names and values may be quoted with {@code '} or {@code "};
 * {@code %} starts a comment; {@code ?} is a missing value. String, date and relational attributes and
 * sparse rows ({@code {0 1.5, 3 x}}) are rejected with their line.
 */
final class ArffSource implements RecordSource {
    private final String file;
    private final DigestInputStream digest;
    private final BufferedReader reader;
    private final List<String> names;
    private final List<Declared> declared;
    private final long dataLine;
    private long lineNo;
    private List<String> fields;
    private long line;

    private ArffSource(String file, DigestInputStream digest, BufferedReader reader, List<String> names,
                       List<Declared> declared, long dataLine) {
        this.file = file;
        this.digest = digest;
        this.reader = reader;
        this.names = names;
        this.declared = declared;
        this.dataLine = dataLine;
        this.lineNo = dataLine;
    }

    static ArffSource open(Path path, String file) throws IOException {
        DigestInputStream digest = new DigestInputStream(Files.newInputStream(path), Sha256.newDigest());
        boolean ok = false;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(digest, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            List<String> names = new ArrayList<>();
            List<Declared> declared = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            long n = 0;
            boolean relation = false;
            boolean anyLine = false;
            while (true) {
                String raw = readLine(reader, file);
                if (raw == null) {
                    if (!anyLine) {
                        throw new DataFormatException(file, 0, 0, "the file is empty");
                    }
                    throw new DataFormatException(file, n, 0, "no @data section");
                }
                n++;
                String text = stripComment(raw).strip();
                if (text.isEmpty()) {
                    continue;
                }
                anyLine = true;
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.startsWith("@relation")) {
                    relation = true;
                } else if (lower.startsWith("@attribute")) {
                    Tokens t = new Tokens(file, n, raw, raw.toLowerCase(Locale.ROOT).indexOf("@attribute") + 10);
                    String name = t.word();
                    if (name == null) {
                        throw new DataFormatException(file, n, t.column(), "expected an attribute name");
                    }
                    if (!seen.add(name)) {
                        throw new DataFormatException(file, n, 0, "attribute '" + name + "' is declared twice");
                    }
                    names.add(name);
                    declared.add(t.type());
                } else if (lower.startsWith("@data")) {
                    if (names.isEmpty()) {
                        throw new DataFormatException(file, n, 0, "@data before any @attribute");
                    }
                    ok = true;
                    return new ArffSource(file, digest, reader, Collections.unmodifiableList(names),
                            Collections.unmodifiableList(declared), n);
                } else {
                    throw new DataFormatException(file, n, 1, (relation ? "" : "not an ARFF file: ")
                            + "expected @relation, @attribute or @data, got '" + abbreviate(text) + "'");
                }
            }
        } finally {
            if (!ok) {
                digest.close();
            }
        }
    }

    private static String readLine(BufferedReader reader, String file) throws IOException {
        try {
            return reader.readLine();
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, 0, 0, "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** Removes a {@code %} comment that is not inside quotes. */
    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '%') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Tokens of one header or data line: words, quoted strings, and the punctuation {@code { } ,}. */
    private static final class Tokens {
        private final String file;
        private final long line;
        private final String text;
        private int at;

        Tokens(String file, long line, String text, int at) {
            this.file = file;
            this.line = line;
            this.text = text;
            this.at = at;
        }

        int column() {
            return at + 1;
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean peek(char c) {
            skipSpace();
            return at < text.length() && text.charAt(at) == c;
        }

        boolean atEnd() {
            skipSpace();
            return at >= text.length() || text.charAt(at) == '%';
        }

        /** A quoted or bare word (bare words end at white space, comma or brace); null if none. */
        String word() {
            skipSpace();
            if (at >= text.length()) {
                return null;
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int start = at;
                for (at++; at < text.length(); at++) {
                    char ch = text.charAt(at);
                    if (ch == '\\' && at + 1 < text.length()) {
                        sb.append(text.charAt(++at));
                    } else if (ch == c) {
                        at++;
                        return sb.toString();
                    } else {
                        sb.append(ch);
                    }
                }
                throw new DataFormatException(file, line, start + 1, "unterminated quote");
            }
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && ",{}%".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return at == start ? null : text.substring(start, at);
        }

        Declared type() {
            skipSpace();
            int col = column();
            if (peek('{')) {
                at++;
                List<String> values = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (true) {
                    String v = word();
                    if (v == null) {
                        throw new DataFormatException(file, line, column(), "expected a nominal value");
                    }
                    if (!seen.add(v.strip())) {
                        throw new DataFormatException(file, line, column(), "nominal value '" + v + "' is listed twice");
                    }
                    values.add(v.strip());
                    if (peek(',')) {
                        at++;
                    } else if (peek('}')) {
                        at++;
                        break;
                    } else {
                        throw new DataFormatException(file, line, column(), "expected ',' or '}' in the nominal list");
                    }
                }
                return new Declared(Encoding.Kind.CATEGORICAL, List.copyOf(values));
            }
            String type = word();
            if (type == null) {
                throw new DataFormatException(file, line, col, "expected an attribute type");
            }
            switch (type.toLowerCase(Locale.ROOT)) {
                case "numeric":
                case "real":
                case "integer":
                    return new Declared(Encoding.Kind.NUMERIC, List.of());
                default:
                    throw new DataFormatException(file, line, col, "attribute type '" + type
                            + "' is not supported: expected numeric, real, integer or a nominal list {a, b, ...}");
            }
        }
    }

    @Override
    public boolean next() throws IOException {
        while (true) {
            String raw = readLine(reader, file);
            if (raw == null) {
                fields = null;
                return false;
            }
            lineNo++;
            String text = stripComment(raw);
            if (text.isBlank()) {
                continue;
            }
            if (text.strip().startsWith("{")) {
                throw new DataFormatException(file, lineNo, 0, "sparse ARFF rows are not supported");
            }
            line = lineNo;
            fields = split(text);
            return true;
        }
    }

    /** Splits a data line at commas outside quotes; quoted values lose their quotes. */
    private List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Tokens t = new Tokens(file, lineNo, text, 0);
        while (true) {
            t.skipSpace();
            String v;
            if (t.peek('\'') || t.peek('"')) {
                v = t.word();
            } else {
                int start = t.at;
                while (t.at < text.length() && text.charAt(t.at) != ',') {
                    t.at++;
                }
                v = text.substring(start, t.at).strip();
            }
            out.add(v);
            if (t.atEnd()) {
                return out;
            }
            if (!t.peek(',')) {
                throw new DataFormatException(file, lineNo, t.column(), "expected ',' after a value");
            }
            t.at++;
        }
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
        return true;
    }

    @Override
    public long headerLine() {
        return dataLine;
    }

    @Override
    public List<Declared> declared() {
        return declared;
    }

    @Override
    public int size() {
        return fields.size();
    }

    @Override
    public String get(int i) {
        return fields.get(i);
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
        reader.close();
    }
}
