package org.momentum4j.optim;

import java.util.Locale;

/**
 * Where the learning rate sits in heavy-ball and Nesterov momentum. The two forms take identical steps
 * while the learning rate is constant (and dampening is 0); they differ as soon as it changes, because
 * {@link #LR_INSIDE} carries old learning rates in its velocity and {@link #LR_OUTSIDE} does not.
 */
public enum MomentumForm {
    /** {@code v = mu * v - lr * g; w += v}: Sutskever et al. (2013), Keras, Weka, Smile. */
    LR_INSIDE("lr-inside"),
    /** {@code b = mu * b + (1 - dampening) * g} ({@code b = g} on the first step); {@code w -= lr * b}: PyTorch. */
    LR_OUTSIDE("lr-outside");

    private final String id;

    MomentumForm(String id) {
        this.id = id;
    }

    /** {@code lr-inside} or {@code lr-outside}. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}, or the framework aliases {@code sutskever}, {@code keras} and {@code pytorch}. */
    public static MomentumForm parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "lr-inside":
            case "sutskever":
            case "keras":
                return LR_INSIDE;
            case "lr-outside":
            case "pytorch":
                return LR_OUTSIDE;
            default:
                throw new IllegalArgumentException("unknown momentum form '" + text
                        + "': expected lr-inside (alias sutskever, keras) or lr-outside (alias pytorch)");
        }
    }
}
