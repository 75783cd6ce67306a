package org.momentum4j.nn;

import java.util.Objects;

/**
 * One dense layer: how many units it has and which activation it applies.
 *
 * @param units      number of neurons, at least 1
 * @param activation the non-linearity applied to the layer's weighted sums
 */
public record LayerSpec(int units, Activation activation) {
    public LayerSpec {
        Objects.requireNonNull(activation, "activation");
        if (units < 1) {
            throw new IllegalArgumentException("layer units must be at least 1, got " + units);
        }
    }

    /** Shorthand for {@code new LayerSpec(units, activation)}. */
    public static LayerSpec of(int units, Activation activation) {
        return new LayerSpec(units, activation);
    }

    @Override
    public String toString() {
        return activation.id() + "(" + units + ")";
    }
}
