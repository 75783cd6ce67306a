package org.momentum4j.bench.compare;

import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;
import org.momentum4j.train.Workload;

/** momentum4j itself: {@link HeavyBall} (lr inside), online, cross-entropy, the engine's seeded item order. */
public final class Momentum4jTrainer implements LibraryTrainer {
    private Network net;
    private Dataset data;
    private TrainingRun run;

    @Override
    public String lossName() {
        return "cross-entropy";
    }

    @Override
    public void setUp(Workload workload, Dataset data, long seed) {
        this.data = data;
        this.net = Network.create(workload.architecture(), WeightInit.auto(), seed);
        this.run = new TrainingRun(net, data, new HeavyBall(workload.learningRate(), workload.momentum()),
                new TrainingConfig(workload.epochs(), 1, seed));
    }

    @Override
    public void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            run.runEpoch();
        }
    }

    @Override
    public double loss() {
        return Evaluation.of(net, data).loss();
    }
}
