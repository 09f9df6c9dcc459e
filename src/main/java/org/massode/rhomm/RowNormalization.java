package org.massode.rhomm;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Row L1 normalization Jᵢⱼ ← Jᵢⱼ / Σₖ|Jᵢₖ|. A positive rescaling of a row does not change the sign of Jᵢ·s, so the
 * binary dynamics sign(J·s) are invariant; rows that are all zero are left as they are (nothing to scale).
 */
public final class RowNormalization {
    private RowNormalization() {
    }

    /** In place on an [N, N] array. */
    public static void l1Rows(INDArray j) {
        INDArray norms = Transforms.abs(j, true).sum(true, 1);
        // a zero row would divide by zero; dividing it by 1 leaves it unchanged
        norms.addi(norms.eq(0).castTo(norms.dataType()));
        j.diviColumnVector(norms);
    }

    /** A row-L1-normalized copy of a dense matrix, optionally ignoring the diagonal (set to 0 in the copy). */
    public static double[][] l1Rows(double[][] j, boolean dropDiagonal) {
        int n = j.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = j[i].clone();
            if (dropDiagonal) out[i][i] = 0;
            double s = 0;
            for (double v : out[i]) s += Math.abs(v);
            if (s > 0) {
                for (int k = 0; k < out[i].length; k++) out[i][k] /= s;
            }
        }
        return out;
    }

    /** For tests and callers holding plain arrays. */
    public static INDArray of(double[][] j) {
        INDArray a = Nd4j.create(j);
        l1Rows(a);
        return a;
    }
}
