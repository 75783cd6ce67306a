package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.data.Dataset;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.nn.Loss;
import org.momentum4j.nn.WeightInit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The network's shape, activations, loss and initial weights. */
final class NetworkOptions {
    /** Hidden units when {@code --layers} is not given: the article's 4-5-3 network. */
    static final int DEFAULT_HIDDEN = 5;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--layers", paramLabel = "WIDTHS", defaultValue = "auto", converter = LayerWidths.Converter.class,
            description = {"Layer widths: inputs, hidden..., outputs, e.g. 4,5,3. The input width must equal the"
                    + " number of features and the output width the number of targets; auto takes them from the"
                    + " data with one hidden layer of " + DEFAULT_HIDDEN + " (4,5,3 for iris)"
                    + " (default: ${DEFAULT-VALUE})."})
    private LayerWidths layers;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "tanh",
            description = "Hidden-layer activation: identity, sigmoid, tanh, relu (default: ${DEFAULT-VALUE}).")
    private Activation hidden;

    @Option(names = "--output-activation", paramLabel = "NAME", defaultValue = "auto",
            converter = AutoActivation.class,
            description = "Output activation: identity, sigmoid, tanh, relu, softmax; auto is softmax for several"
                    + " classes, sigmoid for a single 0/1 target, identity for regression (default: ${DEFAULT-VALUE}).")
    private Activation output;

    @Option(names = "--loss", paramLabel = "NAME", defaultValue = "auto", converter = AutoLoss.class,
            description = "Loss: cross-entropy (needs a softmax or sigmoid output) or mse; auto is cross-entropy"
                    + " for classification, mse for regression (default: ${DEFAULT-VALUE}).")
    private Loss loss;

    @Option(names = "--init", paramLabel = "INIT", defaultValue = "uniform:-0.01:0.01",
            description = "Initial weights: auto (He for relu, else Glorot), glorot, he, uniform:R or"
                    + " uniform:LOW:HIGH (default: ${DEFAULT-VALUE}).")
    WeightInit init;

    /** The architecture for {@code data}; widths or activations that do not fit are usage errors. */
    Architecture architecture(Dataset data) {
        LayerWidths widths = layers.isAuto()
                ? new LayerWidths(List.of(data.featureCount(), DEFAULT_HIDDEN, data.targetCount()))
                : layers;
        checkFits(widths, data);
        Activation out = output != null ? output
                : !data.isClassification() ? Activation.IDENTITY
                : data.targetCount() > 1 ? Activation.SOFTMAX : Activation.SIGMOID;
        Loss lossOrAuto = loss != null ? loss : data.isClassification() ? Loss.CROSS_ENTROPY : Loss.MEAN_SQUARED_ERROR;
        try {
            List<LayerSpec> specs = new ArrayList<>();
            for (int units : widths.hidden()) {
                specs.add(new LayerSpec(units, hidden));
            }
            specs.add(new LayerSpec(widths.output(), out));
            return new Architecture(widths.input(), specs, lossOrAuto);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(culprit(e.getMessage()), e);
        }
    }


    private static void checkFits(LayerWidths widths, Dataset data) {
        if (widths.input() != data.featureCount()) {
            throw UsageException.about("--layers", "the input width is " + widths.input() + " but " + data.name()
                    + " has " + data.featureCount() + " features; try --layers " + suggestion(widths, data));
        }
        if (widths.output() != data.targetCount()) {
            String what = data.isClassification() && data.targetCount() == 1
                    ? "a single 0/1 target (" + data.classNames().size() + " classes)"
                    : data.targetCount() + (data.isClassification() ? " classes" : " targets");
            throw UsageException.about("--layers", "the output width is " + widths.output() + " but "
                    + data.name() + " has " + what + "; try --layers " + suggestion(widths, data));
        }
    }

    private static String suggestion(LayerWidths widths, Dataset data) {
        List<Integer> fixed = new ArrayList<>();
        fixed.add(data.featureCount());
        fixed.addAll(widths.hidden());
        fixed.add(data.targetCount());
        return new LayerWidths(fixed).toString();
    }

    /** Which flag core's architecture message is about (its messages name what they reject). */
    private String culprit(String message) {
        if (message.contains("hidden layer")) {
            return "--activation";
        }
        if (message.startsWith("loss")) {
            // The loss and the output activation do not fit: blame the one the user changed.
            return spec.commandLine().getParseResult().hasMatchedOption("--loss") ? "--loss" : "--output-activation";
        }
        if (message.contains("softmax output")) {
            return "--output-activation";
        }
        return "--layers";
    }

    /** {@code auto} (returned as null: chosen from the data) or an activation name. */
    static final class AutoActivation implements ITypeConverter<Activation> {
        @Override
        public Activation convert(String value) {
            return Converters.autoOr(value, Activation::parse);
        }
    }

    /** {@code auto} (returned as null: chosen from the data) or a loss name. */
    static final class AutoLoss implements ITypeConverter<Loss> {
        @Override
        public Loss convert(String value) {
            return Converters.autoOr(value, Loss::parse);
        }
    }
}
