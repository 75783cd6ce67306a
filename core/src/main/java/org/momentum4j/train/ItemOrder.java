package org.momentum4j.train;

import java.util.random.RandomGenerator;
import org.momentum4j.nn.Network;

/**
 * The order items are visited in during an epoch: a Fisher-Yates shuffle of {@code 0 .. n-1} driven by a
 * generator seeded from {@code (seed, epoch)} alone. Any epoch's order can be rebuilt from those two
 * numbers, so a resumed run needs no saved generator state.
 */
public final class ItemOrder {
    private ItemOrder() {
    }

    /** Fills {@code order} with the permutation for that seed and epoch (0-based). */
    public static void shuffle(long seed, int epoch, int[] order) {
        RandomGenerator random = Network.newRandom(derive(seed, epoch));
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /**
     * A seed for stream {@code stream} of {@code seed}: the SplitMix64 finaliser of
     * {@code seed + (stream + 1) * golden-ratio}, so neighbouring streams get unrelated seeds.
     */
    public static long derive(long seed, long stream) {
        long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
