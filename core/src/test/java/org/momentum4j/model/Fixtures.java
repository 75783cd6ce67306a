package org.momentum4j.model;

import java.util.List;
import java.util.Map;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.Encoding;
import org.momentum4j.data.MissingPolicy;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.Split;
import org.momentum4j.data.Task;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.ArticleMomentum;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;

/** Small trained models for the model-file tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A 4-5-3 tanh/softmax network trained 20 epochs on z-scored Iris. */
    static Model iris() {
        Split split = Split.of(Datasets.iris(), 0.2, 0, 1);
        Normalizer z = Normalizer.fitFeatures(Normalization.ZSCORE, split.train());
        Network net = Network.create(Architecture.classifier(Activation.TANH, 4, 5, 3), WeightInit.uniform(-0.1, 0.1), 1);
        ArticleMomentum optimizer = new ArticleMomentum(0.05, 0.75);
        TrainingConfig config = TrainingConfig.online(20, 1);
        new Trainer(optimizer, config).fit(net, z.apply(split.train()));
        return new Model(net, Encoding.of(Datasets.iris(), "species"), z, null,
                TrainingSettings.of(optimizer, WeightInit.uniform(-0.1, 0.1), config, 20).with(Map.of("test-fraction", "0.2")),
                Provenance.of("iris", Datasets.iris().contentSha256(), split.train().rows()));
    }

    /**
     * A regression model with a categorical feature and two targets: inputs (x, colour one-hot over 3), targets
     * y1 = x + colour index, y2 = -x, network 4-tanh(3)-identity(2) with random weights (untrained is enough
     * for file tests).
     */
    static Model regression() {
        List<Encoding.Column> cols = List.of(
                new Encoding.Column("x", Encoding.Role.FEATURE, Encoding.Kind.NUMERIC, List.of()),
                new Encoding.Column("colour", Encoding.Role.FEATURE, Encoding.Kind.CATEGORICAL, List.of("blue", "green", "red")),
                new Encoding.Column("y1", Encoding.Role.TARGET, Encoding.Kind.NUMERIC, List.of()),
                new Encoding.Column("y2", Encoding.Role.TARGET, Encoding.Kind.NUMERIC, List.of()));
        Encoding e = Encoding.of(cols, Task.REGRESSION, MissingPolicy.MEAN);
        double[] x = {1, 1, 0, 0, 2, 0, 1, 0, 3, 0, 0, 1, 4, 1, 0, 0};
        double[] y = {1, -1, 3, -2, 5, -3, 4, -4};
        Dataset d = Dataset.regression("r", e.featureNames(), x, 2, y);
        Architecture a = Architecture.of(4, Loss.MEAN_SQUARED_ERROR, LayerSpec.of(3, Activation.TANH),
                LayerSpec.of(2, Activation.IDENTITY));
        return new Model(Network.create(a, WeightInit.auto(), 5), e, Normalizer.fitFeatures(Normalization.MINMAX, d),
                Normalizer.fitTargets(d), new TrainingSettings("sgd lr=0.1", "auto", 0, 1, 5, Map.of()),
                Provenance.of("r.csv", "", 4));
    }
}
