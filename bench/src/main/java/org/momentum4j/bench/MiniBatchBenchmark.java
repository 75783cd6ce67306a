package org.momentum4j.bench;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mini-batch training of W2 (784-100-10, 10,000 items), one epoch per invocation; scores are items per
 * second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MiniBatchBenchmark {
    @Param({"32", "256"})
    public int batch;

    private TrainingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.W2;
        Dataset data = SyntheticData.generate(w, 42);
        Network net = Network.create(w.architecture(), WeightInit.auto(), 1);
        run = new TrainingRun(net, data, new HeavyBall(w.learningRate(), w.momentum()),
                new TrainingConfig(Integer.MAX_VALUE, batch, 1));
    }

    @Benchmark
    @OperationsPerInvocation(10_000)
    public EpochStats w2MiniBatch() {
        return run.runEpoch();
    }
}
