package org.momentum4j.cli;

import org.momentum4j.optim.MomentumForm;

/**
 * Every optimizer setting the CLI accepts, as typed (not yet validated: the core optimizer records do that).
 * {@link OptimizerFactory} hands each rule the ones it uses. The settings whose default depends on the rule
 * are null when the user did not type them; each rule fills them in with its own default.
 *
 * @param learningRate       {@code --lr}, or null
 * @param momentum           {@code --momentum}, or null
 * @param weightDecay        {@code --weight-decay}, or null
 * @param epsilon            {@code --eps}, or null
 * @param dampening          {@code --dampening}
 * @param form               {@code --momentum-form}
 * @param beta1              {@code --beta1}
 * @param beta2              {@code --beta2}
 * @param amsgrad            {@code --amsgrad}
 * @param alpha              {@code --alpha}
 * @param centered           {@code --centered}
 * @param initialAccumulator {@code --initial-accumulator}
 * @param etaMinus           {@code --eta-minus}
 * @param etaPlus            {@code --eta-plus}
 * @param minStep            {@code --min-step}
 * @param maxStep            {@code --max-step}
 */
record OptimizerSettings(Double learningRate, Double momentum, Double weightDecay, Double epsilon, double dampening,
                         MomentumForm form, double beta1, double beta2, boolean amsgrad, double alpha,
                         boolean centered, double initialAccumulator, double etaMinus, double etaPlus,
                         double minStep, double maxStep) {

    /** {@code --lr} if typed, else the rule's default {@code otherwise}. */
    double learningRate(double otherwise) {
        return learningRate != null ? learningRate : otherwise;
    }

    /** {@code --momentum} if typed, else the rule's default {@code otherwise}. */
    double momentum(double otherwise) {
        return momentum != null ? momentum : otherwise;
    }

    /** {@code --weight-decay} if typed, else the rule's default {@code otherwise}. */
    double weightDecay(double otherwise) {
        return weightDecay != null ? weightDecay : otherwise;
    }

    /** {@code --eps} if typed, else the rule's default {@code otherwise}. */
    double epsilon(double otherwise) {
        return epsilon != null ? epsilon : otherwise;
    }
}
