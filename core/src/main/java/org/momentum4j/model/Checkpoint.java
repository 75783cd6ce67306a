package org.momentum4j.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.train.ControlState;
import org.momentum4j.train.ControlledRun;
import org.momentum4j.train.Precision;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingRun;
import org.momentum4j.train.TrainingState;

/**
 * A training run saved between epochs: its full {@link TrainingState} (and {@link ControlState} when it is a
 * {@link ControlledRun}) and what it must be resumed with (the
 * architecture, the update rule, batch size, seed, precision and data), so that resuming with anything else is refused
 * instead of silently training a different model. {@code settings} carries whatever else the caller needs to
 * rebuild the run (the CLI stores its options there).
 *
 * <p>Files use the model file's envelope and checksum ({@code docs/model-format.md}) with format
 * {@code momentum4j-checkpoint}, version 1, and are written atomically. See {@link CheckpointDirectory} for
 * keeping the last few and finding the newest valid one.
 *
 * @param state        parameters, optimizer state, epochs done
 * @param control      for a {@link ControlledRun}, its schedules', early stopping's and divergence handling's
 *                     state and the best weights; null for a plain {@link TrainingRun}
 * @param architecture the network's shape
 * @param optimizer    the update rule, as {@link Optimizer#describe()} writes it
 * @param batchSize    items per update
 * @param seed         the run's seed (initial weights and item order)
 * @param precision    the arithmetic the run trains in (its float state is stored widened, exactly)
 * @param dataSha256   identifies the training data (e.g. {@code Dataset#contentSha256()}); may be empty
 * @param settings     anything else to restore, sorted by key
 */
public record Checkpoint(TrainingState state, ControlState control, Architecture architecture, String optimizer,
                         int batchSize, long seed, Precision precision, String dataSha256,
                         Map<String, String> settings) {
    /** The {@code format} member of a checkpoint file. */
    public static final String FORMAT = "momentum4j-checkpoint";
    /** The format version this library writes. */
    public static final int FORMAT_VERSION = 1;

    public Checkpoint {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(dataSha256, "dataSha256");
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        if (state.parameters().length != architecture.parameterCount()) {
            throw new IllegalArgumentException("the state has " + state.parameters().length + " parameters, the"
                    + " architecture " + architecture + " " + architecture.parameterCount());
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
    }

    /** A checkpoint of a plain {@code run} as it is now. */
    public static Checkpoint of(TrainingRun run, Optimizer optimizer, String dataSha256, Map<String, String> settings) {
        TrainingConfig config = run.config();
        return new Checkpoint(run.snapshot(), null, run.network().architecture(), optimizer.describe(),
                config.batchSize(), config.seed(), config.precision(), dataSha256, settings);
    }

    /**
     * A checkpoint of a controlled {@code run} as it is now. To resume: build the same {@link ControlledRun},
     * then {@code run.trainingRun().restore(checkpoint.state())} and {@code run.restore(checkpoint.control())}.
     */
    public static Checkpoint of(ControlledRun run, Optimizer optimizer, String dataSha256,
                                Map<String, String> settings) {
        return of(run.trainingRun(), optimizer, dataSha256, settings).withControl(run.state());
    }

    /** A copy with another control state. */
    public Checkpoint withControl(ControlState newControl) {
        return new Checkpoint(state, newControl, architecture, optimizer, batchSize, seed, precision, dataSha256,
                settings);
    }

    /**
     * Checks that a run about to resume from this checkpoint is the same run: same architecture, update rule,
     * batch size, seed, precision, and data (when both checksums are known). The number of epochs may differ.
     *
     * @throws IllegalArgumentException naming the first difference
     */
    public void requireSameRun(Architecture otherArchitecture, Optimizer otherOptimizer, TrainingConfig config,
                               String otherDataSha256) {
        differ("network", architecture.toString(), otherArchitecture.toString());
        differ("optimizer", optimizer, otherOptimizer.describe());
        differ("batch size", Integer.toString(batchSize), Integer.toString(config.batchSize()));
        differ("seed", Long.toString(seed), Long.toString(config.seed()));
        differ("precision", precision.id(), config.precision().id());
        if (!dataSha256.isEmpty() && !otherDataSha256.isEmpty()) {
            differ("data (sha256)", dataSha256, otherDataSha256);
        }
    }

    private static void differ(String what, String saved, String now) {
        if (!saved.equals(now)) {
            throw new IllegalArgumentException("the checkpoint was made with " + what + " '" + saved + "', but this run"
                    + " has '" + now + "'");
        }
    }

    /** Writes the checkpoint atomically. */
    public void save(Path path) throws IOException {
        List<CheckpointJson.LayerShape> layers = new ArrayList<>();
        for (LayerSpec l : architecture.layers()) {
            layers.add(new CheckpointJson.LayerShape(l.units(), l.activation().id()));
        }
        JsonFile.write(path, FORMAT, FORMAT_VERSION, "checkpoint", new CheckpointJson(architecture.inputs(),
                architecture.loss().id(), layers, optimizer, batchSize, seed, precision.id(), dataSha256, state.epochsDone(),
                state.parameters(), state.steps(), state.learningRate(), state.momentum(), state.buffers(),
                control == null ? null : ControlCodec.toJson(control), settings));
    }

    /**
     * Loads and checks a checkpoint file.
     *
     * @throws ModelFormatException naming the first problem, when the file is not a valid checkpoint
     */
    public static Checkpoint load(Path path) throws IOException {
        String file = path.toString();
        CheckpointJson j = JsonFile.read(path, file, FORMAT, FORMAT_VERSION, "checkpoint", CheckpointJson.class);
        try {
            List<LayerSpec> specs = new ArrayList<>();
            for (CheckpointJson.LayerShape l : Objects.requireNonNull(j.layers(), "layers")) {
                specs.add(new LayerSpec(l.units(), Activation.parse(Objects.requireNonNull(l.activation(), "activation"))));
            }
            Architecture a = new Architecture(j.inputs(), specs, Loss.parse(Objects.requireNonNull(j.loss(), "loss")));
            finite(j.parameters(), "parameters");
            for (double[] buffer : Objects.requireNonNull(j.buffers(), "buffers")) {
                finite(buffer, "buffers");
            }
            if (!Double.isFinite(j.learningRate()) || !(j.learningRate() >= 0)) {
                throw new IllegalArgumentException("learningRate must be finite and >= 0, got " + j.learningRate());
            }
            if (!(j.momentum() >= 0 && j.momentum() < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1), got " + j.momentum());
            }
            TrainingState state = new TrainingState(j.epochsDone(), j.parameters(), j.steps(), j.learningRate(),
                    j.momentum(), j.buffers());
            ControlState control = j.control() == null ? null : ControlCodec.fromJson(j.control());
            if (control != null) {
                checkWeights(control.bestParameters(), "control.bestParameters", a.parameterCount());
                checkWeights(control.lastGoodParameters(), "control.lastGoodParameters", a.parameterCount());
            }
            // Checkpoints written before precision existed trained in double.
            Precision precision = j.precision() == null ? Precision.DOUBLE : Precision.parse(j.precision());
            return new Checkpoint(state, control, a, Objects.requireNonNull(j.optimizer(), "optimizer"), j.batchSize(), j.seed(),
                    precision, Objects.requireNonNull(j.dataSha256(), "dataSha256"), Objects.requireNonNull(j.settings(), "settings"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelFormatException(file, "invalid checkpoint: " + e.getMessage());
        }
    }

    /** Optional weights: absent, or finite with one value per parameter. */
    private static void checkWeights(double[] values, String where, int parameters) {
        if (values != null) {
            finite(values, where);
            if (values.length != parameters) {
                throw new IllegalArgumentException(where + " has " + values.length + " values for " + parameters
                        + " parameters");
            }
        }
    }

    private static void finite(double[] values, String where) {
        Objects.requireNonNull(values, where);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(where + "[" + i + "] is " + values[i] + "; values must be finite");
            }
        }
    }
}
