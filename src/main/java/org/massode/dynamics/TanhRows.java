package org.massode.dynamics;

import org.massode.nd.DirectFloats;
import org.massode.nd.ParallelRanges;

/**
 * Row-by-row fused passes for a tanh layer on float matrices [rows, n] in native memory: each row is copied into a
 * per-thread float[] (a bulk copy), transformed by a loop the JIT vectorizes, and copied back — one sweep instead
 * of one ND4J op (a dispatch plus a full sweep) per element-wise operation. Rows are split across the cores.
 */
final class TanhRows {
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[2][0]);

    /** The work on one row at element offset {@code off}, with two per-thread row buffers of at least n floats. */
    private interface RowOp {
        void apply(int off, float[] r0, float[] r1);
    }

    private TanhRows() {
    }

    /** z ← tanh(z + b) row by row, also written to {@code copy} when it is not null. */
    static void biasTanh(DirectFloats z, DirectFloats copy, float[] bias, int rows, int n) {
        eachRow(rows, n, (off, row, unused) -> {
            z.buf.get(z.base + off, row, 0, n);
            FastTanh.biasTanh(row, bias, n);
            z.buf.put(z.base + off, row, 0, n);
            if (copy != null) copy.buf.put(copy.base + off, row, 0, n);
        });
    }

    /** out ← a ⊙ (1 − h²): the cotangent of the pre-activation of h = tanh(·). */
    static void tanhCotangent(DirectFloats a, DirectFloats h, DirectFloats out, int rows, int n) {
        eachRow(rows, n, (off, ra, rh) -> {
            a.buf.get(a.base + off, ra, 0, n);
            h.buf.get(h.base + off, rh, 0, n);
            for (int j = 0; j < n; j++) ra[j] *= 1f - rh[j] * rh[j];
            out.buf.put(out.base + off, ra, 0, n);
        });
    }

    /** z ← σ(z) row by row. */
    static void sigmoid(DirectFloats z, int rows, int n) {
        eachRow(rows, n, (off, row, unused) -> {
            z.buf.get(z.base + off, row, 0, n);
            FastTanh.sigmoid(row, n);
            z.buf.put(z.base + off, row, 0, n);
        });
    }

    private static void eachRow(int rows, int n, RowOp op) {
        ParallelRanges.runRows(rows, n, (from, to) -> {
            float[][] buf = ROWS.get();
            if (buf[0].length < n) {
                buf[0] = new float[n];
                buf[1] = new float[n];
            }
            for (int r = from; r < to; r++) op.apply(r * n, buf[0], buf[1]);
            return 0;
        });
    }
}
