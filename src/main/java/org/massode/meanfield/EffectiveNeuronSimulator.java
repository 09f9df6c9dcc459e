package org.massode.meanfield;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Euler–Maruyama for M independent copies of the mean-field neuron driven by given field paths η:
 * <pre>X_{k+1} = X_k + (−X_k + η_k)·dt + λ·√dt·ξ_k,   ξ_k ~ N(0, 1),   X_0 ~ N(μ₀, s₀²)</pre>
 * All increments dt·η_k + λ√dt·ξ_k are formed in two whole-array operations; the recursion then costs one axpy of
 * length M per step (the time loop is inherently sequential, the M paths are not).
 */
public final class EffectiveNeuronSimulator {
    private EffectiveNeuronSimulator() {
    }

    /**
     * @param field η as a (T+1)×M matrix (row k = time t_k); not modified
     * @return X as a (T+1)×M c-order matrix of the field's data type
     */
    public static INDArray simulate(HopfieldModel model, TimeGrid grid, INDArray field, Random rng) {
        int points = grid.points();
        if (field.rows() != points) {
            throw new IllegalArgumentException("field must have " + points + " rows (one per grid point), got "
                    + field.rows());
        }
        int paths = field.columns();
        double dt = grid.dt();
        // row 0 holds the initial state, row k+1 first the increment of step k, then (after the loop) X_{k+1}
        INDArray x = Nd4j.createUninitialized(field.dataType(), points, paths);
        Nd4j.randn(0, 1, x, rng);
        x.getRow(0).muli(model.initialStd()).addi(model.initialMean());
        INDArray increments = x.get(NDArrayIndex.interval(1, points), NDArrayIndex.all());
        increments.muli(model.noise() * Math.sqrt(dt));
        increments.addi(field.get(NDArrayIndex.interval(0, points - 1), NDArrayIndex.all()).mul(dt));
        double decay = 1 - dt; // g(x) = −x
        var blas = Nd4j.getBlasWrapper().level1();
        INDArray previous = x.getRow(0);
        for (int k = 1; k < points; k++) {
            INDArray current = x.getRow(k);
            blas.axpy(paths, decay, previous, current); // X_k = increment + (1 − dt)·X_{k−1}
            previous = current;
        }
        return x;
    }
}
