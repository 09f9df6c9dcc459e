package org.massode.memory;

import java.util.Random;

/**
 * How a cue is made from a stored pattern: a fraction p of the units, chosen at random without replacement, is
 * flipped (0 ↔ 1, or ±1 → ∓1) or erased (set to 0, the "unknown" value in both alphabets).
 */
public record Corruption(Kind kind, double fraction) {

    /** Flip or erase. */
    public enum Kind { FLIP, ERASE }

    public Corruption {
        if (kind == null) throw new IllegalArgumentException("corruption kind must be flip or erase");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("corrupted fraction (--flip/--erase) must be in [0, 1], got " + fraction);
        }
    }

    public static Corruption none() {
        return new Corruption(Kind.FLIP, 0);
    }

    /** A corrupted copy of {@code pattern}; {@code bipolar} selects the ±1 flip rule, else 0 ↔ 1. */
    public double[] apply(double[] pattern, boolean bipolar, Random rng) {
        double[] c = pattern.clone();
        int m = (int) Math.round(fraction * c.length);
        int[] idx = Patterns.permutation(c.length, rng);
        for (int k = 0; k < m; k++) {
            int i = idx[k];
            if (kind == Kind.ERASE) c[i] = 0;
            else c[i] = bipolar ? -c[i] : 1 - c[i];
        }
        return c;
    }
}
