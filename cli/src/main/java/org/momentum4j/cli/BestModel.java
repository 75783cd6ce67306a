package org.momentum4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.momentum4j.cli.report.Numbers;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.LoadedData;
import org.momentum4j.data.Normalization;
import org.momentum4j.data.Normalizer;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.model.Model;
import org.momentum4j.model.Provenance;
import org.momentum4j.model.TrainingSettings;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.Network;
import org.momentum4j.nn.WeightInit;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.Evaluation;
import org.momentum4j.train.Trainer;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import org.momentum4j.train.TrainingResult;

/**
 * {@code m4j tune --save FILE}: trains the chosen settings on the whole training part, exactly as the
 * printed {@code m4j train} command does (features z-scored on that part, one seed for the weights and the
 * item order, the same schedules), and saves the result as a model file. The z-score is a {@link Normalizer}, whose arithmetic
 * is {@code Standardizer}'s, so the weights are those {@code m4j train} computes.
 *
 * @param model      what was saved
 * @param training   how the training run ended
 * @param test       the model on the held-out test rows, or null when none were held out
 */
record BestModel(Model model, TrainingResult training, Evaluation test) {

    /**
     * Trains and wraps the model. Its encoding is the one the data was read with (column names, categories,
     * class names), so {@code m4j predict} and {@code evaluate} read new files exactly as this one was read.
     */
    static BestModel train(LoadedData loaded, TrainTestSplit split, Architecture architecture, WeightInit init,
                           Optimizer optimizer, TrainingControls controls, TrainingConfig config,
                           Map<String, String> recorded) {
        Normalizer features = Normalizer.fitFeatures(Normalization.ZSCORE, split.train());
        Dataset train = features.apply(split.train());
        Normalizer targets = null;
        if (!train.isClassification()) {
            // A regression model maps its outputs back to target units with this (see Model).
            targets = Normalizer.fitTargets(train);
            train = targets.applyToTargets(train);
        }
        Network network = Network.create(architecture, init, config.seed());
        TrainingResult result = new Trainer(optimizer, config, controls).fit(network, train);
        Map<String, String> settings = new LinkedHashMap<>(recorded);
        if (!controls.equals(TrainingControls.NONE)) {
            settings.put("controls", controls.toString());
        }
        Model model = new Model(network, loaded.encoding(), features, targets,
                TrainingSettings.of(optimizer, init, config, result.stoppedAtEpoch()).with(settings),
                Provenance.of(loaded.source(), loaded.sha256(), train.rows()));
        Evaluation test = null;
        if (split.test().rows() > 0) {
            Dataset held = features.apply(split.test());
            test = Evaluation.of(network, targets == null ? held : targets.applyToTargets(held));
        }
        return new BestModel(model, result, test);
    }

    /** Refuses, before any training, a file whose directory does not exist. */
    static void checkDirectory(Path file) {
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw UsageException.about("--save", "directory '" + dir + "' does not exist");
        }
    }

    /** One line for the person who asked: where, how training ended, and the held-out result. */
    String describe(Path file) {
        String result = test == null ? "no test rows held out"
                : Double.isNaN(test.accuracy()) ? "test loss " + Numbers.format(test.loss()) + " (z-scored targets)"
                : "test accuracy " + Numbers.percent(test.accuracy()) + " on " + test.rows() + " held-out rows";
        return "saved: " + file + " (trained as above, " + training.describeStop() + "; " + result + ")";
    }

    /** Writes the model; a file that cannot be written is the user's to fix. */
    void save(Path file) {
        try {
            model.save(file);
        } catch (IOException e) {
            throw UsageException.about("--save", "cannot write '" + file + "': " + e.getMessage());
        }
    }
}
