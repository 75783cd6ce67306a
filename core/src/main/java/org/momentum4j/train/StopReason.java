package org.momentum4j.train;

/** Why a training run ended; {@link #id()} is the word model files and reports use. */
public enum StopReason {
    /** All configured epochs ran. */
    COMPLETED("completed"),
    /** Early stopping: the validation loss stopped improving for {@code patience} epochs. */
    EARLY_STOPPING("early-stopping"),
    /** The caller ended the run ({@link ControlledRun#finish}) before its last epoch. */
    INTERRUPTED("interrupted"),
    /** The loss diverged and the {@link DivergencePolicy} said stop (or recoveries ran out). */
    DIVERGED("diverged");

    private final String id;

    StopReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@link #id()}. */
    public static StopReason parse(String id) {
        for (StopReason r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown stop reason '" + id + "': expected completed, early-stopping, interrupted or diverged");
    }
}
