package org.momentum4j.nn;

import jdk.incubator.vector.DoubleVector;

/** The preferred vector width; only loaded when {@link VectorSupport#enabled()}. */
final class VectorWidth {
    private VectorWidth() {
    }

    static int bits() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    }
}
