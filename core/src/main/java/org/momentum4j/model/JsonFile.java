package org.momentum4j.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The envelope shared by model and checkpoint files, and how they are written and read.
 *
 * <pre>{@code
 * { "format": "<name>", "formatVersion": <int>, "sha256": "<hex of the body's canonical form>", "<body>": {...} }
 * }</pre>
 *
 * <p>Writing goes to a temporary file in the target's directory, is forced to disk, then renamed over the
 * target atomically (falling back to a plain replacing rename where the file system cannot do it
 * atomically), so a crash leaves the old file or the new one, never a piece. Reading is strict: unknown,
 * duplicate or missing members, wrong types, trailing content, a wrong format name, an unknown version or a
 * checksum mismatch are each a {@link ModelFormatException} naming the first problem.
 */
final class JsonFile {
    /** Larger files are refused before parsing (about 40 million parameters). */
    static final long MAX_BYTES = 1L << 30;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonFile() {
    }

    /** Writes {@code {format, formatVersion, sha256, bodyName: body}} to {@code path} atomically. */
    static void write(Path path, String format, int version, String bodyName, Record body) throws IOException {
        String sha256 = Canonical.sha256(body);
        writeAtomically(path, out -> {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(printer);
                g.writeStartObject();
                g.writeStringField("format", format);
                g.writeNumberField("formatVersion", version);
                g.writeStringField("sha256", sha256);
                g.writeFieldName(bodyName);
                MAPPER.writeValue(g, body);
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    /** What writes the file's bytes. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary sibling, forces it to disk, renames it over {@code path}. */
    static void writeAtomically(Path path, Writer writer) throws IOException {
        Path target = path.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(new NonClosing(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the temporary file's default permissions stand.
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a directory. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open directories; the file itself is already on disk.
        }
    }

    /** Keeps the generator from closing the channel before it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Reads and checks a file written by {@link #write}: format name, a version in [1, maxVersion], body
     * bound strictly to {@code type}, and the checksum.
     *
     * @param file how to name the file in messages
     */
    static <T extends Record> T read(Path path, String file, String format, int maxVersion, String bodyName,
                                     Class<T> type) throws IOException {
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ModelFormatException(file, "permission denied");
        }
        if (Files.isDirectory(path)) {
            throw new ModelFormatException(file, "is a directory");
        }
        if (size > MAX_BYTES) {
            throw new ModelFormatException(file, "the file is " + size + " bytes; at most " + MAX_BYTES
                    + " are accepted");
        }
        if (size == 0) {
            throw new ModelFormatException(file, "the file is empty");
        }
        String sha256 = null;
        String foundFormat = null;
        int version = 0;
        T body = null;
        try (InputStream in = Files.newInputStream(path); JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, p, "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format":
                        if (value != JsonToken.VALUE_STRING) {
                            throw problem(file, p, "format must be a string");
                        }
                        foundFormat = p.getText();
                        if (!foundFormat.equals(format)) {
                            throw new ModelFormatException(file, "not a " + format + " file (its format is '"
                                    + foundFormat + "')");
                        }
                        break;
                    case "formatVersion":
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw problem(file, p, "formatVersion must be an integer");
                        }
                        version = p.getIntValue();
                        if (version < 1 || version > maxVersion) {
                            throw new ModelFormatException(file, "format version " + version + " is not one this"
                                    + " momentum4j (" + Provenance.LIBRARY_VERSION + ") reads; it reads versions 1 to "
                                    + maxVersion + (version > maxVersion ? "; use a newer momentum4j" : ""));
                        }
                        break;
                    case "sha256":
                        if (value != JsonToken.VALUE_STRING || !p.getText().matches("[0-9a-f]{64}")) {
                            throw problem(file, p, "sha256 must be 64 lower-case hex digits");
                        }
                        sha256 = p.getText();
                        break;
                    default:
                        if (!name.equals(bodyName)) {
                            throw problem(file, p, "unknown member '" + name + "'");
                        }
                        if (foundFormat == null || version == 0) {
                            throw problem(file, p, "format and formatVersion must come before " + bodyName);
                        }
                        if (value != JsonToken.START_OBJECT) {
                            throw problem(file, p, bodyName + " must be an object");
                        }
                        try {
                            body = MAPPER.readValue(p, type);
                        } catch (JsonProcessingException e) {
                            throw new ModelFormatException(file, describe(e, bodyName));
                        }
                        break;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw problem(file, p, "unexpected content");
            }
            if (p.nextToken() != null) {
                throw problem(file, p, "unexpected content after the end of the object");
            }
        } catch (ModelFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(file, describe(e, null));
        }
        if (foundFormat == null) {
            throw new ModelFormatException(file, "not a " + format + " file (no format member)");
        }
        if (version == 0) {
            throw new ModelFormatException(file, "no formatVersion");
        }
        if (sha256 == null) {
            throw new ModelFormatException(file, "no sha256 checksum");
        }
        if (body == null) {
            throw new ModelFormatException(file, "no " + bodyName);
        }
        String actual = Canonical.sha256(body);
        if (!actual.equals(sha256)) {
            throw new ModelFormatException(file, "checksum mismatch: the contents were changed or damaged after the"
                    + " file was written (sha256 says " + sha256.substring(0, 12) + "..., contents give "
                    + actual.substring(0, 12) + "...)");
        }
        return body;
    }

    private static ModelFormatException problem(String file, JsonParser p, String what) {
        return new ModelFormatException(file, "line " + p.currentLocation().getLineNr() + ", column "
                + p.currentLocation().getColumnNr() + ": " + what);
    }

    /** A one-line description of a Jackson failure: where, which member, what. */
    static String describe(JsonProcessingException e, String pathPrefix) {
        StringBuilder sb = new StringBuilder();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            sb.append("line ").append(e.getLocation().getLineNr()).append(", column ")
                    .append(e.getLocation().getColumnNr()).append(": ");
        }
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "unknown member '" + u.getPropertyName() + "'";
        } else {
            String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            what = original.lines().findFirst().orElse("").replaceAll("`[\\w.$]+\\.(\\w+)`", "$1")
                    .replaceAll("\\(class [\\w.$]+\\)", "").strip();
            if (what.startsWith("Missing creator property") || what.startsWith("Missing required creator property")) {
                what = "missing member " + what.replaceAll("^[^']*'([^']+)'.*$", "'$1'");
            } else if (what.startsWith("Unexpected end-of-input")) {
                // Jackson adds where the unclosed object started, in its own notation; the user needs the gist.
                what = "the file ends in the middle of the JSON (truncated?)";
            } else if (what.startsWith("Unrecognized token")) {
                what = "not JSON: unexpected text " + what.replaceFirst("^Unrecognized token ('.*?'): was expecting.*$",
                        "$1");
            }
            what = what.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "");
        }
        sb.append(what);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            sb.append(" (at ").append(pathPrefix == null ? "" : pathPrefix + ".").append(path(m)).append(')');
        }
        return sb.toString();
    }

    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
