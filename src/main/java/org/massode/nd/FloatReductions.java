package org.massode.nd;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reductions over dense float matrices in plain Java. ND4J's {@code sumNumber()} and {@code sum(0)} cost 0.15–0.4 ms
 * on a [200, 784] float matrix here (a dispatch, a single-threaded reduction and, for {@code sum(0)}, a new array),
 * as much as 10–20 % of an N×N gemm; these loops take tens of microseconds. Callers fall back to ND4J for anything
 * {@link DirectFloats#dense} rejects (double precision, views with gaps).
 */
public final class FloatReductions {
    private FloatReductions() {
    }

    /**
     * True when every element of {@code a} is finite. For a dense float matrix this is a pass of eight independent
     * partial sums of x·0 (0 for a finite x, NaN for ±Inf and NaN); otherwise ND4J's sum, which is NaN/Inf as soon
     * as one element is.
     */
    public static boolean allFinite(INDArray a) {
        if (!DirectFloats.dense(a)) return Double.isFinite(a.sumNumber().doubleValue());
        DirectFloats d = DirectFloats.of(a);
        int rows = (int) a.rows();
        int n = (int) a.columns();
        double bad = ParallelRanges.runRows(rows, n, (from, to) -> {
            float[] row = RowScratch.rows(1, n)[0];
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int r = from; r < to; r++) {
                d.read(r * n, row, n);
                int j = 0;
                for (; j + 8 <= n; j += 8) {
                    s0 += row[j] * 0f;
                    s1 += row[j + 1] * 0f;
                    s2 += row[j + 2] * 0f;
                    s3 += row[j + 3] * 0f;
                    s4 += row[j + 4] * 0f;
                    s5 += row[j + 5] * 0f;
                    s6 += row[j + 6] * 0f;
                    s7 += row[j + 7] * 0f;
                }
                for (; j < n; j++) s0 += row[j] * 0f;
            }
            return (s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7) == 0 ? 0 : 1;
        });
        return bad == 0;
    }

    /**
     * target ← target + Σᵣ z[r, ·], the column sums of z [rows, n] added to a length-n target (a bias gradient).
     * The target may be a [1, n] or [n] view of a flat parameter gradient.
     */
    public static void addColumnSums(INDArray z, INDArray target) {
        long n = z.columns();
        if (target.length() != n) {
            throw new IllegalArgumentException("column sums of " + java.util.Arrays.toString(z.shape())
                    + " need a target of length " + n + ", got " + java.util.Arrays.toString(target.shape()));
        }
        INDArray t2 = target.rank() == 2 ? target : target.reshape(1, n);
        if (!DirectFloats.dense(z) || !DirectFloats.dense(t2)) {
            target.addi(z.sum(0).reshape(target.shape()));
            return;
        }
        DirectFloats zd = DirectFloats.of(z);
        DirectFloats td = DirectFloats.of(t2);
        int cols = (int) n;
        int rows = (int) z.rows();
        float[] acc = new float[cols];
        float[] row = RowScratch.rows(1, cols)[0];
        td.read(0, acc, cols);
        for (int r = 0; r < rows; r++) {
            zd.read(r * cols, row, cols);
            for (int j = 0; j < cols; j++) acc[j] += row[j];
        }
        td.write(0, acc, cols);
    }
}
