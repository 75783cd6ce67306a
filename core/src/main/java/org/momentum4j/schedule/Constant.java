package org.momentum4j.schedule;

/** Keeps the optimizer's value for the whole run. Text form: {@code constant}. */
public record Constant() implements Schedule {
    static final Constant INSTANCE = new Constant();

    @Override
    public double value(int epoch, int span, double base, PlateauState plateau) {
        return base;
    }

    @Override
    public String toString() {
        return "constant";
    }
}
