package org.momentum4j.bench;

import org.momentum4j.train.Workload;
import java.util.concurrent.TimeUnit;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.train.EpochStats;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Online training (one heavy-ball update per item) of the W1 and W2 workloads; scores are items per second.
 * One invocation trains one epoch; the network keeps training across invocations, which costs the same per
 * item as training from scratch. Run with {@code -prof gc} to see the allocation per item (expected 0
 * apart from the per-epoch statistics record).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OnlineTrainingBenchmark {

    /** A training run over one workload's data, created once per trial. */
    @State(Scope.Thread)
    public abstract static class Run {
        TrainingRun run;

        abstract Workload workload();

        @Setup(Level.Trial)
        public void setUp() {
            Workload w = workload();
            Dataset data = w.dataset(42);
            Network net = Network.create(w.architecture(), WeightInit.auto(), 1);
            run = new TrainingRun(net, data, new HeavyBall(w.learningRate(), w.momentum()),
                    TrainingConfig.online(Integer.MAX_VALUE, 1));
        }
    }

    /** W1: 4-7-3, 150 items. */
    public static class W1 extends Run {
        @Override
        Workload workload() {
            return Workload.W1;
        }
    }

    /** W2: 784-100-10, 10,000 items. */
    public static class W2 extends Run {
        @Override
        Workload workload() {
            return Workload.W2;
        }
    }

    @Benchmark
    @OperationsPerInvocation(150)
    public EpochStats w1Online(W1 state) {
        return state.run.runEpoch();
    }

    @Benchmark
    @OperationsPerInvocation(10_000)
    public EpochStats w2Online(W2 state) {
        return state.run.runEpoch();
    }

    /** W2 on the optional SIMD kernels (same results; see {@code VectorSupport}). */
    @Benchmark
    @OperationsPerInvocation(10_000)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules", "jdk.incubator.vector"})
    public EpochStats w2OnlineSimd(W2 state) {
        return state.run.runEpoch();
    }
}
