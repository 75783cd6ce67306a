package org.momentum4j.diagnostics;

/**
 * What momentum did to one layer's parameters (weights and biases) during one epoch.
 *
 * <p>Norms are Euclidean over the layer's parameters, taken at the epoch's last step. The effective step
 * ratio of a parameter is {@code sum_steps |delta w| / sum_steps lr * |g|}: how far it actually moved
 * against how far plain SGD with the same gradients would have moved it (1 for plain SGD; above 1 where
 * momentum carried it further; below 1 where it held it back). Its percentiles over the layer's
 * parameters test the article's claim that momentum acts as a per-weight adaptive learning rate: a wide
 * spread supports it, a narrow one refutes it for that run.
 *
 * @param epoch           1-based epoch
 * @param layer           0-based layer index (0 = first hidden layer)
 * @param gradientNorm    |g| at the last step
 * @param velocityNorm    |momentum buffer| at the last step (0 for rules without one)
 * @param updateNorm      |delta w| of the last step
 * @param weightNorm      |w| after the last step
 * @param updateRatio     updateNorm / weightNorm
 * @param effectiveP10    10th percentile of the effective step ratio over the layer's parameters
 * @param effectiveP50    median effective step ratio
 * @param effectiveP90    90th percentile effective step ratio
 * @param oscillation     mean over the epoch's steps of the fraction of parameters whose update changed
 *                        sign since the previous step
 */
public record LayerDiagnostics(int epoch, int layer, double gradientNorm, double velocityNorm, double updateNorm,
                               double weightNorm, double updateRatio, double effectiveP10, double effectiveP50,
                               double effectiveP90, double oscillation) {
}
