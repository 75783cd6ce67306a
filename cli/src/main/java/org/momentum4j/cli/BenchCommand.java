package org.momentum4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.SyntheticData;
import org.momentum4j.nn.VectorSupport;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.GradientClipping;
import org.momentum4j.train.Parallelism;
import org.momentum4j.train.Precision;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;
import org.momentum4j.train.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code m4j bench}: how fast this machine trains a synthetic network. Trains a tanh/softmax classifier on
 * learnable synthetic data ({@link SyntheticData}) with classical momentum ({@link HeavyBall}, lr inside),
 * first warm-up repetitions (for the JIT), then timed ones, each from fresh weights, and prints items per
 * second (median, min, max over the timed repetitions) and bytes allocated per item by the training thread
 * after warm-up, as a table or one JSON object.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Measures training speed on this machine: a synthetic tanh/softmax classifier trained with"
            + " classical momentum; prints items per second and bytes allocated per item after warm-up.",
            "Only compare figures measured in the same conditions: they depend on the machine and its load."},
        optionListHeading = "%nOptions:%n")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--workload", paramLabel = "W1|W2",
            description = {"A standard workload (default W1 unless --layers is given):",
                "W1: 4-7-3, 150 items, 1000 epochs, lr 0.01, momentum 0.5;",
                "W2: 784-100-10, 10,000 sparse items, 1 epoch, lr 0.01, momentum 0.9."})
    String workload;

    @Option(names = "--layers", paramLabel = "WIDTHS", converter = LayerWidths.Converter.class,
            description = "A custom shape instead, input,hidden...,classes (e.g. 4,7,3); dense synthetic data.")
    LayerWidths layers;

    @Option(names = "--items", paramLabel = "N",
            description = "Items of synthetic data with --layers (default 150).")
    Integer items;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs per repetition (default: the workload's; with --layers, about 150,000 items).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "1",
            description = "Items per update; 1 is online training (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads for mini-batches (online training always uses one) (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--lr", paramLabel = "LR", description = "Learning rate (default: the workload's; 0.01).")
    Double learningRate;

    @Option(names = "--momentum", paramLabel = "MU", description = "Momentum (default: the workload's; 0.5).")
    Double momentum;

    @Option(names = "--precision", paramLabel = "double|float", defaultValue = "double",
            description = "Number type training computes in; float needs online training (default: ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--repetitions", paramLabel = "R", defaultValue = "5",
            description = "Timed repetitions, each from fresh weights (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "2",
            description = "Warm-up repetitions run until this much time has passed, at least one"
                    + " (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--no-statistics", description = "Train without each epoch's running loss and accuracy (the"
            + " same weights; what a loop that computes no loss, such as the C reference, is compared with).")
    boolean noStatistics;

    /** Items per repetition aimed at with --layers when --epochs is not given (W1's 150 x 1000). */
    private static final long CUSTOM_ITEMS_PER_REPETITION = 150_000;

    @Override
    public Integer call() {
        Setup s = setup();
        Dataset data;
        TrainingConfig config;
        HeavyBall rule;
        Parallelism parallelism;
        try {
            data = s.data.generate(s.name, seed);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(layers != null ? "--layers" : "--workload", e);
        }
        Precision p;
        try {
            p = Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--precision", e);
        }
        try {
            config = new TrainingConfig(s.epochs, batchSize, seed, p);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--batch-size", e);
        }
        try {
            rule = new HeavyBall(s.learningRate, s.momentum);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(learningRate != null ? "--lr" : "--momentum", e);
        }
        try {
            p.requireSupported(rule, config, GradientClipping.NONE);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--precision", e);
        }
        try {
            parallelism = Parallelism.of(threads);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--threads", e);
        }
        if (repetitions < 1) {
            throw UsageException.about("--repetitions", "expected a whole number >= 1, got " + repetitions);
        }
        if (!(warmupSeconds >= 0 && Double.isFinite(warmupSeconds))) {
            throw UsageException.about("--warmup-seconds", "expected a number >= 0, got " + warmupSeconds);
        }
        Allocation allocation = Allocation.ofCurrentThread();
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmups = 0;
        do {
            repetition(s, data, rule, config, parallelism, allocation, 1000 + warmups, !noStatistics);
            warmups++;
        } while (System.nanoTime() < warmupEnd);
        double[] ips = new double[repetitions];
        double[] before = new double[repetitions];
        double[] after = new double[repetitions];
        long bytes = 0;
        for (int rep = 0; rep < repetitions; rep++) {
            Rep r = repetition(s, data, rule, config, parallelism, allocation, rep, !noStatistics);
            ips[rep] = r.itemsPerSecond;
            before[rep] = r.lossBefore;
            after[rep] = r.lossAfter;
            bytes += r.bytes;
        }
        long items = s.itemsPerRepetition() * repetitions;
        double bytesPerItem = allocation.supported() ? bytes / (double) items : Double.NaN;
        Result result = new Result(median(ips), min(ips), max(ips), bytesPerItem, median(before), median(after),
                warmups);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(s, result, p));
        } else {
            table(out, s, result, p);
        }
        int fell = 0;
        for (int rep = 0; rep < repetitions; rep++) {
            fell += after[rep] < before[rep] ? 1 : 0;
        }
        if (fell < repetitions) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": warning: the loss did not fall in "
                    + (repetitions - fell) + " of " + repetitions + " repetitions; the settings may not learn");
        }
        return 0;
    }

    private Setup setup() {
        if (workload != null && layers != null) {
            throw UsageException.about("--layers", "give either --workload or --layers, not both");
        }
        if (layers == null && items != null) {
            throw UsageException.about("--items", "only with --layers (a workload fixes its items)");
        }
        if (epochs != null && epochs < 1) {
            throw UsageException.about("--epochs", "expected a whole number >= 1, got " + epochs);
        }
        if (layers == null) {
            Workload w;
            try {
                w = Workload.parse(workload == null ? "W1" : workload);
            } catch (IllegalArgumentException e) {
                throw UsageException.about("--workload", e);
            }
            return new Setup(w.name(), w.architecture(), w.data(), epochs != null ? epochs : w.epochs(),
                    learningRate != null ? learningRate : w.learningRate(),
                    momentum != null ? momentum : w.momentum());
        }
        int n = items != null ? items : 150;
        if (n < 1) {
            throw UsageException.about("--items", "expected a whole number >= 1, got " + n);
        }
        List<Integer> widths = layers.isAuto() ? List.of() : layers.widths();
        if (widths.isEmpty()) {
            throw UsageException.about("--layers", "expected widths like 4,7,3, got 'auto'");
        }
        int[] w = widths.stream().mapToInt(Integer::intValue).toArray();
        Architecture architecture;
        SyntheticData data;
        try {
            architecture = Architecture.classifier(Activation.TANH, w);
            data = new SyntheticData(w[0], w[w.length - 1], n, 1.0, 0.12);
        } catch (IllegalArgumentException e) {
            throw UsageException.about("--layers", e);
        }
        int e = epochs != null ? epochs : (int) Math.max(1, CUSTOM_ITEMS_PER_REPETITION / n);
        return new Setup(layers.toString().replace(',', '-'), architecture, data, e,
                learningRate != null ? learningRate : 0.01, momentum != null ? momentum : 0.5);
    }

    /** One repetition from fresh weights; only the training loop is timed and its allocation counted. */
    private static Rep repetition(Setup s, Dataset data, HeavyBall rule, TrainingConfig config,
                                  Parallelism parallelism, Allocation allocation, long weightSeed,
                                  boolean statistics) {
        Network net = Network.create(s.architecture, WeightInit.auto(), weightSeed);
        double lossBefore = Evaluation.of(net, data).loss();
        TrainingRun run = new TrainingRun(net, data, rule, config, parallelism);
        long bytes0 = allocation.bytes();
        long t0 = System.nanoTime();
        for (int e = 0; e < config.epochs(); e++) {
            if (statistics) {
                run.runEpoch();
            } else {
                run.runEpochWithoutStatistics();
            }
        }
        long nanos = System.nanoTime() - t0;
        long bytes = allocation.bytes() - bytes0;
        double lossAfter = Evaluation.of(net, data).loss();
        return new Rep(s.itemsPerRepetition() / (nanos * 1e-9), bytes, lossBefore, lossAfter);
    }

    private void table(PrintWriter out, Setup s, Result r, Precision p) {
        out.println(s.name + ": " + s.architecture + ", " + s.data.items() + " items x " + s.epochs + " epochs per"
                + " repetition, " + (batchSize == 1 ? "online" : "batch " + batchSize) + ", " + threads
                + (threads == 1 ? " thread" : " threads") + ", heavy-ball lr " + Table.significant(s.learningRate, 3)
                + " momentum " + Table.significant(s.momentum, 3) + ", " + p.id()
                + (noStatistics ? ", no epoch statistics" : ""));
        out.println("kernels: " + VectorSupport.describe());
        out.println(r.warmups + " warm-up and " + repetitions + " timed repetitions, each from fresh weights;"
                + " loss " + Table.number(r.lossBefore, 4) + " -> " + Table.number(r.lossAfter, 4) + " (median)");
        out.println();
        Table t = new Table(new String[] {"items/s median", "min", "max", "bytes/item"}, new int[] {10, 10, 10, 10},
                false);
        out.println(t.header());
        out.println(t.line(Table.number(r.itemsPerSecond, 0), Table.number(r.min, 0), Table.number(r.max, 0),
                Double.isNaN(r.bytesPerItem) ? "-" : Table.number(r.bytesPerItem, 2)));
    }

    private String json(Setup s, Result r, Precision p) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("workload", s.name);
        ArrayNode widths = o.putArray("layers");
        widths.add(s.architecture.inputs());
        for (int l = 0; l < s.architecture.layers().size(); l++) {
            widths.add(s.architecture.layers().get(l).units());
        }
        o.put("items", s.data.items());
        o.put("epochs", s.epochs);
        o.put("batch_size", batchSize);
        o.put("threads", threads);
        o.put("learning_rate", s.learningRate);
        o.put("momentum", s.momentum);
        o.put("precision", p.id());
        o.put("epoch_statistics", !noStatistics);
        o.put("kernels", VectorSupport.enabled() ? "vector" : "scalar");
        o.put("warmup_repetitions", r.warmups);
        o.put("repetitions", repetitions);
        o.put("items_per_second", r.itemsPerSecond);
        o.put("items_per_second_min", r.min);
        o.put("items_per_second_max", r.max);
        if (Double.isNaN(r.bytesPerItem)) {
            o.putNull("bytes_per_item");
        } else {
            o.put("bytes_per_item", r.bytesPerItem);
        }
        o.put("loss_before", r.lossBefore);
        o.put("loss_after", r.lossAfter);
        o.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        o.put("processors", Runtime.getRuntime().availableProcessors());
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** What is trained. */
    private record Setup(String name, Architecture architecture, SyntheticData data, int epochs,
                         double learningRate, double momentum) {
        long itemsPerRepetition() {
            return (long) data.items() * epochs;
        }
    }

    private record Rep(double itemsPerSecond, long bytes, double lossBefore, double lossAfter) {
    }

    private record Result(double itemsPerSecond, double min, double max, double bytesPerItem, double lossBefore,
                          double lossAfter, int warmups) {
    }

    /** Bytes allocated so far by the calling thread, where the JVM counts them (HotSpot does). */
    private static final class Allocation {
        private final com.sun.management.ThreadMXBean bean;

        private Allocation(com.sun.management.ThreadMXBean bean) {
            this.bean = bean;
        }

        static Allocation ofCurrentThread() {
            java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
            if (b instanceof com.sun.management.ThreadMXBean) {
                com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) b;
                if (sun.isThreadAllocatedMemorySupported()) {
                    sun.setThreadAllocatedMemoryEnabled(true);
                    return new Allocation(sun);
                }
            }
            return new Allocation(null);
        }

        boolean supported() {
            return bean != null;
        }

        long bytes() {
            return bean == null ? 0 : bean.getCurrentThreadAllocatedBytes();
        }
    }
}
