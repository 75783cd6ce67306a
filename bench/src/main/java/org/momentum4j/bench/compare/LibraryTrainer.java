package org.momentum4j.bench.compare;

import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;

/**
 * One library's way of training a {@link Workload}'s network online with classical momentum, for the
 * side-by-side comparison ({@link LibraryRunner}). Implementations for other libraries live in
 * {@code src/compare/java} and {@code src/compare-gpl/java} and are compiled only with the Maven profiles
 * {@code compare-libraries} and {@code compare-gpl}; the runner finds them by name.
 */
public interface LibraryTrainer {

    /** What the loss is (e.g. cross-entropy, or the mean squared error where the library has no softmax). */
    String lossName();

    /** Builds a fresh network with weights drawn from {@code seed} and the data in the library's own form. */
    void setUp(Workload workload, Dataset data, long seed) throws Exception;

    /** Trains {@code epochs} passes of online updates (timed). */
    void train(int epochs) throws Exception;

    /**
     * The mean per-item loss over the data with the current weights (not timed), or, where the library gives
     * no access to an untrained network, NaN before {@link #train}: the runner then compares with chance.
     */
    double loss() throws Exception;

    /** Where the network or the loss must differ from momentum4j's (tanh hidden, softmax, cross-entropy). */
    default String differences() {
        return "";
    }
}
