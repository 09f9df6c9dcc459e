package org.massode.nd;

/**
 * Finiteness checks inside the row-pass kernels, kept per lane: lanes[i] += v[i]·0 stays 0 while every v is finite
 * and turns NaN after a NaN or ±Inf. A single float accumulator would be a reduction with a fixed order of additions,
 * which C2 does not vectorize: on a [200, 784] float matrix an Euler update with a scalar probe took 0.15 ms against
 * 0.018 ms with the per-lane form (one thread, measured 2026-12-03).
 */
public final class FiniteLanes {
    private FiniteLanes() {
    }

    /** lanes[0, n) ← 0: a fresh probe. */
    public static void clear(float[] lanes, int n) {
        java.util.Arrays.fill(lanes, 0, n, 0f);
    }

    /** Adds v[0, n)·0 to the lanes. */
    public static void add(float[] lanes, float[] v, int n) {
        for (int i = 0; i < n; i++) lanes[i] += v[i] * 0f;
    }

    /** True while every value added since {@link #clear} was finite. */
    public static boolean allFinite(float[] lanes, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) s += lanes[i];
        return s == 0;
    }
}
