package org.massode.dynamics;

import org.massode.nd.DirectFloats;
import org.massode.nd.FiniteLanes;
import org.massode.nd.ParallelRanges;
import org.massode.nd.RowScratch;

/**
 * Row-by-row fused passes for a tanh layer on float matrices [rows, n] in native memory: each row is copied into a
 * per-thread float[] (a bulk copy), transformed by a loop the JIT vectorizes, and copied back — one sweep instead
 * of one ND4J op (a dispatch plus a full sweep) per element-wise operation. Rows are split across the cores.
 */
final class TanhRows {
    /** The work on one row at element offset {@code off}, with two per-thread row buffers of at least n floats. */
    private interface RowOp {
        void apply(int off, float[] r0, float[] r1);
    }

    private TanhRows() {
    }

    /** z ← tanh(z + b) row by row, also written to {@code copy} when it is not null. */
    static void biasTanh(DirectFloats z, DirectFloats copy, float[] bias, int rows, int n) {
        eachRow(rows, n, (off, row, unused) -> {
            z.read(off, row, n);
            FastTanh.biasTanh(row, bias, n);
            z.write(off, row, n);
            if (copy != null) copy.write(off, row, n);
        });
    }

    /**
     * An Euler step of dy/dt = tanh(z + b) where {@code out} holds z = W·y on entry: h = tanh(z + b) goes to
     * {@code cache}, out ← y + dt·h, and y to {@code yCopy} when not null. Returns whether every element of out is
     * finite.
     */
    static boolean biasTanhEuler(DirectFloats out, DirectFloats y, DirectFloats cache, DirectFloats yCopy,
                                 float[] bias, float dt, int rows, int n) {
        double bad = ParallelRanges.runRows(rows, n, (from, to) -> {
            float[][] buf = RowScratch.rows(3, n);
            float[] z = buf[0];
            float[] yr = buf[1];
            float[] lanes = buf[2];
            FiniteLanes.clear(lanes, n);
            for (int r = from; r < to; r++) {
                int off = r * n;
                out.read(off, z, n);
                y.read(off, yr, n);
                FastTanh.biasTanh(z, bias, n);
                cache.write(off, z, n);
                if (yCopy != null) yCopy.write(off, yr, n);
                for (int j = 0; j < n; j++) z[j] = yr[j] + dt * z[j];
                FiniteLanes.add(lanes, z, n);
                out.write(off, z, n);
            }
            return FiniteLanes.allFinite(lanes, n) ? 0 : 1;
        });
        return bad == 0;
    }

    /** out ← α·a ⊙ (1 − h²): the (scaled) cotangent of the pre-activation of h = tanh(·). */
    static void tanhCotangent(DirectFloats a, DirectFloats h, DirectFloats out, float alpha, int rows, int n) {
        eachRow(rows, n, (off, ra, rh) -> {
            a.read(off, ra, n);
            h.read(off, rh, n);
            for (int j = 0; j < n; j++) ra[j] *= alpha * (1f - rh[j] * rh[j]);
            out.write(off, ra, n);
        });
    }

    /** z ← σ(z) row by row. */
    static void sigmoid(DirectFloats z, int rows, int n) {
        eachRow(rows, n, (off, row, unused) -> {
            z.read(off, row, n);
            FastTanh.sigmoid(row, n);
            z.write(off, row, n);
        });
    }

    private static void eachRow(int rows, int n, RowOp op) {
        ParallelRanges.runRows(rows, n, (from, to) -> {
            float[][] buf = RowScratch.rows(2, n);
            for (int r = from; r < to; r++) op.apply(r * n, buf[0], buf[1]);
            return 0;
        });
    }
}
