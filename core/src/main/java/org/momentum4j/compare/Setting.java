package org.momentum4j.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.optim.OptimizerSpec;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.TrainingControls;

/**
 * One contestant of a {@link Comparison}: an update rule and the learning-rate and momentum schedules that
 * steer it (constant for none), applied per epoch as {@code m4j train} and {@link org.momentum4j.train.Trainer}
 * apply them.
 *
 * <p>Text form (the CLI's {@code --try}): an {@link OptimizerSpec} with two more keys, in any position,
 * <pre>
 *   momentum lr=0.1 momentum=0.9 lr-schedule=cosine momentum-schedule=ramp:from=0.5,to=0.99,epochs=20
 * </pre>
 * The text is split at whitespace; a word that starts with {@code lr-schedule=} or {@code momentum-schedule=}
 * is a schedule, and everything after that first {@code =} is the schedule's own text ({@link Schedule#parse},
 * which may hold {@code :}, {@code ,}, {@code =} and {@code >} but no spaces); the other words are the
 * optimizer spec. {@link #describe()} writes this form back, so {@code parse(s.describe())} equals {@code s}.
 *
 * @param optimizer the rule
 * @param controls  the schedules (nothing else: see {@link MonitoredRun#checkControls})
 */
public record Setting(Optimizer optimizer, TrainingControls controls) {
    static final String LR_KEY = "lr-schedule";
    static final String MOMENTUM_KEY = "momentum-schedule";

    public Setting {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(controls, "controls");
    }

    /** The rule with constant learning rate and momentum. */
    public static Setting of(Optimizer optimizer) {
        return new Setting(optimizer, TrainingControls.NONE);
    }

    /** Each rule with constant learning rate and momentum, in order. */
    public static List<Setting> of(List<? extends Optimizer> optimizers) {
        return optimizers.stream().map(Setting::of).toList();
    }

    /**
     * Reads the text form above.
     *
     * @throws IllegalArgumentException one line quoting the text and naming the part that is wrong
     */
    public static Setting parse(String text) {
        String spec = text.trim();
        List<String> rule = new ArrayList<>();
        Schedule learningRate = null;
        Schedule momentum = null;
        for (String word : spec.split("\\s+")) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            if (!key.equals(LR_KEY) && !key.equals(MOMENTUM_KEY)) {
                rule.add(word);
                continue;
            }
            if (eq < 0 || eq == word.length() - 1) {
                throw new IllegalArgumentException("'" + word + "' in \"" + spec + "\" needs a schedule after '=',"
                        + " e.g. " + key + "=cosine");
            }
            if (key.equals(LR_KEY) ? learningRate != null : momentum != null) {
                throw new IllegalArgumentException("key '" + key + "' is given twice in \"" + spec + "\"");
            }
            Schedule schedule;
            try {
                schedule = Schedule.parse(word.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad " + key + " in \"" + spec + "\": " + e.getMessage(), e);
            }
            if (key.equals(LR_KEY)) {
                learningRate = schedule;
            } else {
                momentum = schedule;
            }
        }
        Optimizer optimizer = OptimizerSpec.parse(String.join(" ", rule)).build();
        TrainingControls controls = TrainingControls.NONE;
        if (learningRate != null) {
            controls = controls.withLearningRateSchedule(learningRate);
        }
        if (momentum != null) {
            try {
                controls = controls.withMomentumSchedule(momentum);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad " + MOMENTUM_KEY + " in \"" + spec + "\": " + e.getMessage(), e);
            }
        }
        return new Setting(optimizer, controls);
    }

    /** Whether this setting names its own learning-rate schedule (one that is not constant). */
    public boolean setsLearningRateSchedule() {
        return !controls.learningRateSchedule().equals(Schedule.constant());
    }

    /** Whether this setting names its own momentum schedule (one that is not constant). */
    public boolean setsMomentumSchedule() {
        return !controls.momentumSchedule().equals(Schedule.constant());
    }

    /**
     * This setting with {@code learningRate} and {@code momentum} filling in the schedules it leaves constant;
     * a momentum schedule is filled in only for rules that have momentum ({@link Optimizer#hasMomentum()}), so
     * one command-wide schedule can steer a race that includes plain SGD.
     */
    public Setting withDefaults(Schedule learningRate, Schedule momentum) {
        TrainingControls c = controls;
        if (!setsLearningRateSchedule()) {
            c = c.withLearningRateSchedule(learningRate);
        }
        if (!setsMomentumSchedule() && optimizer.hasMomentum()) {
            c = c.withMomentumSchedule(momentum);
        }
        return new Setting(optimizer, c);
    }

    /**
     * The name in tables and legends, in the text form: {@link Optimizer#describe()}, then the schedules
     * that are not constant, e.g. {@code sgd lr=0.1 lr-schedule=cosine}.
     */
    public String describe() {
        return optimizer.describe() + (controls.equals(TrainingControls.NONE) ? "" : " " + controls);
    }
}
