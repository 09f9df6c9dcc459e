package org.massode.nd;

/**
 * Per-thread float[] rows for the row-pass kernels ({@link LinearCombination}, {@link FloatReductions} and the
 * dynamics' fused passes): a row is bulk-copied from native memory into one of these, transformed by a loop the JIT
 * vectorizes, and copied back. One pool per thread serves every kernel, since no kernel runs another inside its
 * row loop.
 */
public final class RowScratch {
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[0][0]);

    private RowScratch() {
    }

    /** At least {@code count} rows of at least {@code n} floats each, owned by the calling thread. */
    public static float[][] rows(int count, int n) {
        float[][] r = ROWS.get();
        if (r.length < count || r[0].length < n) {
            int len = Math.max(n, r.length == 0 ? 0 : r[0].length);
            r = new float[Math.max(count, r.length)][len];
            ROWS.set(r);
        }
        return r;
    }
}
