package org.massode.meanfield;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Empirical moments of rates F = f(X) over M paths (or N neurons):
 * <pre>m(t_k) = (1/M)·Σ_p F_kp,   C(t_k, t_l) = (1/M)·Σ_p F_kp·F_lp = (F·Fᵀ/M)_kl</pre>
 * together with their largest Monte Carlo standard errors, sup_t sd(F_t)/√M and sup_{t,s} sd(F_t·F_s)/√M; the
 * latter is evaluated on a sub-grid of at most {@value #ERROR_GRID} points (the error surface is smooth in t and s,
 * and the full grid would cost another (T+1)²·M gemm).
 *
 * @param mean                   m, a vector of T+1 values
 * @param covariance             C, (T+1)×(T+1) (a second moment: f(X) is not centred, as in the field's covariance)
 * @param meanStandardError      largest standard error of m
 * @param covarianceStandardError largest standard error of C
 */
public record FieldStatistics(INDArray mean, INDArray covariance, double meanStandardError,
                              double covarianceStandardError) {
    static final int ERROR_GRID = 101;

    /** Estimates the moments from rates F, a (T+1)×M matrix whose columns are independent samples. */
    public static FieldStatistics estimate(INDArray rates) {
        int points = rates.rows();
        long samples = rates.columns();
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 samples to estimate moments, got " + samples);
        }
        // the gemm runs in the rates' precision (FLOAT halves its cost); the moments are returned as DOUBLE
        INDArray f = rates;
        INDArray mean = f.mean(1).castTo(DataType.DOUBLE);
        if (!Double.isFinite(mean.sumNumber().doubleValue())) {
            throw new IllegalStateException("the rates f(X) contain NaN or infinite values: the simulation diverged");
        }
        INDArray covariance = f.mmul(f.transpose()).castTo(DataType.DOUBLE).divi(samples);
        double seMean = f.std(true, 1).maxNumber().doubleValue() / Math.sqrt(samples);
        int stride = Math.max(1, (points + ERROR_GRID - 2) / (ERROR_GRID - 1));
        INDArray sub = f.get(NDArrayIndex.interval(0, stride, points), NDArrayIndex.all()).castTo(DataType.DOUBLE)
                .dup('c');
        INDArray subCov = sub.mmul(sub.transpose()).divi(samples);
        INDArray sq = sub.mul(sub);
        INDArray fourth = sq.mmul(sq.transpose()).divi(samples);
        INDArray variance = fourth.subi(subCov.muli(subCov)).muli((double) samples / (samples - 1));
        double seCov = Math.sqrt(Math.max(0, Transforms.relu(variance, false).maxNumber().doubleValue()) / samples);
        return new FieldStatistics(mean, covariance, seMean, seCov);
    }
}
