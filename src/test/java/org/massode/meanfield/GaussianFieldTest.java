package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GaussianFieldTest {
    /** C(t, s) = 0.3 + exp(−|t − s|) on 41 points of [0, 2]: positive definite, with a non-zero mean level. */
    private static INDArray kernel(int n, double dt) {
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = 0.3 + Math.exp(-Math.abs(i - j) * dt);
            }
        }
        return Nd4j.createFromArray(c);
    }

    @Test
    void choleskyMatchesCommonsMath() {
        INDArray k = kernel(41, 0.05);
        JitteredCholesky chol = JitteredCholesky.factor(k, 0);
        RealMatrix ref = new CholeskyDecomposition(new Array2DRowRealMatrix(k.toDoubleMatrix())).getL();
        double[][] l = chol.lower().toDoubleMatrix();
        for (int i = 0; i < 41; i++) {
            for (int j = 0; j < 41; j++) {
                assertEquals(ref.getEntry(i, j), l[i][j], 1e-10);
            }
        }
        assertEquals(0, chol.jitter());
    }

    @Test
    void singularCovarianceIsFactoredWithASmallJitter() {
        double[] v = {1, 2, 3, 4};
        INDArray rank1 = Nd4j.createFromArray(v).reshape(4, 1);
        INDArray k = rank1.mmul(rank1.transpose()); // rank one, semi-definite
        JitteredCholesky chol = JitteredCholesky.factor(k, 1e-10);
        assertTrue(chol.jitter() > 0 && chol.jitter() <= JitteredCholesky.MAX_RELATIVE_JITTER * 7.5);
        INDArray back = chol.lower().mmul(chol.lower().transpose());
        assertTrue(MeanFieldSolver.supDistance(back, k) <= 2 * chol.jitter());
    }

    @Test
    void sampledFieldHasTheRequestedMeanAndCovariance() {
        int n = 41;
        INDArray c = kernel(n, 0.05);
        INDArray m = Nd4j.linspace(DataType.DOUBLE, 0.2, 0.8, n);
        double j = -2;
        double sigma = 1.5;
        int paths = 40_000;
        INDArray eta = GaussianFieldSampler.sample(m, c, j, sigma, paths, 1e-10,
                Nd4j.getRandomFactory().getNewRandomInstance(3)).field();
        INDArray empiricalMean = eta.mean(1);
        INDArray centred = eta.subColumnVector(empiricalMean.reshape(n, 1));
        INDArray empiricalCov = centred.mmul(centred.transpose()).divi(paths - 1);
        // variance of η is σ²·(0.3 + 1) = 2.925: standard error of the mean ≈ 1.71/200, of a covariance ≈ 2.9·√2/200
        assertTrue(MeanFieldSolver.supDistance(empiricalMean, m.mul(j)) < 5 * 1.71 / 200);
        assertTrue(MeanFieldSolver.supDistance(empiricalCov, c.mul(sigma * sigma)) < 5 * 2.925 * Math.sqrt(2) / 200);
    }
}
