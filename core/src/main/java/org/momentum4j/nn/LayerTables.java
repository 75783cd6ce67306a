package org.momentum4j.nn;

/**
 * An {@link Architecture}'s per-layer numbers as plain arrays indexed by layer, which the forward and
 * backward loops of {@link Network} and {@link FloatNetwork} read instead of the architecture's records.
 */
final class LayerTables {
    final int[] fanIn;
    final int[] units;
    final int[] weightOffset;
    final int[] biasOffset;
    final Activation[] activation;

    LayerTables(Architecture architecture) {
        int depth = architecture.depth();
        fanIn = new int[depth];
        units = new int[depth];
        weightOffset = new int[depth];
        biasOffset = new int[depth];
        activation = new Activation[depth];
        for (int l = 0; l < depth; l++) {
            fanIn[l] = architecture.inputsOf(l);
            units[l] = architecture.layers().get(l).units();
            weightOffset[l] = architecture.weightOffset(l);
            biasOffset[l] = architecture.biasOffset(l);
            activation[l] = architecture.layers().get(l).activation();
        }
    }
}
