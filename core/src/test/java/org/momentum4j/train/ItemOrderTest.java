package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemOrderTest {

    @Test
    void everyEpochIsAPermutation() {
        int[] identity = new int[50];
        Arrays.setAll(identity, i -> i);
        for (int epoch = 0; epoch < 20; epoch++) {
            int[] order = new int[50];
            ItemOrder.shuffle(42, epoch, order);
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            assertArrayEquals(identity, sorted, "epoch " + epoch + " visits every item exactly once");
        }
    }

    @Test
    void theOrderDependsOnlyOnSeedAndEpoch() {
        int[] a = new int[50];
        int[] b = new int[50];
        Arrays.fill(b, -7);                        // whatever the array held before does not matter
        ItemOrder.shuffle(42, 3, a);
        ItemOrder.shuffle(42, 3, b);
        assertArrayEquals(a, b);
    }

    @Test
    void differentEpochsAndSeedsGiveDifferentOrders() {
        int[] epoch0 = new int[50];
        int[] epoch1 = new int[50];
        int[] otherSeed = new int[50];
        ItemOrder.shuffle(42, 0, epoch0);
        ItemOrder.shuffle(42, 1, epoch1);
        ItemOrder.shuffle(43, 0, otherSeed);
        assertFalse(Arrays.equals(epoch0, epoch1));
        assertFalse(Arrays.equals(epoch0, otherSeed));
    }

    @Test
    void allOrdersOfThreeItemsAreEquallyLikely() {
        // A correct Fisher-Yates shuffle gives each of the 3! = 6 orders with probability 1/6. Common slips
        // do not: nextInt(i) instead of nextInt(i + 1) (Sattolo's algorithm) never leaves an item in place
        // and gives only the 2 cyclic orders; swapping with any of the n indices gives 27 equally likely
        // paths onto 6 orders, so some orders get 4/27 and others 5/27 (expected 8889 and 11111 here).
        // Over 60000 seeds a correct shuffle gives each order 10000 times on average, with standard
        // deviation sqrt(60000 * 1/6 * 5/6) = 91; [9500, 10500] is 5.5 standard deviations either way.
        Map<String, Integer> counts = new HashMap<>();
        int[] order = new int[3];
        for (long seed = 0; seed < 60000; seed++) {
            ItemOrder.shuffle(seed, 0, order);
            counts.merge(Arrays.toString(order), 1, Integer::sum);
        }
        assertEquals(6, counts.size(), counts.toString());
        for (int count : counts.values()) {
            assertTrue(count >= 9500 && count <= 10500, counts.toString());
        }
    }

    @Test
    void emptyAndSingleItemOrders() {
        ItemOrder.shuffle(1, 0, new int[0]);
        int[] one = {5};
        ItemOrder.shuffle(1, 0, one);
        assertArrayEquals(new int[] {0}, one);
    }

    @Test
    void derivedSeedsDifferBetweenStreamsAndSeeds() {
        // SplitMix64's finaliser is a bijection, so distinct inputs seed + (stream + 1) * golden give distinct outputs.
        assertNotEquals(ItemOrder.derive(1, 0), ItemOrder.derive(1, 1));
        assertNotEquals(ItemOrder.derive(1, 0), ItemOrder.derive(2, 0));
        assertEquals(ItemOrder.derive(1, 5), ItemOrder.derive(1, 5));
    }
}
