package org.massode.data.text;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys (≥ 0) to {@code int} counts, used to count the millions of distinct
 * bigrams of IMDB without boxing ({@code HashMap<Long, Integer>} would need several times the memory and time).
 */
final class LongIntMap {
    private static final long EMPTY = -1;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** Adds {@code delta} to the value of {@code key} (absent keys start at 0). */
    void add(long key, int delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
            values[i] = delta;
            if (size * 2 > keys.length) grow();
        } else {
            values[i] += delta;
        }
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int i = slot(key);
        return keys[i] == EMPTY ? missing : values[i];
    }

    /** Calls {@code f} for every entry. */
    void forEach(Entry f) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) f.accept(keys[i], values[i]);
    }

    interface Entry {
        void accept(long key, int value);
    }

    private int slot(long key) {
        if (key < 0) throw new IllegalArgumentException("keys must be ≥ 0");
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < k.length; i++) if (k[i] != EMPTY) add(k[i], v[i]);
    }
}
