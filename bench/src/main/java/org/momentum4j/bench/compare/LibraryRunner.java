package org.momentum4j.bench.compare;

import java.util.Arrays;
import java.util.Locale;
import org.momentum4j.data.Dataset;
import org.momentum4j.train.Workload;

/**
 * Trains one library's version of a workload in this JVM and prints its items per second, in the format of
 * {@code BenchRunner} and the C loop ({@code median N items/s (min A, max B) ...}), so that
 * {@code bench/compare-libraries.sh} can run every library in a fresh JVM and read them all alike.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.momentum4j.bench.compare.LibraryRunner LIBRARY W1|W2
 *      [--reps R] [--warmup-seconds S]
 * LIBRARY: momentum4j, encog, neuroph (-Pcompare-libraries), weka, smile (-Pcompare-gpl)
 * </pre>
 *
 * <p>Each repetition builds a fresh network (not timed), measures the loss, trains the workload's epochs
 * (timed), and measures the loss again; warm-up repetitions run until {@code --warmup-seconds} have passed
 * (at least one). Exits 1 if the loss did not fall in some repetition (where a library gives no untrained
 * loss, it must fall below chance, {@code ln K} for cross-entropy), 2 on bad arguments or a library that
 * was not compiled in.
 */
public final class LibraryRunner {
    private LibraryRunner() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage("expected a library and a workload");
        }
        String library = args[0].toLowerCase(Locale.ROOT);
        Workload w;
        try {
            w = Workload.parse(args[1]);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        int reps = 5;
        double warmupSeconds = 2;
        for (int i = 2; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage(args[i] + " needs a value");
            }
            try {
                if (args[i].equals("--reps")) {
                    reps = Integer.parseInt(args[i + 1]);
                } else if (args[i].equals("--warmup-seconds")) {
                    warmupSeconds = Double.parseDouble(args[i + 1]);
                } else {
                    usage("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                usage(args[i] + " expects a number, got '" + args[i + 1] + "'");
            }
        }
        if (reps < 1 || !(warmupSeconds >= 0)) {
            usage("--reps must be >= 1 and --warmup-seconds >= 0");
        }
        LibraryTrainer trainer = trainer(library);
        Dataset data = w.dataset(42);
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmups = 0;
        do {
            repetition(trainer, w, data, 1000 + warmups, "warm-up");
            warmups++;
        } while (System.nanoTime() < warmupEnd);
        double[] ips = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            ips[rep] = repetition(trainer, w, data, rep, "rep " + (rep + 1));
        }
        Arrays.sort(ips);
        System.out.printf(Locale.ROOT, "median %.0f items/s (min %.0f, max %.0f), shape %d-%d-%d, %s, %d warm-up"
                        + " repetitions, %s%s%n", ips[reps / 2], ips[0], ips[reps - 1], w.inputs(), w.hidden(),
                w.classes(), trainer.lossName(), warmups, library,
                trainer.differences().isEmpty() ? "" : "; " + trainer.differences());
    }

    private static double repetition(LibraryTrainer trainer, Workload w, Dataset data, long seed, String label)
            throws Exception {
        trainer.setUp(w, data, seed);
        double before = trainer.loss();
        if (Double.isNaN(before)) {
            before = Math.log(w.classes());
        }
        long t0 = System.nanoTime();
        trainer.train(w.epochs());
        double secs = (System.nanoTime() - t0) * 1e-9;
        double after = trainer.loss();
        double ips = w.itemsPerRepetition() / secs;
        System.out.printf(Locale.ROOT, "%s: %.0f items/s (%s %.4f -> %.4f)%n", label, ips, trainer.lossName(),
                before, after);
        if (!(after < before)) {
            System.out.printf(Locale.ROOT, "loss did not fall (%g -> %g)%n", before, after);
            System.exit(1);
        }
        return ips;
    }

    private static LibraryTrainer trainer(String library) throws Exception {
        String simple;
        switch (library) {
            case "momentum4j":
                return new Momentum4jTrainer();
            case "encog":
                simple = "EncogTrainer";
                break;
            case "neuroph":
                simple = "NeurophTrainer";
                break;
            case "weka":
                simple = "WekaTrainer";
                break;
            case "smile":
                simple = "SmileTrainer";
                break;
            default:
                usage("unknown library '" + library + "': expected momentum4j, encog, neuroph, weka or smile");
                return null;
        }
        try {
            return (LibraryTrainer) Class.forName(LibraryRunner.class.getPackageName() + "." + simple)
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            usage(library + " is not compiled in: build bench with -P"
                    + (library.equals("weka") || library.equals("smile") ? "compare-gpl" : "compare-libraries"));
            return null;
        }
    }

    private static void usage(String message) {
        System.err.println("LibraryRunner: " + message);
        System.err.println("usage: LibraryRunner momentum4j|encog|neuroph|weka|smile W1|W2 [--reps R]"
                + " [--warmup-seconds S]");
        System.exit(2);
    }
}
