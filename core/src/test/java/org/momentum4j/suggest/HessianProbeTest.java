package org.momentum4j.suggest;

import org.momentum4j.fixtures.KnownHessian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Network;

class HessianProbeTest {

    @Test
    void hessianVectorProductsMatchTheHandComputedHessian() {
        Network net = KnownHessian.network();
        double[] before = net.parameters().clone();
        HessianProbe probe = new HessianProbe(new FullBatchGradient(net, KnownHessian.data()));
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] e = new double[3];
            e[i] = 1;
            probe.multiply(e, out);
            double[] expected = new double[3];
            expected[i] = KnownHessian.DIAGONAL[i];
            assertArrayEquals(expected, out, 1e-6, "H e" + i);
        }
        assertArrayEquals(before, net.parameters(), 0.0, "parameters restored exactly");
    }

    @Test
    void powerIterationFindsTheLargestAndSmallestEigenvalues() {
        HessianProbe probe = new HessianProbe(new FullBatchGradient(KnownHessian.network(), KnownHessian.data()));
        HessianProbe.Estimate largest = probe.largest(500, 1e-12, 1);
        assertTrue(largest.converged());
        assertEquals(8.0, largest.value(), 1e-6);
        HessianProbe.Estimate smallest = probe.smallest(largest.value(), 2000, 1e-12, 2);
        assertTrue(smallest.converged());
        assertEquals(0.5, smallest.value(), 1e-4);
    }
}
