package org.momentum4j.tune;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.optim.OptimizerKind;
import org.momentum4j.optim.OptimizerKinds;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.train.ItemOrder;
import org.momentum4j.train.TrainingConfig;

/**
 * One point of a {@link SearchSpace}: the settings one trial trains with.
 *
 * <p>A trial's seed comes from the search seed and these settings alone:
 * {@code ItemOrder.derive(searchSeed, h)}, where {@code h} is the first 8 bytes of the SHA-256 of
 * {@link #canonicalText()}. So a trial's result does not depend on which other trials run, in which order,
 * or on how many threads: the same settings in a grid, a random search or successive halving, with the
 * same search seed, train identically.
 *
 * @param optimizer    the rule as the search space gave it (keys it set stay fixed)
 * @param learningRate the learning rate this trial uses
 * @param momentum     the momentum this trial uses, NaN when the rule has none
 * @param batchSize    items per update
 * @param hiddenSize   width of every hidden layer, or 0 for the architecture's own
 */
public record TrialSettings(OptimizerSpec optimizer, double learningRate, double momentum, int batchSize,
                            int hiddenSize) {
    public TrialSettings {
        Objects.requireNonNull(optimizer, "optimizer");
    }

    /** The complete optimizer spec: the rule's fixed keys plus this trial's learning rate and momentum. */
    public OptimizerSpec spec() {
        OptimizerSpec spec = optimizer;
        if (!spec.sets(OptimizerKinds.LEARNING_RATE)) {
            spec = spec.with(OptimizerKinds.LEARNING_RATE, learningRate);
        }
        if (SearchSpace.variesMomentum(spec)) {
            spec = spec.with(OptimizerKinds.MOMENTUM, momentum);
        }
        return spec;
    }

    /** The network shape for this trial: {@code base} with every hidden layer {@link #hiddenSize} wide. */
    public Architecture architecture(Architecture base) {
        if (hiddenSize == 0) {
            return base;
        }
        List<LayerSpec> layers = new ArrayList<>();
        int last = base.depth() - 1;
        for (int l = 0; l < last; l++) {
            layers.add(new LayerSpec(hiddenSize, base.layers().get(l).activation()));
        }
        layers.add(base.layers().get(last));
        return new Architecture(base.inputs(), layers, base.loss());
    }

    /** For people: the spec, then {@code batch=B} and, when set, {@code hidden=H}. */
    public String describe() {
        return spec() + " batch=" + TrainingConfig.batchSizeText(batchSize) + (hiddenSize == 0 ? "" : " hidden=" + hiddenSize);
    }

    /**
     * The text the seed is hashed from: the rule's canonical name, each set key with its parsed value
     * (numbers as the hex of their IEEE bits, so no decimal formatting can change it between JDKs),
     * batch and hidden size.
     */
    public String canonicalText() {
        OptimizerSpec spec = spec();
        OptimizerKind kind = spec.kind();
        StringBuilder sb = new StringBuilder(kind.name());
        for (OptimizerKind.Key key : kind.keys()) {
            if (spec.sets(key)) {
                Object value = key.parser().apply(spec.settings().get(key.name()));
                String text = value instanceof Double d ? Long.toHexString(Double.doubleToLongBits(d)) : value.toString();
                sb.append(' ').append(key.name()).append('=').append(text);
            }
        }
        return sb.append(" batch=").append(batchSize).append(" hidden=").append(hiddenSize).toString();
    }

    /** This trial's seed under search seed {@code searchSeed}. */
    public long seed(long searchSeed) {
        return ItemOrder.derive(searchSeed, stableHash(canonicalText()));
    }

    static long stableHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
