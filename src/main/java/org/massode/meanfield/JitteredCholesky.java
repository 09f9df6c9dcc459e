package org.massode.meanfield;

import org.nd4j.linalg.api.blas.BlasException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lower Cholesky factor L of a covariance K + ε·I with L·Lᵀ = K + ε·I (LAPACK {@code dpotrf} through ND4J).
 * <p>
 * A Monte Carlo covariance C = F·Fᵀ/M of a smooth process is positive semi-definite but often numerically singular,
 * so a jitter ε = relativeJitter·mean(diag K) is added, multiplied by 10 after each failed factorization up to
 * {@link #MAX_RELATIVE_JITTER}·mean(diag K); beyond that the covariance is reported as not positive definite.
 */
public final class JitteredCholesky {
    /** Largest jitter tried, relative to the mean variance: beyond it the sampled law would visibly change. */
    public static final double MAX_RELATIVE_JITTER = 1e-4;

    private final INDArray lower;
    private final double jitter;

    private JitteredCholesky(INDArray lower, double jitter) {
        this.lower = lower;
        this.jitter = jitter;
    }

    /**
     * Factors {@code covariance} (square, symmetric, not modified).
     *
     * @param relativeJitter first jitter tried, relative to the mean of the diagonal; 0 tries the matrix as is first
     * @throws NotPositiveDefiniteException if no jitter up to {@link #MAX_RELATIVE_JITTER} makes it factorizable, or
     *                                      the matrix holds NaN/∞ or a negative variance
     */
    public static JitteredCholesky factor(INDArray covariance, double relativeJitter) {
        if (covariance.rank() != 2 || covariance.rows() != covariance.columns()) {
            throw new IllegalArgumentException("covariance must be a square matrix, got shape "
                    + java.util.Arrays.toString(covariance.shape()));
        }
        if (!(relativeJitter >= 0) || relativeJitter > MAX_RELATIVE_JITTER) {
            throw new IllegalArgumentException("jitter (--jitter) must be in [0, " + MAX_RELATIVE_JITTER + "], got "
                    + relativeJitter);
        }
        int n = covariance.rows();
        double sum = covariance.sumNumber().doubleValue();
        if (!Double.isFinite(sum)) {
            throw new NotPositiveDefiniteException("covariance holds NaN or infinite entries; cannot factor it");
        }
        INDArray diag = Nd4j.diag(covariance);
        double minVariance = diag.minNumber().doubleValue();
        if (minVariance < 0) {
            throw new NotPositiveDefiniteException("covariance is not positive definite: a variance on its diagonal "
                    + "is negative (" + minVariance + ")");
        }
        double scale = diag.meanNumber().doubleValue();
        if (scale == 0) {
            // zero covariance: the Gaussian field is deterministic, its factor is the zero matrix
            return new JitteredCholesky(Nd4j.zeros(DataType.DOUBLE, n, n), 0);
        }
        double rel = relativeJitter;
        String lastFailure = "";
        while (rel <= MAX_RELATIVE_JITTER * (1 + 1e-12)) {
            double eps = rel * scale;
            INDArray a = covariance.castTo(DataType.DOUBLE).dup('c');
            if (eps > 0) {
                a.addi(Nd4j.eye(n).castTo(DataType.DOUBLE).muli(eps));
            }
            try {
                Nd4j.getBlasWrapper().lapack().potrf(a, true);
                if (!Double.isNaN(a.sumNumber().doubleValue())) {
                    return new JitteredCholesky(a, eps);
                }
                lastFailure = "factor holds NaN";
            } catch (BlasException e) {
                lastFailure = e.getMessage();
            }
            rel = rel == 0 ? 1e-12 : rel * 10;
        }
        throw new NotPositiveDefiniteException("covariance (" + n + "×" + n + ") is not positive definite even with "
                + "jitter " + MAX_RELATIVE_JITTER + "·mean variance = " + (MAX_RELATIVE_JITTER * scale)
                + " added to its diagonal (LAPACK: " + lastFailure + ")");
    }

    /** L, lower triangular, c-order, with L·Lᵀ = K + jitter·I. */
    public INDArray lower() {
        return lower;
    }

    /** The absolute jitter ε that was added to the diagonal. */
    public double jitter() {
        return jitter;
    }
}
