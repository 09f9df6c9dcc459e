package org.massode.dynamics;

/**
 * Row-by-row fused passes for a tanh layer on float matrices [rows, n] in native memory: each row is copied into a
 * per-thread float[] (a bulk copy), transformed by a loop the JIT vectorizes, and copied back — one sweep instead
 * of one ND4J op (a dispatch plus a full sweep) per element-wise operation. Rows are split across the cores.
 */
final class TanhRows {
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[2][0]);

    private TanhRows() {
    }

    private static float[][] rows(int n) {
        float[][] r = ROWS.get();
        if (r[0].length < n) {
            r[0] = new float[n];
            r[1] = new float[n];
        }
        return r;
    }

    /** z ← tanh(z + b) row by row, also written to {@code copy} when it is not null. */
    static void biasTanh(DirectFloats z, DirectFloats copy, float[] bias, int rows, int n) {
        ParallelRanges.run(rows, ParallelRanges.MIN_BLOCK / n, (from, to) -> {
            float[] row = rows(n)[0];
            for (int r = from; r < to; r++) {
                int off = r * n;
                z.buf.get(z.base + off, row, 0, n);
                FastTanh.biasTanh(row, bias, n);
                z.buf.put(z.base + off, row, 0, n);
                if (copy != null) copy.buf.put(copy.base + off, row, 0, n);
            }
            return 0;
        });
    }

    /** out ← a ⊙ (1 − h²): the cotangent of the pre-activation of h = tanh(·). */
    static void tanhCotangent(DirectFloats a, DirectFloats h, DirectFloats out, int rows, int n) {
        ParallelRanges.run(rows, ParallelRanges.MIN_BLOCK / n, (from, to) -> {
            float[][] buf = rows(n);
            float[] ra = buf[0];
            float[] rh = buf[1];
            for (int r = from; r < to; r++) {
                int off = r * n;
                a.buf.get(a.base + off, ra, 0, n);
                h.buf.get(h.base + off, rh, 0, n);
                for (int j = 0; j < n; j++) ra[j] *= 1f - rh[j] * rh[j];
                out.buf.put(out.base + off, ra, 0, n);
            }
            return 0;
        });
    }

    /** z ← σ(z) row by row. */
    static void sigmoid(DirectFloats z, int rows, int n) {
        ParallelRanges.run(rows, ParallelRanges.MIN_BLOCK / n, (from, to) -> {
            float[] row = rows(n)[0];
            for (int r = from; r < to; r++) {
                int off = r * n;
                z.buf.get(z.base + off, row, 0, n);
                FastTanh.sigmoid(row, n);
                z.buf.put(z.base + off, row, 0, n);
            }
            return 0;
        });
    }
}
