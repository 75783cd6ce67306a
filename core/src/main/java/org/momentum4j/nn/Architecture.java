package org.momentum4j.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a dense feed-forward network: input width, the layers in order (the last is the output
 * layer) and the loss it is trained on. Immutable and validated on construction.
 *
 * <p>Parameters live in one flat array. Layer {@code l}, with {@code in} inputs and {@code out} units, owns
 * {@code in * out} weights stored input-major ({@code w[i * out + j]} connects input {@code i} to unit
 * {@code j}, so the forward pass is a unit-stride axpy per input) followed by its {@code out} biases.
 * Layers follow each other in order.
 *
 * @param inputs number of input features, at least 1
 * @param layers hidden layers then the output layer; at least one
 * @param loss   the training loss; must {@link Loss#supports support} the output activation
 */
public record Architecture(int inputs, List<LayerSpec> layers, Loss loss) {

    /** Refuses networks whose parameter count would not fit a Java array. */
    public static final long MAX_PARAMETERS = Integer.MAX_VALUE - 16;

    public Architecture {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(layers, "layers");
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer (the output layer), got none");
        }
        layers = List.copyOf(layers);
        for (int l = 0; l < layers.size() - 1; l++) {
            if (layers.get(l).activation() == Activation.SOFTMAX) {
                throw new IllegalArgumentException("softmax is for the output layer only, but hidden layer "
                        + (l + 1) + " uses it");
            }
        }
        LayerSpec output = layers.get(layers.size() - 1);
        if (output.activation() == Activation.SOFTMAX && output.units() < 2) {
            throw new IllegalArgumentException("a softmax output layer needs at least 2 units, got " + output.units());
        }
        if (!loss.supports(output.activation())) {
            throw new IllegalArgumentException("loss " + loss.id() + " needs a softmax or sigmoid output layer, got "
                    + output.activation().id());
        }
        long count = 0;
        int in = inputs;
        for (LayerSpec layer : layers) {
            count += (long) in * layer.units() + layer.units();
            in = layer.units();
        }
        if (count > MAX_PARAMETERS) {
            throw new IllegalArgumentException("the network would have " + count + " parameters; at most "
                    + MAX_PARAMETERS + " are supported");
        }
    }

    /** {@code new Architecture(inputs, List.of(layers), loss)}. */
    public static Architecture of(int inputs, Loss loss, LayerSpec... layers) {
        return new Architecture(inputs, Arrays.asList(layers), loss);
    }

    /**
     * A classifier with the given widths, e.g. {@code classifier(4, 5, 3)}: every hidden layer uses
     * {@code hidden}, the output layer is softmax and the loss cross-entropy.
     *
     * @param widths input width, hidden widths, then the number of classes (at least 2)
     */
    public static Architecture classifier(Activation hidden, int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("need at least an input and an output width, got "
                    + Arrays.toString(widths));
        }
        List<LayerSpec> specs = new ArrayList<>();
        for (int l = 1; l < widths.length - 1; l++) {
            specs.add(new LayerSpec(widths[l], hidden));
        }
        specs.add(new LayerSpec(widths[widths.length - 1], Activation.SOFTMAX));
        return new Architecture(widths[0], specs, Loss.CROSS_ENTROPY);
    }

    /** Number of layers with weights (hidden plus output). */
    public int depth() {
        return layers.size();
    }

    /** Width of the output layer. */
    public int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    /** Width of the input of layer {@code l}: {@link #inputs()} for the first, else the previous layer's units. */
    public int inputsOf(int l) {
        return l == 0 ? inputs : layers.get(l - 1).units();
    }

    /** Total number of weights and biases. */
    public int parameterCount() {
        return weightOffset(layers.size());
    }

    /** Index in the flat parameter array of layer {@code l}'s first weight ({@code l == depth()} gives the total). */
    public int weightOffset(int l) {
        int off = 0;
        for (int k = 0; k < l; k++) {
            off += (inputsOf(k) + 1) * layers.get(k).units();
        }
        return off;
    }

    /** Index in the flat parameter array of layer {@code l}'s first bias. */
    public int biasOffset(int l) {
        return weightOffset(l) + inputsOf(l) * layers.get(l).units();
    }

    /** Compact text form, e.g. {@code 4-tanh(5)-softmax(3) cross-entropy}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(inputs);
        for (LayerSpec layer : layers) {
            sb.append('-').append(layer);
        }
        return sb.append(' ').append(loss.id()).toString();
    }
}
