package org.momentum4j.suggest;

import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

/**
 * Least squares whose Hessian is known by hand. A linear network (2 inputs, one identity output, loss
 * 1/2 (a - t)^2 averaged over items) has Hessian H = 1/n sum_r [x_r; 1][x_r; 1]^T in parameter order
 * (w1, w2, b). With rows (4,0), (-4,0), (0,1), (0,-1): the cross terms and column sums vanish, so
 * H = diag(32/4, 2/4, 4/4) = diag(8, 0.5, 1): L = 8, mu = 0.5, K = 16. Targets y = 2 x1 - x2 + 0.5 are
 * exactly linear, so the minimum loss is 0.
 */
final class KnownHessian {
    static final double[] DIAGONAL = {8, 0.5, 1};

    private KnownHessian() {
    }

    static Dataset data() {
        double[] x = {4, 0, -4, 0, 0, 1, 0, -1};
        double[] y = new double[4];
        for (int r = 0; r < 4; r++) {
            y[r] = 2 * x[2 * r] - x[2 * r + 1] + 0.5;
        }
        return Dataset.regression("known-hessian", List.of("x1", "x2"), x, 1, y);
    }

    static Network network() {
        Architecture linear = Architecture.of(2, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY));
        return Network.of(linear, new double[] {0.3, -0.2, 0.1});
    }
}
