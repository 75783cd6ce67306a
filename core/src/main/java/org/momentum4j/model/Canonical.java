package org.momentum4j.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checksum of a file body: SHA-256 over a canonical byte form of its values, independent of how the
 * JSON text spells them (white space, key order, {@code 1.0} vs {@code 1.00}, the JDK's number formatting).
 * Each value is a tag byte then its payload, integers big-endian:
 *
 * <pre>
 *   null            0x00
 *   string          0x01, int32 byte length, UTF-8 bytes
 *   int             0x02, int32
 *   long            0x03, int64
 *   double          0x04, int64 IEEE 754 bit pattern (so -0.0 and 0.0 differ)
 *   double[]        0x06, int32 count, each as int64 bit pattern
 *   list, array     0x07, int32 count, each element
 *   map             0x08, int32 count, then (key as string, value) in ascending key order
 *   object          0x09, int32 member count, then (name as string, value) in the documented member order
 * </pre>
 *
 * Objects are the body records; their member order is their component order, which is the order the
 * format documents (docs/model-format.md).
 */
final class Canonical {
    private final MessageDigest digest;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 14);

    private Canonical() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** Lower-case hex SHA-256 of the canonical form of {@code body}. */
    static String sha256(Record body) {
        Canonical c = new Canonical();
        c.value(body);
        c.flush();
        return HexFormat.of().formatHex(c.digest.digest());
    }

    private void room(int bytes) {
        if (buf.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        digest.update(buf.array(), 0, buf.position());
        buf.clear();
    }

    private void tag(int t) {
        room(1);
        buf.put((byte) t);
    }

    private void int32(int v) {
        room(4);
        buf.putInt(v);
    }

    private void int64(long v) {
        room(8);
        buf.putLong(v);
    }

    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        tag(0x01);
        int32(bytes.length);
        flush();
        digest.update(bytes);
    }

    private void value(Object v) {
        if (v == null) {
            tag(0x00);
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer i) {
            tag(0x02);
            int32(i);
        } else if (v instanceof Long l) {
            tag(0x03);
            int64(l);
        } else if (v instanceof Double d) {
            tag(0x04);
            int64(Double.doubleToRawLongBits(d));
        } else if (v instanceof double[] a) {
            tag(0x06);
            int32(a.length);
            for (double d : a) {
                int64(Double.doubleToRawLongBits(d));
            }
        } else if (v instanceof Object[] a) {
            tag(0x07);
            int32(a.length);
            for (Object o : a) {
                value(o);
            }
        } else if (v instanceof List<?> list) {
            tag(0x07);
            int32(list.size());
            for (Object o : list) {
                value(o);
            }
        } else if (v instanceof Map<?, ?> map) {
            tag(0x08);
            int32(map.size());
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                string((String) e.getKey());
                value(e.getValue());
            }
        } else if (v instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            tag(0x09);
            int32(components.length);
            for (RecordComponent rc : components) {
                string(rc.getName());
                try {
                    rc.getAccessor().setAccessible(true);
                    value(rc.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + rc, e);
                }
            }
        } else {
            throw new IllegalArgumentException("no canonical form for " + v.getClass());
        }
    }
}
