package org.massode.layers;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.massode.nd.MatrixLayout;
import org.massode.nd.SymmetricProducts;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The column orthogonality regularizer of the reference code (Keras' {@code OrthogonalRegularizer}, mode
 * "columns"): with unit columns φ̂ⱼ = φⱼ/‖φⱼ‖ and G = Φ̂ᵀΦ̂, R(Φ) = c·Σ_{i≠j} |Gᵢⱼ| / (m(m−1)), which is
 * scale-invariant, so it shapes the directions of the trainable eigenvectors without fighting their length.
 * Gradient: H = 2·Φ̂·S with S = c·sign(G − diag G)/(m(m−1)); ∂R/∂φⱼ = (Hⱼ − φ̂ⱼ·(φ̂ⱼ·Hⱼ))/‖φⱼ‖.
 *
 * <p>One instance per regularized parameter. DL4J asks for the value (in the score) and then for the gradient (in
 * the updater) of the same Φ every iteration, so the instance keeps a copy of the last Φ with its Φ̂ and sign matrix:
 * when the gradient's Φ is bit-for-bit that copy, G is not formed again. G comes from {@code ?syrk} (half a gemm's
 * flops, since G is symmetric) and H from {@code ?symm}; with m ≈ N = 784 these two are the whole cost, and the
 * buffers are kept, since an N×N allocation costs ND4J about as much as filling it.
 */
final class OrthogonalityPenalty {
    private final double c;
    private INDArray phiCopy;
    private INDArray unit;
    private INDArray signs;
    private INDArray norms;
    private INDArray h;
    private INDArray work;
    private double offDiagonalSum;
    private boolean valid;

    OrthogonalityPenalty(double c) {
        this.c = c;
    }

    /** R(Φ) for Φ [N, m]. */
    synchronized double value(INDArray phi) {
        if (c == 0) return 0;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            evaluate(phi);
        }
        long m = phi.columns();
        return m < 2 ? 0 : c * offDiagonalSum / (m * (m - 1.0));
    }

    /** grad [N, m] += ∂R/∂Φ. */
    synchronized void addGradient(INDArray phi, INDArray grad) {
        if (c == 0) return;
        long m = phi.columns();
        if (m < 2) return;
        // the buffers outlive the call, so none of them may live in a DL4J workspace
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            addGradientOutOfWorkspaces(phi, grad, m);
        }
    }

    private void addGradientOutOfWorkspaces(INDArray phi, INDArray grad, long m) {
        evaluate(phi);
        // H = (2c/(m(m−1)))·Φ̂·S, with S = sign(G) off the diagonal and 0 on it (see evaluate)
        SymmetricProducts.timesSymmetricUpper(unit, signs, 2 * c / (m * (m - 1.0)), h);
        INDArray radial = work.assign(unit).muli(h).sum(0).reshape(1, m);
        h.subi(work.assign(unit).muliRowVector(radial)).diviRowVector(norms);
        grad.addi(h);
    }

    /** Φ̂, ‖φⱼ‖, S and Σ_{i≠j}|Gᵢⱼ| for this Φ, unless they are already those of an identical Φ. */
    private void evaluate(INDArray phi) {
        boolean sameShape = phiCopy != null && phiCopy.dataType() == phi.dataType()
                && java.util.Arrays.equals(phiCopy.shape(), phi.shape());
        if (valid && sameShape && sameContents(phi, phiCopy)) return;
        valid = false;
        DataType t = phi.dataType();
        int n = (int) phi.rows();
        int m = (int) phi.columns();
        if (!sameShape) {
            phiCopy = Nd4j.create(t, n, m);
            unit = Nd4j.create(t, n, m);
            h = Nd4j.create(t, n, m);
            work = Nd4j.create(t, n, m);
            signs = Nd4j.create(t, m, m);
        }
        phiCopy.assign(phi);
        norms = phiCopy.norm2(0).reshape(1, m).addi(1e-12);
        unit.assign(phiCopy).diviRowVector(norms);
        SymmetricProducts.gramUpper(unit, signs);
        offDiagonalSum = 2 * signUpperOffDiagonal(signs, m);
        valid = true;
    }

    /**
     * Replaces the upper triangle of G by S (sign(Gᵢⱼ) for i &lt; j, 0 on the diagonal) and returns Σ_{i&lt;j}|Gᵢⱼ|.
     * Zero on the diagonal is sign(G − diag G): Gᵢᵢ = ‖φ̂ᵢ‖² is 1, or 0 for a zero column, whose φ̂ is 0 anyway.
     */
    private static double signUpperOffDiagonal(INDArray g, int m) {
        double sum = 0;
        if (g.dataType() == DataType.FLOAT) {
            FloatBuffer b = g.data().asNioFloat();
            float[] row = new float[m];
            // per-lane partial sums: a single float accumulator would keep C2 from vectorizing the loop
            float[] lanes = new float[m];
            for (int i = 0; i < m; i++) {
                int len = m - i;
                b.get(i * m + i, row, 0, len);
                row[0] = 0;
                for (int j = 1; j < len; j++) lanes[j] += Math.abs(row[j]);
                for (int j = 1; j < len; j++) row[j] = Math.signum(row[j]);
                b.put(i * m + i, row, 0, len);
            }
            for (float v : lanes) sum += v;
        } else {
            DoubleBuffer b = g.data().asNioDouble();
            double[] row = new double[m];
            for (int i = 0; i < m; i++) {
                int len = m - i;
                b.get(i * m + i, row, 0, len);
                row[0] = 0;
                for (int j = 1; j < len; j++) {
                    sum += Math.abs(row[j]);
                    row[j] = Math.signum(row[j]);
                }
                b.put(i * m + i, row, 0, len);
            }
        }
        return sum;
    }

    /** Whether the c-order matrix a (a view of a parameter vector) holds exactly the elements of the whole array b. */
    private static boolean sameContents(INDArray a, INDArray b) {
        if (!MatrixLayout.rowMajorWithoutGaps(a)) return false;
        int len = (int) a.length();
        int off = (int) a.offset();
        if (a.dataType() == DataType.FLOAT) {
            FloatBuffer x = a.data().asNioFloat();
            if (x.position() != off) return false;
            return x.slice(off, len).mismatch(b.data().asNioFloat().slice(0, len)) < 0;
        }
        if (a.dataType() == DataType.DOUBLE) {
            DoubleBuffer x = a.data().asNioDouble();
            if (x.position() != off) return false;
            return x.slice(off, len).mismatch(b.data().asNioDouble().slice(0, len)) < 0;
        }
        return false;
    }
}
