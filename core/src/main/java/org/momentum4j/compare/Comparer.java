package org.momentum4j.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.momentum4j.nn.Network;
import org.momentum4j.train.StepObserver;
import org.momentum4j.train.TrainingConfig;

/**
 * Runs a {@link Comparison}: one {@link MonitoredRun} per (seed, setting), spread over {@code threads}
 * threads. Each run owns its network copy and buffers and reads the shared data only, so the results are
 * bit-identical whatever the thread count; only wall times differ.
 *
 * <pre>{@code
 * ComparisonResult result = new Comparer(4).run(DefaultComparison.iris());
 * for (SettingSummary s : result.summaries()) {
 *     System.out.println(s.label() + ": " + s.finalValidationAccuracy().mean());
 * }
 * }</pre>
 */
public final class Comparer {
    private final int threads;
    private final RunObservers observers;

    /** @param threads at least 1 */
    public Comparer(int threads) {
        this(threads, RunObservers.NONE);
    }

    private Comparer(int threads, RunObservers observers) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.observers = Objects.requireNonNull(observers, "observers");
    }

    /** This comparer, with {@code newObservers} choosing which runs are watched step by step (results unchanged). */
    public Comparer observing(RunObservers newObservers) {
        return new Comparer(threads, newObservers);
    }

    public ComparisonResult run(Comparison comparison) {
        return run(comparison, ComparisonListener.NONE);
    }

    /**
     * Runs every setting with every seed and returns the results in the comparison's order.
     *
     * @throws CancellationException if the calling thread is interrupted (the runs are stopped)
     */
    public ComparisonResult run(Comparison comparison, ComparisonListener listener) {
        Object lock = new Object();
        List<Callable<RunResult>> tasks = new ArrayList<>();
        for (long seed : comparison.seeds()) {
            Network start = comparison.initialNetwork(seed);
            for (Setting setting : comparison.settings()) {
                tasks.add(() -> runOne(comparison, setting, seed, start.copy(), listener, observers, lock));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<RunResult>> futures = pool.invokeAll(tasks);
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return new ComparisonResult(comparison, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("comparison interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult runOne(Comparison c, Setting setting, long seed, Network network,
                                    ComparisonListener listener, RunObservers observers, Object lock) {
        StepObserver observer;
        synchronized (lock) {
            listener.onRunStart(setting, seed, network);
            observer = observers.forRun(setting, seed, network);
        }
        TrainingConfig config = c.config(seed);
        MonitoredRun run = new MonitoredRun(network, c.train(), c.validation(), setting.optimizer(), config,
                setting.controls(), c.divergenceFactor());
        run.observe(observer);
        int[] target = {-1};
        run.advanceTo(c.epochs(), p -> {
            if (target[0] < 0 && p.trainingLoss() <= c.targetLoss()) {
                target[0] = p.epoch();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("comparison interrupted");
            }
            synchronized (lock) {
                listener.onEpoch(setting, seed, p);
            }
        });
        long items = target[0] < 0 ? -1 : (long) target[0] * c.train().rows();
        RunResult result = new RunResult(setting, seed, run.curve(), run.divergedAt(), target[0], items,
                run.wallTime(), network);
        synchronized (lock) {
            listener.onRunEnd(result);
        }
        return result;
    }

    static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
