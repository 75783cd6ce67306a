package org.momentum4j.schedule;

/**
 * How a value (the learning rate, or the momentum) changes from epoch to epoch: an immutable recipe that
 * maps a 0-based epoch and the optimizer's starting value ({@code base}) to the value in force during that
 * epoch. Trainers set it on the optimizer's state before each epoch's first step (per epoch, not per step:
 * the schedules below are defined in epochs, as PyTorch's are when stepped once per epoch).
 *
 * <p>Every schedule has a text form, which {@link #parse} reads and {@link #toString()} writes back
 * ({@code parse(s.toString()).equals(s)}). Stages joined by {@code >} run one after another; each
 * stage is a name, optionally followed by {@code :key=value,key=value}. Absolute values ({@code min},
 * {@code from}, {@code to}, {@code max}) are rates; every other value scales {@code base}.
 * <pre>
 *   constant                             base
 *   step:every=30,factor=0.1             base * factor^floor(e / every)            (defaults 30, 0.1)
 *   exp:gamma=0.99                       base * gamma^e                            (default 0.99)
 *   cosine:epochs=200,min=1e-4           min + (base - min) * (1 + cos(pi * e / epochs)) / 2, then min
 *                                        (defaults: the rest of the run, min 0)
 *   warmup:epochs=5,start=0.1            base * (start + (1 - start) * e / epochs), then base (defaults 5, 0.1)
 *   ramp:from=0.5,to=0.99,epochs=50      from + (to - from) * e / (epochs - 1), then to
 *                                        (defaults: from 0.5, to base, the rest of the run)
 *   sutskever:every=1,max=0.99           min(1 - 1 / (2 * (floor(e / every) + 1)), max)   (defaults 1, base)
 *   plateau:patience=10,factor=0.1,threshold=1e-4,cooldown=0,min=0
 *                                        base times factor for every plateau of the validation loss
 *   warmup:epochs=5>cosine               warm up for 5 epochs, then anneal over the rest of the run
 * </pre>
 * A stage's epochs count from its own start. Only stages with a fixed length ({@code warmup}, and
 * {@code cosine} or {@code ramp} with {@code epochs=N}) can be followed by another.
 *
 * <p>Only {@link ReduceOnPlateau} has state: it lives in a {@link PlateauState} held by the training run,
 * so a schedule object can serve any number of runs and a checkpoint can save the state exactly.
 */
public sealed interface Schedule
        permits Constant, StepDecay, ExponentialDecay, CosineAnnealing, Warmup, Ramp, SutskeverMomentum,
        ReduceOnPlateau, Chain {

    /**
     * The value for epoch {@code epoch} (0-based, counted from this schedule's start).
     *
     * @param span    how many epochs this schedule runs for: the run's epochs, or for the last stage of a
     *                chain, what is left of the run when it starts; bare {@code cosine} and {@code ramp}
     *                stretch over it
     * @param base    the optimizer's starting value (its learning rate or momentum)
     * @param plateau the run's plateau state ({@link PlateauState#INITIAL} when nothing reduces)
     */
    double value(int epoch, int span, double base, PlateauState plateau);

    /** How many epochs this schedule lasts before the next stage of a chain starts; 0 if it runs to the end. */
    default int length() {
        return 0;
    }

    /** Whether the schedule is driven by the validation loss (contains {@code plateau}). */
    default boolean needsValidationLoss() {
        return false;
    }

    /**
     * Takes in the validation loss measured at the end of epoch {@code epoch} and returns the plateau state
     * for the next epoch; schedules without a plateau return {@code plateau} unchanged.
     */
    default PlateauState observe(int epoch, int span, double base, double validationLoss, PlateauState plateau) {
        return plateau;
    }

    /** The text form, which {@link #parse} reads back to an equal schedule. */
    @Override
    String toString();

    /** The schedule that keeps the optimizer's value. */
    static Schedule constant() {
        return Constant.INSTANCE;
    }

    /**
     * Reads the text form described above.
     *
     * @throws IllegalArgumentException with a one-line message that quotes the stage and names the setting
     */
    static Schedule parse(String text) {
        return ScheduleParser.parse(text);
    }
}
