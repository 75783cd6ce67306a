package org.momentum4j.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.optim.HeavyBall;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.Sgd;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;

/**
 * For small learning rates, online training with momentum tracks plain online SGD with a rescaled
 * learning rate: the article's rule (step lr*(g_t + mu*g_{t-1})) like SGD with lr*(1 + mu), heavy-ball
 * (step -lr*sum_k mu^k g_{t-k}) like SGD with lr/(1 - mu). Checked on least squares (a linear network with
 * an identity output and squared error), trained by the real engine, item order shared through the seed.
 *
 * <p>Tolerance: along the whole trajectory (after every epoch), the distance between the two runs stays
 * below 4% of the distance the reference run has travelled from the start. The test also checks that the
 * other rescaling is far off (over 15%; the closest pair, mu = 0.5, compares lr*1.5 with lr*2), so it
 * can tell the two rules apart.
 */
class OnlineEquivalenceTest {
    private static final int ROWS = 200;
    private static final int FEATURES = 3;
    private static final int EPOCHS = 8;
    private static final double LR = 0.0005;

    /** y = 2 x1 - x2 + 0.5 x3 + 1 + noise, x ~ U(-1, 1). */
    private static Dataset leastSquares() {
        RandomGenerator random = Network.newRandom(7);
        double[] x = new double[ROWS * FEATURES];
        double[] y = new double[ROWS];
        double[] truth = {2, -1, 0.5};
        for (int r = 0; r < ROWS; r++) {
            double t = 1;
            for (int c = 0; c < FEATURES; c++) {
                x[r * FEATURES + c] = 2 * random.nextDouble() - 1;
                t += truth[c] * x[r * FEATURES + c];
            }
            y[r] = t + 0.1 * (random.nextDouble() - 0.5);
        }
        return Dataset.regression("least-squares", List.of("x1", "x2", "x3"), x, 1, y);
    }

    /** Parameters after each epoch, the start first. */
    private static List<double[]> trajectory(Optimizer optimizer) {
        Architecture linear = Architecture.of(FEATURES, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY));
        Network net = Network.create(linear, WeightInit.uniform(-0.1, 0.1), 3);
        List<double[]> path = new ArrayList<>();
        path.add(net.parameters().clone());
        new Trainer(optimizer, TrainingConfig.online(EPOCHS, 11))
                .fit(net, leastSquares(), s -> path.add(net.parameters().clone()));
        return path;
    }

    /** max over epochs of |a_e - b_e| / |b_e - b_0|. */
    private static double worstRelativeGap(List<double[]> a, List<double[]> b) {
        double worst = 0;
        for (int e = 1; e < b.size(); e++) {
            worst = Math.max(worst, distance(a.get(e), b.get(e)) / distance(b.get(e), b.get(0)));
        }
        return worst;
    }

    private static double distance(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - q[i]) * (p[i] - q[i]);
        }
        return Math.sqrt(s);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.75, 0.9})
    void articleRuleTracksSgdWithLrTimesOnePlusMu(double mu) {
        List<double[]> article = trajectory(new ArticleMomentum(LR, mu));
        double same = worstRelativeGap(article, trajectory(new Sgd(LR * (1 + mu))));
        double other = worstRelativeGap(article, trajectory(new Sgd(LR / (1 - mu))));
        assertTrue(same < 0.04, "article vs SGD lr*(1+mu): gap " + same);
        assertTrue(other > 0.15, "article vs SGD lr/(1-mu) should differ: gap " + other);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.75, 0.9})
    void heavyBallTracksSgdWithLrOverOneMinusMu(double mu) {
        List<double[]> heavyBall = trajectory(new HeavyBall(LR, mu));
        double same = worstRelativeGap(heavyBall, trajectory(new Sgd(LR / (1 - mu))));
        double other = worstRelativeGap(heavyBall, trajectory(new Sgd(LR * (1 + mu))));
        assertTrue(same < 0.04, "heavy-ball vs SGD lr/(1-mu): gap " + same);
        assertTrue(other > 0.15, "heavy-ball vs SGD lr*(1+mu) should differ: gap " + other);
    }
}
