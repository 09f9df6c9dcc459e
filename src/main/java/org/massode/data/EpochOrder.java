package org.massode.data;

import java.util.Random;

/**
 * The example order of one epoch: identity without shuffling, else a Fisher–Yates permutation drawn from
 * {@code Random(seed·1_000_003 + epoch)} — a function of (seed, epoch) only, so runs with the same seed see the same
 * batches regardless of what else consumed random numbers.
 */
public final class EpochOrder {
    private EpochOrder() {
    }

    public static int[] of(int n, boolean shuffle, long seed, int epoch) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        if (!shuffle) return p;
        Random r = new Random(seed * 1_000_003L + epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
