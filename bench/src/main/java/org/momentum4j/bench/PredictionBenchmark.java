package org.momentum4j.bench;

import java.util.concurrent.TimeUnit;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.nn.Workspace;
import org.momentum4j.train.Evaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch prediction: forward passes over every row of a workload's data with one reused workspace, and the
 * same through {@link Evaluation#of} (which adds the loss and the arg-max). Scores are items per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PredictionBenchmark {
    /** W2's data is cut to this many rows so that W1 and W2 scores are per item alike. */
    private static final int ROWS = 150;

    @Param({"W1", "W2"})
    public String workload;

    private Network net;
    private Dataset data;
    private Workspace ws;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.parse(workload);
        int[] rows = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            rows[r] = r;
        }
        data = SyntheticData.generate(w, 42).select(rows, w.name());
        net = Network.create(w.architecture(), WeightInit.auto(), 1);
        ws = net.newWorkspace();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double forwardAll() {
        double[] x = data.features();
        int cols = data.featureCount();
        double sum = 0;
        for (int r = 0; r < ROWS; r++) {
            sum += net.forward(x, r * cols, ws)[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Evaluation evaluate() {
        return Evaluation.of(net, data);
    }
}
