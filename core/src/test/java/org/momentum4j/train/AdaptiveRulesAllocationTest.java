package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.momentum4j.train.ControlsFixture.TRAIN;
import static org.momentum4j.train.ControlsFixture.network;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.optim.AdaGrad;
import org.momentum4j.optim.Adam;
import org.momentum4j.optim.AdamW;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.RmsProp;
import org.momentum4j.optim.Rprop;

/**
 * The new rules and clipping allocate nothing per item: over many epochs, the training thread allocates less
 * per epoch than a single 16-byte object per item would take (what remains is the per-epoch statistics).
 */
class AdaptiveRulesAllocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"adagrad", "rmsprop", "adam", "adamw", "rprop"})
    void noAllocationPerItem(String name) {
        Optimizer rule = switch (name) {
            case "adagrad" -> new AdaGrad(0.01, 1e-10, 0.1, 0.001);
            case "rmsprop" -> new RmsProp(0.01, 0.9, 1e-8, 0.9, true, 0.001);
            case "adam" -> new Adam(0.001, 0.9, 0.999, 1e-8, 0.001, true);
            case "adamw" -> new AdamW(0.001);
            default -> new Rprop(0.01);
        };
        TrainingConfig config = rule.requiresFullBatch() ? TrainingConfig.fullBatch(1000, 1)
                : TrainingConfig.online(1000, 1);
        TrainingRun run = new TrainingRun(network(1), TRAIN, rule, config, new GradientClipping(1.0, 0.5));
        for (int e = 0; e < 20; e++) {
            run.runEpoch(); // warm up the JIT
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int epochs = 50;
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < epochs; e++) {
            run.runEpoch();
        }
        long perEpoch = (bean.getCurrentThreadAllocatedBytes() - before) / epochs;
        assertTrue(perEpoch < 16L * TRAIN.rows(), name + " allocated " + perEpoch + " bytes per epoch of "
                + TRAIN.rows() + " items");
    }
}
