package org.momentum4j.cli;

import java.util.function.Function;
import org.momentum4j.optim.Optimizer;
import org.momentum4j.schedule.Schedule;
import org.momentum4j.train.DivergencePolicy;
import org.momentum4j.train.EarlyStopping;
import org.momentum4j.train.GradientClipping;
import org.momentum4j.train.TrainingConfig;
import org.momentum4j.train.TrainingControls;
import picocli.CommandLine.Option;

/**
 * What steers training besides the rule: schedules, early stopping, gradient clipping and what to do when
 * the loss diverges. Each text is read by core's own parser ({@link Schedule#parse}, {@link EarlyStopping#parse},
 * {@link DivergencePolicy#parse}); a rejection becomes {@code --flag: <core's message>}.
 */
final class ControlsOptions {
    /** The fraction the hint suggests when early stopping or a plateau schedule has no validation data. */
    static final String SUGGESTED_VALIDATION = "0.2";

    @Option(names = "--lr-schedule", paramLabel = "SPEC", defaultValue = "constant",
            description = {"How the learning rate moves from epoch to epoch (default: ${DEFAULT-VALUE}):"
                    + " constant, step:every=30,factor=0.1, exp:gamma=0.99, cosine:epochs=N,min=0,"
                    + " warmup:epochs=5,start=0.1, plateau:patience=10,factor=0.1,threshold=1e-4,cooldown=0,min=0"
                    + " (needs --validation-fraction); stages joined by > run one after another, e.g."
                    + " warmup:epochs=5>cosine. Settings left out take the defaults shown; a bare cosine"
                    + " anneals over the whole run. min is a rate; start and factor scale --lr."})
    private String learningRateSchedule;

    @Option(names = "--momentum-schedule", paramLabel = "SPEC", defaultValue = "constant",
            description = {"How the momentum (beta1 for adam, adamw) moves, in the same syntax (default:"
                    + " ${DEFAULT-VALUE}); e.g. ramp:from=0.5,to=0.99 (a bare ramp climbs from 0.5 to --momentum"
                    + " over the run) or sutskever:every=1,max=0.99 (1 - 1/(2(e+1)), Sutskever et al. 2013)."})
    private String momentumSchedule;

    @Option(names = "--early-stopping", paramLabel = "SPEC", arity = "0..1", fallbackValue = "",
            description = {"Stop when the validation loss has not fallen by more than min-delta for patience"
                    + " epochs and keep the best epoch's weights; needs --validation-fraction. Alone it means"
                    + " patience=" + EarlyStopping.DEFAULT_PATIENCE + ",min-delta=0,restore-best=true; write e.g."
                    + " --early-stopping=patience=5,min-delta=1e-4 to change them (default: off)."})
    private String earlyStopping;

    @Option(names = "--clip-norm", paramLabel = "X",
            description = "Scale each batch gradient down to global L2 norm X, > 0, as PyTorch's"
                    + " clip_grad_norm_ (default: off).")
    private Double clipNorm;

    @Option(names = "--clip-value", paramLabel = "X",
            description = "Clamp each gradient component to [-X, X], X > 0, before any --clip-norm (default: off).")
    private Double clipValue;

    @Option(names = "--on-divergence", paramLabel = "stop|recover", defaultValue = "stop",
            description = {"When an epoch's training loss is not finite, or above both 10 times the best so far and the"
                    + " first epoch's:"
                    + " stop keeps the weights of the last good epoch and exits with code 3; recover rolls back"
                    + " to them, halves the learning rate, resets the optimizer's state and goes on (at most 10"
                    + " times) (default: ${DEFAULT-VALUE})."})
    private String divergence;

    /** The controls these options describe; text core cannot read is a usage error naming its flag. */
    TrainingControls controls() {
        TrainingControls controls = TrainingControls.NONE
                .withLearningRateSchedule(read("--lr-schedule", learningRateSchedule, Schedule::parse))
                .withEarlyStopping(earlyStopping == null ? null
                        : read("--early-stopping", earlyStopping, EarlyStopping::parse))
                .withClipping(clipping())
                .withDivergence(read("--on-divergence", divergence, DivergencePolicy::parse));
        Schedule momentum = read("--momentum-schedule", momentumSchedule, Schedule::parse);
        return read("--momentum-schedule", momentum, controls::withMomentumSchedule);
    }

    /**
     * Checks that {@code controls} suit the rule and the run (core's {@link TrainingControls#check}) and
     * that what needs validation data has some.
     */
    static void check(TrainingControls controls, Optimizer rule, TrainingConfig config, boolean validation) {
        try {
            controls.check(rule, config);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(e.getMessage().contains("momentum schedule") ? "--momentum-schedule"
                    : "--lr-schedule", e);
        }
        if (validation) {
            return;
        }
        String hint = "; add --validation-fraction " + SUGGESTED_VALIDATION;
        if (controls.earlyStopping() != null) {
            throw UsageException.about("--early-stopping", "early stopping watches the validation loss, but there"
                    + " is no validation data" + hint);
        }
        if (controls.learningRateSchedule().needsValidationLoss()) {
            throw UsageException.about("--lr-schedule", "'" + controls.learningRateSchedule() + "' is driven by the"
                    + " validation loss, but there is no validation data" + hint);
        }
    }

    private GradientClipping clipping() {
        double norm = clipNorm == null ? Double.POSITIVE_INFINITY
                : read("--clip-norm", clipNorm, GradientClipping::byNorm).maxNorm();
        double value = clipValue == null ? Double.POSITIVE_INFINITY
                : read("--clip-value", clipValue, GradientClipping::byValue).maxValue();
        return new GradientClipping(norm, value);
    }

    /** {@code parse(value)}, with core's rejection turned into a usage error about {@code flag}. */
    private static <T, R> R read(String flag, T value, Function<T, R> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw UsageException.about(flag, e);
        }
    }
}
