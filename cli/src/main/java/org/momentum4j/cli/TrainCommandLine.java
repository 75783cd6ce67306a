package org.momentum4j.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.momentum4j.cli.report.Numbers;
import org.momentum4j.nn.Architecture;
import org.momentum4j.nn.LayerSpec;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;

/**
 * The {@code m4j train} command line that trains with settings found by a search, for a person to paste.
 * It names every setting explicitly (data, layers, rule and its values, schedules, batch size, epochs, test
 * fraction, seed) so it means the same if {@code train}'s defaults change. Numbers are written with four significant
 * digits, as a person would type them ({@link #rounded}); {@code tune --save} trains with the same rounded
 * values, so the saved model is the one the printed command trains.
 */
final class TrainCommandLine {
    private TrainCommandLine() {
    }

    /**
     * The arguments after {@code m4j}, or empty when {@code m4j train} cannot express the rule (it takes
     * fewer rules than a search can try).
     *
     * @param network the network flags the user typed (e.g. {@code --activation relu}), passed on as typed
     * @param spec    the rule, its values written as they are (pass a {@link #rounded} spec for the short form)
     * @param controls the schedules the trial ran with; those that are not constant become {@code --lr-schedule}
     *                 and {@code --momentum-schedule} (over the same {@code --epochs}, so they mean the same)
     */
    static Optional<List<String>> args(String data, Architecture architecture, List<String> network,
                                       OptimizerSpec spec, TrainingControls controls, int batchSize, int epochs,
                                       double testFraction, long seed) {
        if (!names().contains(spec.kind().name())) {
            return Optional.empty();
        }
        Set<String> flags = new HashSet<>();
        for (OptimizerFactory.Setting s : OptimizerFactory.rule(spec.kind().name()).settings()) {
            flags.add(s.flag);
        }
        List<String> args = new ArrayList<>(List.of("train", "--data", data, "--layers", widths(architecture)));
        args.addAll(network);
        args.add("--optimizer");
        args.add(spec.kind().name());
        for (Map.Entry<String, String> setting : spec.settings().entrySet()) {
            String flag = flag(setting.getKey());
            if (!flags.contains(flag)) {
                return Optional.empty();
            }
            if (setting.getValue().equals("true")) {
                args.add(flag); // an on/off key such as amsgrad is a bare flag in m4j train
            } else if (!setting.getValue().equals("false")) {
                args.add(flag);
                args.add(setting.getValue());
            }
        }
        if (!controls.learningRateSchedule().equals(Schedule.constant())) {
            args.addAll(List.of("--lr-schedule", controls.learningRateSchedule().toString()));
        }
        if (!controls.momentumSchedule().equals(Schedule.constant())) {
            args.addAll(List.of("--momentum-schedule", controls.momentumSchedule().toString()));
        }
        args.addAll(List.of("--batch-size", batchSize == TrainingConfig.FULL_BATCH ? "full" : Integer.toString(batchSize),
                "--epochs", Integer.toString(epochs), "--test-fraction", Numbers.exact(testFraction),
                "--seed", Long.toString(seed)));
        return Optional.of(args);
    }

    /** The train flag of a spec key: {@code --KEY}, except {@code form}, which train calls {@code --momentum-form}. */
    private static String flag(String key) {
        return key.equals("form") ? "--momentum-form" : "--" + key;
    }

    /** {@code spec} with every number rounded to four significant digits (as {@link #value} writes it). */
    static OptimizerSpec rounded(OptimizerSpec spec) {
        Map<String, String> settings = new LinkedHashMap<>();
        spec.settings().forEach((key, text) -> settings.put(key, value(text)));
        return new OptimizerSpec(spec.kind(), settings);
    }

    /** {@code m4j} and the arguments, quoted for a POSIX shell. */
    static String text(List<String> args) {
        List<String> words = new ArrayList<>();
        words.add("m4j");
        words.addAll(args);
        return ShellWords.join(words);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        new OptimizerFactory.Names().forEach(names::add);
        return names;
    }

    /**
     * A number rounded to four significant digits, unless rounding would carry it to 1 (a momentum of
     * 0.99996 must not become 1, which no rule takes); other values (e.g. {@code lr-outside}) as they are.
     */
    private static String value(String text) {
        double x;
        try {
            x = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
        String rounded = Numbers.format(x);
        return x < 1 && Double.parseDouble(rounded) >= 1 ? text : rounded;
    }

    private static String widths(Architecture a) {
        StringBuilder sb = new StringBuilder().append(a.inputs());
        for (LayerSpec layer : a.layers()) {
            sb.append(',').append(layer.units());
        }
        return sb.toString();
    }
}
