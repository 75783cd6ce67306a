package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Clipping as torch.nn.utils.clip_grad_value_ and clip_grad_norm_ define it, worked by hand. */
class GradientClippingTest {
    private static final double TOL = 1e-15;

    @Test
    void byValueClampsEachComponent() {
        double[] g = {3, -4, 0.5};
        GradientClipping.byValue(1).apply(g);
        assertArrayEquals(new double[] {1, -1, 0.5}, g, 0.0);
    }

    @Test
    void byNormScalesTheWholeGradientAsPyTorchDoes() {
        double[] g = {3, -4};
        GradientClipping.byNorm(1).apply(g);
        // norm 5; c = 1 / (5 + 1e-6) (PyTorch's epsilon); g = (3c, -4c) = (0.599999880000024, -0.799999840000032)
        assertArrayEquals(new double[] {0.599999880000024, -0.799999840000032}, g, TOL);
    }

    @Test
    void aGradientWithinTheNormIsLeftAlone() {
        double[] g = {0.3, -0.4};
        GradientClipping.byNorm(1).apply(g);
        assertArrayEquals(new double[] {0.3, -0.4}, g, 0.0);
        double[] zero = {0, 0};
        GradientClipping.byNorm(1).apply(zero);
        assertArrayEquals(new double[] {0, 0}, zero, 0.0);
    }

    @Test
    void valueFirstThenNormSoBothBoundsHold() {
        double[] g = {3, -4, 0.5};
        new GradientClipping(1, 2).apply(g);
        // by value: (2, -2, 0.5), norm sqrt(8.25) = 2.8722813232690143; c = 1 / (2.8722813232690143 + 1e-6)
        double c = 1 / (Math.sqrt(8.25) + 1e-6);
        assertArrayEquals(new double[] {2 * c, -2 * c, 0.5 * c}, g, TOL);
        assertTrue(Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]) <= 1);
    }

    @Test
    void noneChangesNothing() {
        assertFalse(GradientClipping.NONE.isActive());
        double[] g = {1e300, -1e300};
        GradientClipping.NONE.apply(g);
        assertArrayEquals(new double[] {1e300, -1e300}, g, 0.0);
        assertEquals("none", GradientClipping.NONE.toString());
        assertEquals("clip-norm=1.0 clip-value=0.5", new GradientClipping(1, 0.5).toString());
    }

    @Test
    void rejectsBoundsThatAreNotPositive() {
        assertEquals("clip norm must be > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> GradientClipping.byNorm(0)).getMessage());
        assertEquals("clip value must be > 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> GradientClipping.byValue(Double.NaN)).getMessage());
    }
}
