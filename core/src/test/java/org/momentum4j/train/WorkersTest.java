package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The team must run every unit of a job exactly once, with the job it belongs to, and return only when all
 * are done, however the units fall between threads; a failing unit's exception reaches the caller.
 */
class WorkersTest {

    /** Counts runs per unit and checks that each run belongs to the job in progress. */
    private static final class Counting implements Workers.Job {
        final AtomicIntegerArray runs;
        final int job;
        volatile int current;

        Counting(int units, int job) {
            this.runs = new AtomicIntegerArray(units);
            this.job = job;
        }

        @Override
        public void run(int unit, int part) {
            if (current != job) {
                throw new IllegalStateException("unit " + unit + " of job " + job + " ran during job " + current);
            }
            runs.incrementAndGet(unit);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void everyUnitRunsExactlyOnceInEveryJob(int parts) {
        // Jobs follow each other with no gap, alternating between two job objects whose unit counts differ
        // (fewer units than parts, one each, more), as a mini-batch alternates its two jobs; a worker that
        // saw an earlier job late must never run a unit of a later one.
        try (Workers team = new Workers(parts)) {
            assertEquals(parts, team.parts());
            int[] unitCounts = {0, 1, 2, parts, parts + 1, 7, 64, 81};
            for (int round = 0; round < 2_000; round++) {
                int units = unitCounts[round % unitCounts.length];
                Counting job = new Counting(units, round);
                job.current = round;
                team.run(job, units);
                job.current = -1;
                for (int u = 0; u < units; u++) {
                    assertEquals(1, job.runs.get(u), "round " + round + ", unit " + u + " of " + units);
                }
            }
        }
    }

    @Test
    void unitsRunOnEveryThreadWhenThereIsWorkForAll() {
        // Not a timing claim: each unit waits until both parts have started a unit, so the job can only
        // finish if the worker thread takes part.
        try (Workers team = new Workers(2)) {
            AtomicIntegerArray started = new AtomicIntegerArray(2);
            team.run((unit, part) -> {
                started.set(part, 1);
                while (started.get(0) + started.get(1) < 2) {
                    Thread.onSpinWait();
                }
            }, 2);
            assertEquals(1, started.get(0));
            assertEquals(1, started.get(1));
        }
    }

    @Test
    void aFailingUnitsExceptionReachesTheCallerAndTheTeamStaysUsable() {
        try (Workers team = new Workers(3)) {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run((unit, part) -> {
                if (unit == 17) {
                    throw boom;
                }
            }, 40));
            assertSame(boom, thrown);
            Counting next = new Counting(40, 0);
            team.run(next, 40);
            for (int u = 0; u < 40; u++) {
                assertEquals(1, next.runs.get(u));
            }
        }
    }

    @Test
    void theTeamStartsOneThreadPerExtraPartAndCloseStopsThem() {
        long before = trainingThreads();
        Workers team = new Workers(3);
        assertEquals(before + 2, trainingThreads());
        team.run((unit, part) -> { }, 10);
        team.close();
        assertEquals(before, trainingThreads());
        try (Workers single = new Workers(1)) {
            assertEquals(before, trainingThreads(), "a team of one runs on the caller only");
        }
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("momentum4j-train-") && t.isAlive()).count();
    }
}
