package org.massode.memory;

import java.util.Random;

/**
 * Binary memory patterns: random generation and the validation every construction relies on. Two alphabets are
 * used: {0, 1} (active/silent units of the firing-rate model) and {−1, +1} (spins of the Hopfield models).
 */
public final class Patterns {
    private Patterns() {
    }

    /** {@code count} patterns of length n in {0, 1}, each with exactly {@code active} ones at random positions. */
    public static double[][] sparse(int count, int n, int active, Random rng) {
        if (count <= 0) throw new IllegalArgumentException("pattern count must be > 0, got " + count);
        if (active <= 0 || active >= n) {
            throw new IllegalArgumentException("active units per pattern must be in [1, " + (n - 1) + "], got " + active);
        }
        double[][] p = new double[count][n];
        for (double[] row : p) {
            int[] idx = permutation(n, rng);
            for (int k = 0; k < active; k++) row[idx[k]] = 1;
        }
        return p;
    }

    /** {@code count} patterns of length n with independent fair ±1 entries. */
    public static double[][] bipolar(int count, int n, Random rng) {
        if (count <= 0) throw new IllegalArgumentException("pattern count must be > 0, got " + count);
        if (n <= 0) throw new IllegalArgumentException("pattern length must be > 0, got " + n);
        double[][] p = new double[count][n];
        for (double[] row : p) {
            for (int i = 0; i < n; i++) row[i] = rng.nextBoolean() ? 1 : -1;
        }
        return p;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    static int[] permutation(int n, Random rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /** Checks that every pattern has length n and entries in {0, 1}; the error names pattern, index and value. */
    public static void requireZeroOne(double[][] p, int n) {
        requireAlphabet(p, n, 0, 1);
    }

    /** Checks that every pattern has length n and entries in {−1, +1}. */
    public static void requireBipolar(double[][] p, int n) {
        requireAlphabet(p, n, -1, 1);
    }

    private static void requireAlphabet(double[][] p, int n, double lo, double hi) {
        if (p == null || p.length == 0) throw new IllegalArgumentException("at least one pattern is required");
        for (int mu = 0; mu < p.length; mu++) {
            if (p[mu] == null || p[mu].length != n) {
                throw new IllegalArgumentException("pattern " + mu + ": expected length " + n + " but got "
                        + (p[mu] == null ? "null" : p[mu].length));
            }
            for (int i = 0; i < n; i++) {
                double v = p[mu][i];
                if (v != lo && v != hi) {
                    throw new IllegalArgumentException("pattern " + mu + ", unit " + i + ": expected a binary value in {"
                            + fmt(lo) + ", " + fmt(hi) + "} but got " + v);
                }
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Number of ones of a {0, 1} pattern. */
    public static int active(double[] p) {
        int k = 0;
        for (double v : p) if (v != 0) k++;
        return k;
    }
}
