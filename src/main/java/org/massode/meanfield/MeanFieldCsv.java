package org.massode.meanfield;

import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;

/** CSV renderings of solver and network results (plain text; the caller writes them atomically). */
public final class MeanFieldCsv {
    private MeanFieldCsv() {
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.7g", v);
    }

    /** Columns t, m(t), C(t, t), C(t, 0) on every {@code stride}-th grid point. */
    public static String moments(MeanFieldSolution s, int stride) {
        checkStride(stride);
        double[] m = s.meanValues();
        double[] v = s.variance();
        double[] c0 = s.covarianceWithStart();
        StringBuilder b = new StringBuilder("t,m,C_tt,C_t0\n");
        for (int k = 0; k < m.length; k += stride) {
            b.append(num(s.grid().time(k))).append(',').append(num(m[k])).append(',').append(num(v[k])).append(',')
                    .append(num(c0[k])).append('\n');
        }
        return b.toString();
    }

    /**
     * C(t_i, t_j) on every {@code stride}-th grid point: a header row of times, then one row per t_i starting with
     * t_i (stride 1 writes the whole (T+1)×(T+1) matrix).
     */
    public static String covariance(INDArray c, TimeGrid grid, int stride) {
        checkStride(stride);
        StringBuilder b = new StringBuilder("t\\s");
        for (int j = 0; j < grid.points(); j += stride) {
            b.append(',').append(num(grid.time(j)));
        }
        b.append('\n');
        for (int i = 0; i < grid.points(); i += stride) {
            b.append(num(grid.time(i)));
            for (int j = 0; j < grid.points(); j += stride) {
                b.append(',').append(num(c.getDouble(i, j)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One row per iteration: residuals, tolerances, standard errors, jitter and seconds. */
    public static String iterations(List<IterationRecord> history) {
        StringBuilder b = new StringBuilder("iteration,sup_dm,sup_dC,tol_m,tol_C,se_m,se_C,jitter_variance,seconds\n");
        for (IterationRecord r : history) {
            b.append(r.iteration()).append(',').append(num(r.meanResidual())).append(',')
                    .append(num(r.covarianceResidual())).append(',').append(num(r.meanTolerance())).append(',')
                    .append(num(r.covarianceTolerance())).append(',').append(num(r.meanStandardError())).append(',')
                    .append(num(r.covarianceStandardError())).append(',').append(num(r.jitterVariance()))
                    .append(',').append(num(r.seconds())).append('\n');
        }
        return b.toString();
    }

    private static void checkStride(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("CSV stride (--csv-stride) must be at least 1, got " + stride);
        }
    }

    /** Columns t, then one column per matrix column (paths or networks), on every {@code stride}-th grid point. */
    public static String series(TimeGrid grid, INDArray columns, String prefix, int stride) {
        checkStride(stride);
        StringBuilder b = new StringBuilder("t");
        for (int j = 0; j < columns.columns(); j++) {
            b.append(',').append(prefix).append(j);
        }
        b.append('\n');
        for (int k = 0; k < grid.points(); k += stride) {
            b.append(num(grid.time(k)));
            for (int j = 0; j < columns.columns(); j++) {
                b.append(',').append(num(columns.getDouble(k, j)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One row per network size. */
    public static String sizes(List<FiniteSizeComparison.SizeDistance> sizes) {
        StringBuilder b = new StringBuilder("N,networks,sup_dm,sup_dm_sem,sup_dC,sup_dC_sem,seconds\n");
        for (FiniteSizeComparison.SizeDistance s : sizes) {
            b.append(s.neurons()).append(',').append(s.networks()).append(',').append(num(s.meanDistance()))
                    .append(',').append(num(s.meanDistanceSem())).append(',').append(num(s.covarianceDistance()))
                    .append(',').append(num(s.covarianceDistanceSem())).append(',').append(num(s.seconds()))
                    .append('\n');
        }
        return b.toString();
    }
}
