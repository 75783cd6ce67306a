package org.momentum4j.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link Tuning} on a pool of {@code threads} threads, rung by rung. Within a rung the trials run in
 * parallel; the rung ends when all have reported, and only then are survivors chosen, from the reported
 * numbers alone. Each trial's seed comes from the search seed and its settings, so the result is
 * bit-identical whatever the thread count (only wall times differ).
 *
 * <pre>{@code
 * SearchSpace space = SearchSpace.of(List.of(OptimizerSpec.parse("nesterov")),
 *         new ValueRange("learning rate", 0.001, 0.3), new ValueRange("momentum", 0, 0.95));
 * Tuning tuning = Tuning.of(train, Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.auto(),
 *         space, new SuccessiveHalving(new RandomSearch(27), 3), 27);
 * TuneResult result = new Tuner(4).run(tuning, t -> System.out.println(t.settings().describe()));
 * TrialSettings best = result.best().orElseThrow().settings();
 * }</pre>
 */
public final class Tuner {
    private static final Comparator<TrialResult> BY_LOSS = Comparator.comparingDouble(TrialResult::validationLoss)
            .thenComparingInt(TrialResult::index);

    private final int threads;

    /** @param threads at least 1 */
    public Tuner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    public TuneResult run(Tuning tuning) {
        return run(tuning, TuningListener.NONE);
    }

    /**
     * Runs the search, telling {@code listener} about each trial as it finishes a rung.
     *
     * @throws CancellationException if the calling thread is interrupted (the trials are stopped)
     */
    public TuneResult run(Tuning tuning, TuningListener listener) {
        List<Fold> folds = Fold.of(tuning.data(), tuning.selection(), tuning.seed(), tuning.standardize());
        List<TrialSettings> candidates = tuning.candidates();
        List<Rung> rungs = tuning.rungs();
        List<Trial> live = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            live.add(new Trial(i, candidates.get(i), tuning, folds));
        }
        TrialResult[] latest = new TrialResult[candidates.size()];
        List<TrialResult> history = new ArrayList<>();
        Object lock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Rung rung : rungs) {
                if (live.isEmpty()) {
                    break;
                }
                synchronized (lock) {
                    listener.onRungStart(rung, live.size());
                }
                List<TrialResult> results = runRung(pool, live, rung, listener, lock);
                history.addAll(results);
                for (TrialResult r : results) {
                    latest[r.index()] = r;
                }
                if (rung.index() + 1 < rungs.size()) {
                    live = promote(live, results, rungs.get(rung.index() + 1).trials());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new TuneResult(tuning, rungs, Arrays.asList(latest), history);
    }

    private static List<TrialResult> runRung(ExecutorService pool, List<Trial> live, Rung rung,
                                             TuningListener listener, Object lock) {
        List<Callable<TrialResult>> tasks = new ArrayList<>();
        for (Trial trial : live) {
            tasks.add(() -> {
                TrialResult r = trial.advanceTo(rung);
                synchronized (lock) {
                    listener.onTrialEnd(r);
                }
                return r;
            });
        }
        try {
            List<TrialResult> results = new ArrayList<>();
            for (Future<TrialResult> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("search interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The best {@code keep} trials that did not diverge, in index order. */
    private static List<Trial> promote(List<Trial> live, List<TrialResult> results, int keep) {
        Set<Integer> chosen = new HashSet<>();
        results.stream().filter(r -> !r.diverged()).sorted(BY_LOSS).limit(keep)
                .forEach(r -> chosen.add(r.index()));
        List<Trial> next = new ArrayList<>();
        for (Trial t : live) {
            if (chosen.contains(t.index())) {
                next.add(t);
            }
        }
        return next;
    }
}
