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
     * True when every element of {@code a} is finite. For a dense float matrix this is a pass of per-lane sums of x·0
     * ({@link FiniteLanes}: 0 for a finite x, NaN for ±Inf and NaN); otherwise ND4J's sum, which is NaN/Inf as soon
     * as one element is.
     */
    public static boolean allFinite(INDArray a) {
        if (!DirectFloats.dense(a)) return Double.isFinite(a.sumNumber().doubleValue());
        DirectFloats d = DirectFloats.of(a);
        int rows = (int) a.rows();
        int n = (int) a.columns();
        double bad = ParallelRanges.runRows(rows, n, (from, to) -> {
            float[][] buf = RowScratch.rows(2, n);
            float[] row = buf[0];
            float[] lanes = buf[1];
            FiniteLanes.clear(lanes, n);
            for (int r = from; r < to; r++) {
                d.read(r * n, row, n);
                FiniteLanes.add(lanes, row, n);
            }
            return FiniteLanes.allFinite(lanes, n) ? 0 : 1;
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
