package org.momentum4j.cli.report;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.momentum4j.data.Dataset;

/**
 * A dataset's fingerprint for reports: the SHA-256, in lower-case hex, of its feature values then its
 * target values, each an 8-byte big-endian IEEE 754 double in row-major order. Two datasets with the same
 * checksum hold the same numbers in the same order, whatever file they came from.
 */
public final class DatasetChecksum {
    private DatasetChecksum() {
    }

    public static String sha256(Dataset data) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
        for (double[] values : new double[][] {data.features(), data.targets()}) {
            for (double v : values) {
                if (buffer.remaining() < Double.BYTES) {
                    digest.update(buffer.flip());
                    buffer.clear();
                }
                buffer.putDouble(v);
            }
        }
        digest.update(buffer.flip());
        return HexFormat.of().formatHex(digest.digest());
    }
}
