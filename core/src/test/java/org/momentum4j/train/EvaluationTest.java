package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;

class EvaluationTest {

    @Test
    void predictedClassIsTheArgMaxOrTheSigmoidThreshold() {
        assertEquals(2, Evaluation.predictedClass(new double[] {0.1, 0.3, 0.6}));
        assertEquals(0, Evaluation.predictedClass(new double[] {0.4, 0.4, 0.2}), "ties go to the first");
        assertEquals(1, Evaluation.predictedClass(new double[] {0.5}));
        assertEquals(0, Evaluation.predictedClass(new double[] {0.49}));
    }

    @Test
    void meanLossAndAccuracyByHand() {
        // One identity unit, output = x (weight 1, bias 0), mse; targets 0/1 from the labels.
        // Rows x = 0.2 (label 0), 0.7 (label 1), 0.4 (label 1): outputs predict 0, 1, 0 -> accuracy 2/3.
        // Loss 1/2 e^2 per row: e = 0.2, -0.3, -0.6 -> (0.02 + 0.045 + 0.18) / 3 = 0.245 / 3.
        Network net = Network.of(Architecture.of(1, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY)),
                new double[] {1, 0});
        Dataset data = Dataset.binary("d", List.of("x"), new double[] {0.2, 0.7, 0.4}, new int[] {0, 1, 1},
                List.of("no", "yes"));
        Evaluation e = Evaluation.of(net, data);
        assertEquals(0.245 / 3, e.loss(), 1e-15);
        assertEquals(2.0 / 3, e.accuracy(), 1e-15);
        assertEquals(3, e.rows());
    }

    @Test
    void regressionHasNoAccuracy() {
        Network net = Network.of(Architecture.of(1, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(1, Activation.IDENTITY)),
                new double[] {1, 0});
        Dataset data = Dataset.regression("r", List.of("x"), new double[] {1, 2}, 1, new double[] {1, 4});
        Evaluation e = Evaluation.of(net, data);
        assertTrue(Double.isNaN(e.accuracy()));
        assertEquals((0 + 0.5 * 4) / 2, e.loss(), 1e-15);              // errors 0 and -2
    }
}
