package org.massode.nd;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Level-3 BLAS products with a symmetric matrix that ND4J 1.0.0-M2.1 does not expose, called on the OpenBLAS ND4J
 * itself runs on: {@code ?syrk} computes a Gram matrix G = Xᵀ·X in half the flops of a gemm (only its upper
 * triangle), and {@code ?symm} multiplies by a symmetric matrix of which only the upper triangle is read. Operands
 * are whole row-major float or double arrays (no views), which callers keep as their own buffers.
 */
public final class SymmetricProducts {
    private SymmetricProducts() {
    }

    private static void checkType(INDArray a, DataType type, String what) {
        if (a.dataType() != type) {
            throw new IllegalArgumentException(what + ": expected " + type + ", got " + a.dataType());
        }
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException(what + ": expected FLOAT or DOUBLE, got " + type);
        }
    }

    /** The upper triangle of g [m, m] ← xᵀ·x for x [n, m]; the strict lower triangle of g is left as it was. */
    public static void gramUpper(INDArray x, INDArray g) {
        MatrixLayout.requireWhole(x, "gramUpper x");
        MatrixLayout.requireWhole(g, "gramUpper g");
        DataType t = x.dataType();
        checkType(g, t, "gramUpper g");
        int n = (int) x.rows();
        int m = (int) x.columns();
        if (g.rows() != m || g.columns() != m) {
            throw new IllegalArgumentException("gramUpper: expected g of shape [" + m + ", " + m + "], got "
                    + java.util.Arrays.toString(g.shape()));
        }
        if (t == DataType.FLOAT) {
            openblas.cblas_ssyrk(openblas.CblasRowMajor, openblas.CblasUpper, openblas.CblasTrans, m, n, 1f,
                    new FloatPointer(x.data().addressPointer()), m, 0f, new FloatPointer(g.data().addressPointer()), m);
        } else {
            openblas.cblas_dsyrk(openblas.CblasRowMajor, openblas.CblasUpper, openblas.CblasTrans, m, n, 1.0,
                    new DoublePointer(x.data().addressPointer()), m, 0.0,
                    new DoublePointer(g.data().addressPointer()), m);
        }
    }

    /** out [n, m] ← α·x·S for x [n, m] and S [m, m] symmetric, of which only the upper triangle is read. */
    public static void timesSymmetricUpper(INDArray x, INDArray s, double alpha, INDArray out) {
        MatrixLayout.requireWhole(x, "timesSymmetricUpper x");
        MatrixLayout.requireWhole(s, "timesSymmetricUpper S");
        MatrixLayout.requireWhole(out, "timesSymmetricUpper out");
        DataType t = x.dataType();
        checkType(s, t, "timesSymmetricUpper S");
        checkType(out, t, "timesSymmetricUpper out");
        int n = (int) x.rows();
        int m = (int) x.columns();
        if (s.rows() != m || s.columns() != m || out.rows() != n || out.columns() != m) {
            throw new IllegalArgumentException("timesSymmetricUpper: x " + java.util.Arrays.toString(x.shape())
                    + ", S " + java.util.Arrays.toString(s.shape()) + ", out " + java.util.Arrays.toString(out.shape()));
        }
        if (t == DataType.FLOAT) {
            openblas.cblas_ssymm(openblas.CblasRowMajor, openblas.CblasRight, openblas.CblasUpper, n, m, (float) alpha,
                    new FloatPointer(s.data().addressPointer()), m, new FloatPointer(x.data().addressPointer()), m, 0f,
                    new FloatPointer(out.data().addressPointer()), m);
        } else {
            openblas.cblas_dsymm(openblas.CblasRowMajor, openblas.CblasRight, openblas.CblasUpper, n, m, alpha,
                    new DoublePointer(s.data().addressPointer()), m, new DoublePointer(x.data().addressPointer()), m,
                    0.0, new DoublePointer(out.data().addressPointer()), m);
        }
    }
}
