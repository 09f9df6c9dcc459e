package org.massode.nd;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * out ← base + Σⱼ cⱼ·termⱼ over matrices of one shape: the Runge–Kutta stage sums (Yᵢ = y + h·Σ aᵢⱼkⱼ,
 * y' = y + h·Σ bᵢkᵢ) and their reverse-mode counterparts. Each ND4J element-wise op on [200, 784] floats cost
 * 0.1–0.4 ms inside the solver loop here (a dispatch plus waking the OpenMP team), against ≈ 1 ms for the step's
 * N×N gemm; for dense float matrices this is one row pass in plain Java over all the terms (see
 * {@link DirectFloats}), otherwise ND4J's assign and BLAS axpy.
 */
public final class LinearCombination {
    private LinearCombination() {
    }

    /** out ← src. */
    public static void copy(INDArray src, INDArray out) {
        into(out, src, new double[0], new INDArray[0]);
    }

    /**
     * out ← base + Σⱼ coef[j]·terms[j] (base null means 0; terms with coefficient 0 are skipped and may be null).
     * out may be the same array as base; it must not be one of the terms with a non-zero coefficient.
     */
    public static void into(INDArray out, INDArray base, double[] coef, INDArray[] terms) {
        apply(out, null, base, null, coef, terms, false);
    }

    /**
     * {@link #into} that in the same pass also copies base into {@code baseCopy} and out into {@code outCopy} (each
     * may be null; what a solver step records for reverse mode) and, when {@code checkFinite}, reports whether every
     * element of out is finite (otherwise returns true). One sweep over memory instead of up to four.
     */
    public static boolean apply(INDArray out, INDArray outCopy, INDArray base, INDArray baseCopy, double[] coef,
                                INDArray[] terms, boolean checkFinite) {
        int used = 0;
        for (int j = 0; j < coef.length; j++) {
            if (coef[j] != 0) used++;
        }
        INDArray[] t = new INDArray[used];
        float[] c = new float[used];
        int k = 0;
        boolean dense = sameDense(out, out) && (base == null || sameDense(base, out))
                && (outCopy == null || sameDense(outCopy, out)) && (baseCopy == null || sameDense(baseCopy, out));
        for (int j = 0; j < coef.length; j++) {
            if (coef[j] == 0) continue;
            t[k] = terms[j];
            c[k++] = (float) coef[j];
            dense &= sameDense(terms[j], out);
        }
        if (!dense) {
            if (baseCopy != null) baseCopy.assign(base);
            viaNd4j(out, base, coef, terms);
            if (outCopy != null) outCopy.assign(out);
            return !checkFinite || FloatReductions.allFinite(out);
        }
        return rows(DirectFloats.of(out), orNull(outCopy), orNull(base), orNull(baseCopy), c, direct(t),
                (int) out.rows(), (int) out.columns(), checkFinite);
    }

    private static boolean sameDense(INDArray a, INDArray like) {
        return DirectFloats.dense(a) && a.rows() == like.rows() && a.columns() == like.columns();
    }

    private static DirectFloats orNull(INDArray a) {
        return a == null ? null : DirectFloats.of(a);
    }

    private static DirectFloats[] direct(INDArray[] t) {
        DirectFloats[] d = new DirectFloats[t.length];
        for (int j = 0; j < t.length; j++) d[j] = DirectFloats.of(t[j]);
        return d;
    }

    private static boolean rows(DirectFloats out, DirectFloats outCopy, DirectFloats base, DirectFloats baseCopy,
                                float[] c, DirectFloats[] t, int rows, int n, boolean checkFinite) {
        double bad = ParallelRanges.runRows(rows, n * (t.length + 4), (from, to) -> {
            float[][] buf = RowScratch.rows(3, n);
            float[] acc = buf[0];
            float[] term = buf[1];
            float[] lanes = buf[2];
            FiniteLanes.clear(lanes, n);
            for (int r = from; r < to; r++) {
                int off = r * n;
                if (base != null) {
                    base.read(off, acc, n);
                    if (baseCopy != null) baseCopy.write(off, acc, n);
                } else {
                    java.util.Arrays.fill(acc, 0, n, 0f);
                }
                for (int j = 0; j < t.length; j++) {
                    t[j].read(off, term, n);
                    float cj = c[j];
                    for (int i = 0; i < n; i++) acc[i] += cj * term[i];
                }
                out.write(off, acc, n);
                if (outCopy != null) outCopy.write(off, acc, n);
                if (checkFinite) FiniteLanes.add(lanes, acc, n);
            }
            return FiniteLanes.allFinite(lanes, n) ? 0 : 1;
        });
        return bad == 0;
    }

    private static void viaNd4j(INDArray out, INDArray base, double[] coef, INDArray[] terms) {
        if (base == null) {
            out.assign(0);
        } else if (base != out) {
            out.assign(base);
        }
        for (int j = 0; j < coef.length; j++) {
            if (coef[j] != 0) Nd4j.getBlasWrapper().level1().axpy(out.length(), coef[j], terms[j], out);
        }
    }
}
