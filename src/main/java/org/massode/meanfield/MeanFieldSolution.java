package org.massode.meanfield;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The self-consistent (m, C) on the grid, with the history of the iteration that produced it.
 *
 * @param mean         m(t_k) = E[f(X_{t_k})], T+1 values
 * @param covariance   C(t_k, t_l) = E[f(X_{t_k})·f(X_{t_l})], (T+1)×(T+1)
 * @param trajectories a few paths X(t) of the last iteration, (T+1)×K
 * @param iterations   the number of fixed-point maps applied
 * @param converged    whether the stopping rule was met within the iteration budget
 */
public record MeanFieldSolution(HopfieldModel model, TimeGrid grid, INDArray mean, INDArray covariance,
                                INDArray trajectories, List<IterationRecord> history, int iterations,
                                boolean converged, double seconds) {
    public double[] meanValues() {
        return mean.toDoubleVector();
    }

    /** C(t, t), the diagonal. */
    public double[] variance() {
        double[] v = new double[grid.points()];
        for (int k = 0; k < v.length; k++) {
            v[k] = covariance.getDouble(k, k);
        }
        return v;
    }

    /** C(t, 0), the first column. */
    public double[] covarianceWithStart() {
        return covariance.getColumn(0).toDoubleVector();
    }
}
