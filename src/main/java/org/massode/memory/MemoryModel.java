package org.massode.memory;

import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An associative memory as used by the retrieval and stability experiments: stored patterns, a vector field, the
 * map from cues (pattern-space vectors) to initial states, and the overlap of a final state with a pattern.
 */
public interface MemoryModel {
    /** The CLI name (fr-ei, fr-unbalanced, classic, idp, idp-softmax). */
    String name();

    /** Neurons in the network. */
    int size();

    /** The stored patterns, [P][pattern length]. */
    double[][] patterns();

    /** True for ±1 patterns, false for {0, 1}. */
    boolean bipolar();

    OdeSystem system();

    /** Whether states are {@link org.massode.dynamics.RowStack}s [x; u]. */
    boolean stacked();

    /** Whether the state is a vector of firing rates (kept ≥ 0). */
    boolean rates();

    /** Initial states (rows per sample as the system expects) for cues [B, pattern length]. */
    INDArray initialState(INDArray cues);

    /** Overlap in [−1, 1] of each sample's final state with the given patterns, [B]; non-finite states give 0. */
    double[] overlaps(INDArray finalState, int[] targets);

    /** Equilibrium of pattern μ (x only) with the x-block of its Jacobian and ‖f(x*)‖∞. */
    StabilityAnalysis.Report stability(int mu);
}
