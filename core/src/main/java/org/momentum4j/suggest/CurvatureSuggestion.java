package org.momentum4j.suggest;

import java.util.ArrayList;
import java.util.List;
import org.momentum4j.theory.MomentumTheory;
import org.momentum4j.theory.MomentumTheory.Tuned;
import org.momentum4j.theory.Quadratic;

/**
 * Learning rate and momentum suggested by the curvature of the loss, from the textbook formulas for a
 * quadratic with the same extreme eigenvalues {@code mu <= L} (see {@link MomentumTheory}):
 * <pre>
 *   gradient descent:  lr = 2 / (L + mu)
 *   heavy-ball:        lr = 4 / (sqrt L + sqrt mu)^2,  momentum = ((sqrt K - 1) / (sqrt K + 1))^2
 *   Nesterov:          lr = 1 / L,                     momentum = (sqrt K - 1) / (sqrt K + 1)
 * </pre>
 * with {@code K = L / mu}. A network's loss is not quadratic and its smallest eigenvalue may be tiny or
 * negative, so {@code K} is capped at {@code maxCondition}; the suggestion says when it was. The formulas
 * assume full-batch gradients: with online or mini-batch noise, treat the learning rate as an upper bound.
 *
 * @param largest        estimated largest eigenvalue L
 * @param smallest       estimated smallest eigenvalue
 * @param condition      the condition number K used
 * @param capped         whether K was capped (smallest eigenvalue non-positive or K above the cap)
 * @param gradientDescent the suggestion for plain gradient descent
 * @param heavyBall      the suggestion for heavy-ball momentum (lr-inside form)
 * @param nesterov       the suggestion for Nesterov momentum (lr-inside form)
 * @param reasoning      the steps that led here, as sentences for a person
 */
public record CurvatureSuggestion(double largest, double smallest, double condition, boolean capped,
                                  Tuned gradientDescent, Tuned heavyBall, Tuned nesterov, List<String> reasoning) {
    public CurvatureSuggestion {
        reasoning = List.copyOf(reasoning);
    }

    /** Builds the suggestion from eigenvalue estimates; {@code largest} must be finite and positive. */
    public static CurvatureSuggestion from(double largest, double smallest, double maxCondition) {
        if (!(largest > 0) || !Double.isFinite(largest)) {
            throw new IllegalArgumentException("the largest eigenvalue must be finite and > 0 to suggest settings, got "
                    + largest + " (the loss may be at a saddle or maximum; train a little first)");
        }
        if (!(maxCondition >= 1)) {
            throw new IllegalArgumentException("maximum condition number must be >= 1, got " + maxCondition);
        }
        List<String> why = new ArrayList<>();
        why.add(String.format(java.util.Locale.ROOT, "largest Hessian eigenvalue L = %.6g, smallest = %.6g",
                largest, smallest));
        double k;
        boolean capped;
        if (smallest > 0 && largest / smallest <= maxCondition) {
            k = largest / smallest;
            capped = false;
            why.add(String.format(java.util.Locale.ROOT, "condition number K = L / mu = %.6g", k));
        } else {
            k = maxCondition;
            capped = true;
            why.add(String.format(java.util.Locale.ROOT, smallest > 0
                    ? "condition number %.6g exceeds the cap; using K = %.6g"
                    : "smallest eigenvalue is not positive (non-convex here: %.6g); using K = %.6g",
                    smallest > 0 ? largest / smallest : smallest, k));
        }
        Quadratic model = new Quadratic(k == 1 ? new double[] {largest} : new double[] {largest / k, largest});
        Tuned gd = MomentumTheory.gradientDescent(model);
        Tuned hb = MomentumTheory.heavyBall(model);
        Tuned nag = MomentumTheory.nesterov(model);
        why.add(String.format(java.util.Locale.ROOT,
                "gradient descent: lr = 2/(L+mu) = %.6g, contraction %.6g per full-batch step", gd.learningRate(),
                gd.rate()));
        why.add(String.format(java.util.Locale.ROOT,
                "heavy-ball: lr = 4/(sqrt L + sqrt mu)^2 = %.6g, momentum = ((sqrt K-1)/(sqrt K+1))^2 = %.6g,"
                        + " contraction %.6g", hb.learningRate(), hb.momentum(), hb.rate()));
        why.add(String.format(java.util.Locale.ROOT,
                "Nesterov: lr = 1/L = %.6g, momentum = (sqrt K-1)/(sqrt K+1) = %.6g, contraction %.6g",
                nag.learningRate(), nag.momentum(), nag.rate()));
        why.add("these assume full-batch gradients; with online or mini-batch training use them as upper bounds");
        return new CurvatureSuggestion(largest, smallest, k, capped, gd, hb, nag, why);
    }
}
