package org.momentum4j.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable sequence of doubles stored in fixed-size chunks, for reading tables whose size is unknown
 * until the end. Growing never copies (unlike a doubling array, whose copy briefly needs three times the
 * data), and chunks can be released while the contents are moved to their final array, so loading peaks
 * at about twice the table's raw size.
 */
final class DoubleChunks {
    private static final int SHIFT = 17;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final List<double[]> chunks = new ArrayList<>();
    private long size;

    void add(double v) {
        int at = (int) (size & MASK);
        if (at == 0) {
            chunks.add(new double[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[at] = v;
        size++;
    }

    double get(long index) {
        return chunks.get((int) (index >>> SHIFT))[(int) (index & MASK)];
    }

    /** Overwrites an element already added. */
    void set(long index, double v) {
        chunks.get((int) (index >>> SHIFT))[(int) (index & MASK)] = v;
    }

    long size() {
        return size;
    }

    /** Lets the garbage collector take every chunk wholly before {@code index}; they must not be read again. */
    void releaseBefore(long index) {
        long whole = index >>> SHIFT;
        for (int c = 0; c < whole && c < chunks.size(); c++) {
            chunks.set(c, null);
        }
    }
}
