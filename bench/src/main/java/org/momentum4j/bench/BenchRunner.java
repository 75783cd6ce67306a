package org.momentum4j.bench;

import org.momentum4j.train.Workload;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.VectorSupport;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.Parallelism;
import org.momentum4j.train.Precision;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;

/**
 * Standalone throughput runner shaped like the reference C loop ({@code ../shared/reference/online_mlp.c}):
 * trains a workload with classical momentum (lr inside: {@code v = mu v - lr g; w += v}, the C loop's
 * update), one fresh network per repetition, and prints items per second per repetition and their median,
 * in the C program's output format so that {@code bench/compare.sh} can read both.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.momentum4j.bench.BenchRunner W1|W2 [--batch B] [--threads T]
 *      [--reps R] [--warmup-seconds S] [--epochs E] [--precision double|float] [--statistics on|off]
 * </pre>
 *
 * <p>Differences from the C loop, on purpose: the JVM needs a longer warm-up for its JIT, so warm-up
 * repetitions run until {@code --warmup-seconds} have passed (at least one); items are visited in
 * momentum4j's seeded shuffled order (the C loop goes in file order), and the engine also computes each
 * item's loss and whether it was classified right (epoch statistics), which the C loop does not, unless
 * {@code --statistics off} ({@link TrainingRun#runEpochWithoutStatistics}: the same training without them).
 * Exits 1 if the loss did not fall in some repetition, 2 on bad arguments.
 */
public final class BenchRunner {
    private BenchRunner() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println("usage: BenchRunner W1|W2 [--batch B] [--threads T] [--reps R] [--warmup-seconds S]"
                    + " [--epochs E] [--precision double|float] [--statistics on|off]");
            System.exit(2);
            return;
        }
        System.exit(run(settings, out));
    }

    static int run(Settings s, PrintStream out) {
        Workload w = s.workload;
        Dataset data = w.dataset(42);
        HeavyBall rule = new HeavyBall(w.learningRate(), w.momentum());
        TrainingConfig config = new TrainingConfig(w.epochs(), s.batch, 1, s.precision);
        long warmupEnd = System.nanoTime() + (long) (s.warmupSeconds * 1e9);
        int warmups = 0;
        do {
            Result r = repetition(w, data, rule, config, s, warmups + 1000);
            if (!(r.after < r.before)) {
                out.printf(Locale.ROOT, "loss did not fall in warm-up (%g -> %g)%n", r.before, r.after);
                return 1;
            }
            warmups++;
        } while (System.nanoTime() < warmupEnd);
        double[] ips = new double[s.reps];
        for (int rep = 0; rep < s.reps; rep++) {
            Result r = repetition(w, data, rule, config, s, rep);
            if (!(r.after < r.before)) {
                out.printf(Locale.ROOT, "loss did not fall (%g -> %g)%n", r.before, r.after);
                return 1;
            }
            ips[rep] = r.itemsPerSecond;
            out.printf(Locale.ROOT, "rep %d: %.0f items/s (loss %.4f -> %.4f)%n", rep + 1, r.itemsPerSecond,
                    r.before, r.after);
        }
        Arrays.sort(ips);
        out.printf(Locale.ROOT, "median %.0f items/s (min %.0f, max %.0f), shape %d-%d-%d, %s, batch %d,"
                        + " threads %d, %d warm-up repetitions, momentum4j, %s kernels%n", ips[ips.length / 2], ips[0],
                ips[ips.length - 1], w.inputs(), w.hidden(), w.classes(), s.precision.id(), s.batch, s.threads,
                warmups, VectorSupport.enabled() ? "vector" : "scalar");
        if (!s.statistics) {
            out.println("epoch statistics off");
        }
        return 0;
    }

    private static Result repetition(Workload w, Dataset data, HeavyBall rule, TrainingConfig config, Settings s,
                                     long seed) {
        Network net = Network.create(w.architecture(), WeightInit.auto(), seed);
        double before = Evaluation.of(net, data).loss();
        TrainingRun run = new TrainingRun(net, data, rule, config, s.parallelism());
        long t0 = System.nanoTime();
        for (int e = 0; e < config.epochs(); e++) {
            if (s.statistics) {
                run.runEpoch();
            } else {
                run.runEpochWithoutStatistics();
            }
        }
        double secs = (System.nanoTime() - t0) * 1e-9;
        double after = Evaluation.of(net, data).loss();
        return new Result(before, after, w.itemsPerRepetition() / secs);
    }

    private record Result(double before, double after, double itemsPerSecond) {
    }

    /** Parsed command line. */
    record Settings(Workload workload, int batch, int threads, int reps, double warmupSeconds, Precision precision,
                    boolean statistics) {
        Parallelism parallelism() {
            return Parallelism.of(threads);
        }

        static Settings parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("missing workload: expected W1 or W2");
            }
            Workload workload = Workload.parse(args[0]);
            int batch = 1;
            int threads = 1;
            int reps = 7;
            double warmup = 2.0;
            Precision precision = Precision.DOUBLE;
            boolean statistics = true;
            for (int i = 1; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args[++i];
                switch (flag) {
                    case "--batch":
                        batch = positive(flag, value);
                        break;
                    case "--threads":
                        threads = positive(flag, value);
                        break;
                    case "--reps":
                        reps = positive(flag, value);
                        break;
                    case "--epochs":
                        workload = workload.withEpochs(positive(flag, value));
                        break;
                    case "--warmup-seconds":
                        warmup = number(flag, value);
                        break;
                    case "--precision":
                        try {
                            precision = Precision.parse(value);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(flag + ": " + e.getMessage());
                        }
                        break;
                    case "--statistics":
                        if (!value.equals("on") && !value.equals("off")) {
                            throw new IllegalArgumentException(flag + " expects on or off, got '" + value + "'");
                        }
                        statistics = value.equals("on");
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            return new Settings(workload, batch, threads, reps, warmup, precision, statistics);
        }

        private static int positive(String flag, String value) {
            try {
                int v = Integer.parseInt(value);
                if (v >= 1) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " expects an integer >= 1, got '" + value + "'");
        }

        private static double number(String flag, String value) {
            try {
                double v = Double.parseDouble(value);
                if (v >= 0 && Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " expects a number >= 0, got '" + value + "'");
        }
    }
}
