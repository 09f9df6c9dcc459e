package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The result of a solve: the state at t1, the counters and the accepted time grid t0 = τ₀ < … < τₙ = t1
 * (replaying that grid with {@link SolverConfig.Builder#grid} reproduces the same discrete map).
 */
public record Solution(INDArray y, SolveStats stats, double[] grid) {
}
