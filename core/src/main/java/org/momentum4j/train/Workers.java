package org.momentum4j.train;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs one job at a time: the job is a number of independent units, and
 * {@link #run} returns when every unit is done. Part 0 of the team is the calling thread, the others are
 * daemon workers (a team of one starts no thread and runs every unit on the caller).
 *
 * <p>Who runs which unit: the units are cut into one contiguous range per part, and each part first takes
 * the units of its own range in order, so a part works on the same data from one job to the next and
 * finds it in its own cache. A part that runs out then takes what is left of the other ranges, one unit
 * at a time. A thread that the machine holds back (another process on its core, a slow wake-up) therefore
 * delays a job by at most the unit it is in: the job ends when its units are done, whether or not every
 * worker has even seen it. A unit's result must not depend on which part runs it; the part number is only
 * for per-thread scratch space.
 *
 * <p>Each range's cursor holds the job's number with the next unit, and a unit is taken by compare-and-set
 * on both, so a worker that wakes late cannot take a unit of a later job for the job it saw.
 *
 * <p>Waiting: between jobs, and while the caller waits for the last units, threads spin for up to
 * {@value #SPIN_NANOS} ns before they park, since waking a parked thread costs about 10 µs (measured on a
 * 2-core VM) and a mini-batch's jobs follow each other closely. Allocates nothing per job, so the training
 * loop stays allocation-free. Single owner: only the thread that created the team may call {@link #run}
 * and {@link #close}.
 */
final class Workers implements AutoCloseable {
    /** One unit of a job; units of one job must touch disjoint data. */
    @FunctionalInterface
    interface Job {
        /**
         * Runs unit {@code unit}.
         *
         * @param part the part (thread) running it, in {@code [0, parts())}, for per-thread scratch space
         */
        void run(int unit, int part);
    }

    /** How long a waiting thread spins before it parks. */
    static final long SPIN_NANOS = 50_000;
    /** Spins between two reads of the clock (one spin is a few tens of ns). */
    private static final int SPINS_PER_CLOCK_READ = 64;
    /** Slots between two parts' cursors, so that each sits on its own cache line. */
    private static final int PAD = 8;

    private final int parts;
    private final Thread owner;
    private final Thread[] threads;
    /** Per part: the job number (high 32 bits) and the next unit of its range (low 32 bits). */
    private final AtomicLongArray cursor;
    /** Units of the job in progress not yet done. */
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile Job job;
    private volatile int units;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Throwable failure;

    Workers(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1, got " + parts);
        }
        this.parts = parts;
        this.owner = Thread.currentThread();
        this.cursor = new AtomicLongArray(parts * PAD);
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

    /** Runs units {@code 0 .. n - 1} of {@code j} and waits for them; rethrows the first failure of any unit. */
    void run(Job j, int n) {
        if (parts == 1) {
            for (int u = 0; u < n; u++) {
                j.run(u, 0);
            }
            return;
        }
        int g = generation + 1;
        for (int p = 0; p < parts; p++) {
            cursor.set(p * PAD, pack(g, start(n, p)));
        }
        job = j;
        units = n;
        remaining.set(n);
        generation = g; // volatile write: publishes the job and all the owner wrote before to the workers
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        runUnits(j, n, g, 0);
        long deadline = System.nanoTime() + SPIN_NANOS;
        int spins = 0;
        while (remaining.get() != 0) {
            if (++spins % SPINS_PER_CLOCK_READ != 0 || System.nanoTime() < deadline) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable first = failure;
        if (first != null) {
            failure = null;
            if (first instanceof RuntimeException) {
                throw (RuntimeException) first;
            }
            if (first instanceof Error) {
                throw (Error) first;
            }
            throw new IllegalStateException("a training thread failed", first);
        }
    }

    /**
     * Takes units of job {@code g} from this part's own range, then from the others' ranges, until none is
     * left, then counts the ones it ran as done. A failing unit is recorded (the first failure wins) and
     * still counted, so the owner never waits forever.
     */
    private void runUnits(Job j, int n, int g, int part) {
        int done = 0;
        for (int k = 0; k < parts; k++) {
            int q = part + k < parts ? part + k : part + k - parts;
            int slot = q * PAD;
            int last = start(n, q + 1);
            while (true) {
                long c = cursor.get(slot);
                int u = (int) c;
                if ((int) (c >>> 32) != g || u >= last) {
                    break;
                }
                if (!cursor.compareAndSet(slot, c, c + 1)) {
                    continue;
                }
                try {
                    j.run(u, part);
                } catch (Throwable e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
                done++;
            }
        }
        if (done > 0 && remaining.addAndGet(-done) == 0 && part != 0) {
            LockSupport.unpark(owner);
        }
    }

    private int start(int n, int part) {
        return (int) ((long) n * part / parts);
    }

    private static long pack(int g, int unit) {
        return (long) g << 32 | unit;
    }

    private void work(int part) {
        int seen = 0;
        while (true) {
            int g;
            long deadline = System.nanoTime() + SPIN_NANOS;
            int spins = 0;
            while ((g = generation) == seen && !closed) {
                if (++spins % SPINS_PER_CLOCK_READ != 0 || System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = g;
            // If job g is already over, job and units may belong to a later one; the cursors' job number
            // then stops runUnits before it runs anything.
            runUnits(job, units, g, part);
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
