package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.momentum4j.nn.Activation;
import org.momentum4j.nn.Architecture;

/** The row blocks that threads share out: whole rows, every parameter once, sizes as asked. */
class BatchGradientTest {

    @Test
    void blocksAreWholeRowsCoveringEveryParameterOnce() {
        Architecture arch = Architecture.classifier(Activation.TANH, 784, 100, 10); // W2: 79,510 parameters
        int[] cuts = BatchGradient.blocks(arch, 1024);
        Set<Integer> rowStarts = new HashSet<>();
        for (int l = 0; l < arch.depth(); l++) {
            int out = arch.layers().get(l).units();
            for (int i = 0; i < arch.inputsOf(l); i++) {
                rowStarts.add(arch.weightOffset(l) + i * out);
            }
            rowStarts.add(arch.biasOffset(l));
        }
        assertEquals(0, cuts[0]);
        assertEquals(arch.parameterCount(), cuts[cuts.length - 1]);
        for (int k = 1; k < cuts.length - 1; k++) {
            assertTrue(rowStarts.contains(cuts[k]), "cut " + cuts[k] + " is not a row start");
        }
        for (int k = 0; k + 1 < cuts.length; k++) {
            int size = cuts[k + 1] - cuts[k];
            assertTrue(size > 0, "block " + k);
            if (k + 2 < cuts.length) {
                // first layer rows are 100 wide: 11 rows (1,100) reach 1,024; a block never exceeds 1,024 + a row
                assertTrue(size >= 1024 && size < 1024 + 100, "block " + k + " has " + size);
            }
        }
        // Rows of 100 until 78,500, then rows of 10: a block closes at the first row start at least 1,024
        // past its own start, so 71 blocks of 11 rows (1,100, ending at 78,100), one of 1,030 across the
        // layer boundary (4 rows of 100 and 63 of 10), and the last 380 parameters: 73 blocks, 74 cuts.
        assertEquals(74, cuts.length);
        assertEquals(78_100, cuts[71]);
        assertEquals(79_130, cuts[72]);
    }

    @Test
    void aNetworkSmallerThanOneBlockIsOneBlock() {
        Architecture arch = Architecture.classifier(Activation.TANH, 4, 7, 3); // 59 parameters
        int[] cuts = BatchGradient.blocks(arch, 1024);
        assertEquals(2, cuts.length);
        assertEquals(0, cuts[0]);
        assertEquals(59, cuts[1]);
    }
}
