package org.massode.dynamics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A state [x; u] stacked along the batch axis, [2B, N]: the B dynamic rows x on top, B constant input rows u
 * below. Systems driven by a per-sample input keep u in the state (du/dt = 0) so that the engine's backward pass
 * returns ∂L/∂u as the lower half of ∂L/∂state(0) in every gradient mode, with no change to the engine. Rows rather
 * than columns are stacked because both halves are then contiguous (the same reason as in WilsonCowanSystem).
 */
public final class RowStack {
    private RowStack() {
    }

    /** [x; u], ([B, N], [B, N]) → [2B, N]. */
    public static INDArray stack(INDArray x, INDArray u) {
        if (x.rank() != 2 || u.rank() != 2 || x.rows() != u.rows() || x.columns() != u.columns()) {
            throw new IllegalArgumentException("state and input must have the same shape [batch, n], got "
                    + java.util.Arrays.toString(x.shape()) + " and " + java.util.Arrays.toString(u.shape()));
        }
        return Nd4j.concat(0, x, u);
    }

    /** The dynamic half (rows 0..B−1), as a view. */
    public static INDArray top(INDArray s) {
        return s.get(NDArrayIndex.interval(0, s.rows() / 2), NDArrayIndex.all());
    }

    /** The input half (rows B..2B−1), as a view. */
    public static INDArray bottom(INDArray s) {
        return s.get(NDArrayIndex.interval(s.rows() / 2, s.rows()), NDArrayIndex.all());
    }

    static void checkEven(INDArray s, String system) {
        if (s.rows() % 2 != 0) {
            throw new IllegalArgumentException(system + ": the state must stack x and the input u along rows ([2B, N]),"
                    + " got " + s.rows() + " rows");
        }
    }
}
