package org.massode.meanfield;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Samples M paths of the interaction field η on the grid, a Gaussian process with
 * <pre>E[η_t] = J·m(t),   Cov(η_t, η_s) = σ²·C(t, s)</pre>
 * as η = J·m·1ᵀ + σ·L·Z with L·Lᵀ = C + ε·I and Z a (T+1)×M matrix of independent N(0, 1): one (T+1)×(T+1)×M gemm.
 */
public final class GaussianFieldSampler {
    private GaussianFieldSampler() {
    }

    /**
     * @param mean       m(t), a vector of T+1 values
     * @param covariance C(t, s), (T+1)×(T+1)
     * @return η as a (T+1)×M c-order DOUBLE matrix, row k = the field at t_k for all M paths
     */
    public static Sample sample(INDArray mean, INDArray covariance, double couplingMean, double couplingStd,
                                int paths, double relativeJitter, Random rng) {
        return sample(mean, covariance, couplingMean, couplingStd, paths, relativeJitter, rng, DataType.DOUBLE);
    }

    /**
     * As {@link #sample(INDArray, INDArray, double, double, int, double, Random)} in the given precision.
     *
     * @param precision  data type of Z and η (FLOAT or DOUBLE); the Cholesky factorization is always DOUBLE
     */
    public static Sample sample(INDArray mean, INDArray covariance, double couplingMean, double couplingStd,
                                int paths, double relativeJitter, Random rng, DataType precision) {
        int points = (int) mean.length();
        INDArray eta;
        double jitter = 0;
        if (couplingStd == 0) {
            eta = Nd4j.zeros(precision, points, paths);
        } else {
            JitteredCholesky chol = JitteredCholesky.factor(covariance, relativeJitter);
            jitter = chol.jitter();
            INDArray z = Nd4j.createUninitialized(precision, points, paths);
            Nd4j.randn(0, 1, z, rng);
            eta = chol.lower().castTo(precision).mmul(z);
            eta.muli(couplingStd);
        }
        if (couplingMean != 0) {
            eta.addiColumnVector(mean.reshape(points, 1).castTo(precision).mul(couplingMean));
        }
        return new Sample(eta, jitter * couplingStd * couplingStd);
    }

    /** The sampled field and the variance ε·σ² the jitter added to it. */
    public record Sample(INDArray field, double addedVariance) {
    }
}
