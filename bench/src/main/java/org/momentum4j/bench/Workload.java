package org.momentum4j.bench;

import java.util.Locale;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;

/**
 * A benchmark workload: a one-hidden-layer tanh/softmax classifier, its synthetic data and its training
 * settings. {@link #W1} and {@link #W2} are the shapes of the reference C loop ({@code ../shared/reference}),
 * with the same data parameters, so that items per second can be compared with it in the same run.
 *
 * @param name         e.g. {@code W1}
 * @param inputs       input width D
 * @param hidden       tanh units H
 * @param classes      softmax outputs K
 * @param items        training items N
 * @param epochs       passes over the data per timed repetition
 * @param learningRate lr of classical momentum (lr inside: {@code v = mu v - lr g; w += v})
 * @param momentum     mu
 * @param density      fraction of non-zero prototype features (1 = dense prototypes in [0, 1))
 * @param noise        half-width scale of the per-feature noise added to a prototype
 */
public record Workload(String name, int inputs, int hidden, int classes, int items, int epochs,
                       double learningRate, double momentum, double density, double noise) {

    /** 4-7-3, 150 items, 1000 epochs, lr 0.01, momentum 0.5: tiny network, per-item overhead dominates. */
    public static final Workload W1 = new Workload("W1", 4, 7, 3, 150, 1000, 0.01, 0.5, 1.0, 0.12);

    /** 784-100-10, 10,000 items, 1 epoch, lr 0.01, momentum 0.9: MNIST-sized, memory bandwidth dominates. */
    public static final Workload W2 = new Workload("W2", 784, 100, 10, 10_000, 1, 0.01, 0.9, 0.2, 0.35);

    public Workload {
        if (inputs < 1 || hidden < 1 || classes < 2 || items < 1 || epochs < 1) {
            throw new IllegalArgumentException("workload shape must have inputs, hidden, items, epochs >= 1 and"
                    + " classes >= 2, got " + inputs + "-" + hidden + "-" + classes + " items " + items
                    + " epochs " + epochs);
        }
    }

    /** {@code W1} or {@code W2} (case-insensitive). */
    public static Workload parse(String text) {
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "W1":
                return W1;
            case "W2":
                return W2;
            default:
                throw new IllegalArgumentException("unknown workload '" + text + "': expected W1 or W2");
        }
    }

    /** The network shape: {@code inputs-tanh(hidden)-softmax(classes)}, cross-entropy. */
    public Architecture architecture() {
        return Architecture.classifier(Activation.TANH, inputs, hidden, classes);
    }

    /** Items trained per timed repetition. */
    public long itemsPerRepetition() {
        return (long) items * epochs;
    }

    /** The same workload with another item count (e.g. to make mini-batch runs long enough). */
    public Workload withEpochs(int newEpochs) {
        return new Workload(name, inputs, hidden, classes, items, newEpochs, learningRate, momentum, density, noise);
    }
}
