package org.momentum4j.train;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs one job in {@code parts} parts at a time: part 0 on the calling thread,
 * the others on daemon workers, and {@link #run} returns when all parts are done. Between jobs the workers
 * spin briefly, then park. Allocates nothing per job, so the training loop stays allocation-free.
 * Single owner: only the thread that created it may call {@link #run} and {@link #close}.
 */
final class Workers implements AutoCloseable {
    /** One part of a job; parts must touch disjoint data. */
    @FunctionalInterface
    interface Job {
        void run(int part, int parts);
    }

    private static final int SPINS = 1 << 8;

    private final int parts;
    private final Thread owner;
    private final Thread[] threads;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Job job;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Throwable failure;

    Workers(int parts) {
        this.parts = parts;
        this.owner = Thread.currentThread();
        this.threads = new Thread[parts - 1];
        for (int p = 1; p < parts; p++) {
            int part = p;
            Thread t = new Thread(() -> work(part), "momentum4j-train-" + p);
            t.setDaemon(true);
            threads[p - 1] = t;
            t.start();
        }
    }

    int parts() {
        return parts;
    }

    /** Runs {@code j} in all parts and waits for them; rethrows the first failure of any part. */
    void run(Job j) {
        job = j;
        pending.set(parts - 1);
        generation++; // volatile write: publishes job (and everything the owner wrote before) to the workers
        for (int i = 0; i < threads.length; i++) {
            LockSupport.unpark(threads[i]);
        }
        Throwable mine = null;
        try {
            j.run(0, parts);
        } catch (RuntimeException | Error e) {
            mine = e;
        }
        int spins = 0;
        while (pending.get() != 0) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable theirs = failure;
        failure = null;
        Throwable first = mine != null ? mine : theirs;
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        }
        if (first instanceof Error) {
            throw (Error) first;
        }
        if (first != null) {
            throw new IllegalStateException("a training thread failed", first);
        }
    }

    private void work(int part) {
        int seen = 0;
        while (true) {
            int g;
            int spins = 0;
            while ((g = generation) == seen && !closed) {
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = g;
            try {
                job.run(part, parts);
            } catch (Throwable e) {
                failure = e;
            }
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(owner);
            }
        }
    }

    /** Stops the workers and waits for them to end. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
