package org.momentum4j.train;

/**
 * How many threads a training run may use for mini-batches. It changes how fast training runs, never its
 * result: the same seed, data and settings give bit-identical weights with any thread count.
 *
 * <p>How: each mini-batch is processed in chunks of items. First every item's forward pass and deltas are
 * computed, items split across threads (each item's numbers depend on that item alone). Then each parameter
 * row's gradient is summed over the chunk's items in item order, rows split across threads; after the
 * batch's last chunk, the same thread scales those rows to the batch mean and applies the optimizer's
 * update to them (every built-in rule updates each parameter from its own gradient and state alone). No
 * sum ever depends on which thread did what, so there is no reduction whose order could vary, and threads
 * may share the work out as they go (a thread slowed down by another process does less of it).
 *
 * <p>Online training (batch size 1) is sequential by nature and always runs on the calling thread.
 * Threads are started for each epoch and stopped at its end.
 *
 * @param threads at least 1 (1: the calling thread only); more than the machine's cores only adds overhead
 */
public record Parallelism(int threads) {
    /** The most threads accepted; far more than a dense network's mini-batch can use. */
    public static final int MAX_THREADS = 256;

    /** Everything on the calling thread: the default. */
    public static final Parallelism SINGLE = new Parallelism(1);

    public Parallelism {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_THREADS + "], got " + threads);
        }
    }

    /** {@code new Parallelism(threads)}. */
    public static Parallelism of(int threads) {
        return new Parallelism(threads);
    }

    /** One thread per processor the JVM may use ({@link Runtime#availableProcessors()}). */
    public static Parallelism allProcessors() {
        return new Parallelism(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }
}
