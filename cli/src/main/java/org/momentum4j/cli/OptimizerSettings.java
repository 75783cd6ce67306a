package org.momentum4j.cli;

import org.momentum4j.optim.MomentumForm;

/**
 * Every optimizer setting the CLI accepts, as typed (not yet validated: the core optimizer records do that).
 * {@link OptimizerFactory} hands each rule the ones it uses.
 *
 * @param learningRate {@code --lr}
 * @param momentum     {@code --momentum}
 * @param dampening    {@code --dampening}
 * @param form         {@code --momentum-form}
 * @param weightDecay  {@code --weight-decay}
 */
record OptimizerSettings(double learningRate, double momentum, double dampening, MomentumForm form,
                         double weightDecay) {
}
