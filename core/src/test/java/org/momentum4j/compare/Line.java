package org.momentum4j.compare;

import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.WeightInit;

/**
 * A problem whose learning curve is known in closed form: one item x = 1, target 0, a linear unit
 * a = w x + b with loss L = (w + b)^2 / 2. Both gradients are s = w + b, so a plain SGD step gives
 * s' = s - 2 lr s = (1 - 2 lr) s and the loss is multiplied by (1 - 2 lr)^2 per epoch:
 * lr = 0.25 quarters it, lr = 1.5 quadruples it. Epoch k's training loss (measured before its update)
 * is therefore L0 * (1 - 2 lr)^(2 (k - 1)).
 */
final class Line {
    private Line() {
    }

    static Dataset data() {
        return Dataset.regression("line", List.of("x"), new double[] {1.0}, 1, new double[] {0.0});
    }

    static Architecture architecture() {
        return Architecture.of(1, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY));
    }

    /** w and b in [0.2, 0.4): s = w + b is never 0, so the ratios above hold. */
    static WeightInit init() {
        return WeightInit.uniform(0.2, 0.4);
    }
}
