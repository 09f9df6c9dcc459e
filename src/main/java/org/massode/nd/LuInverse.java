package org.massode.nd;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * In-place matrix inverse by LU factorization with partial pivoting, P·M = L·U, then M⁻¹ = U⁻¹·L⁻¹·P (LAPACK
 * {@code ?getrf} + {@code ?getri} of the OpenBLAS that ND4J itself runs on). About 2n³ flops, the cost of one n×n
 * gemm, and backward stable. ND4J 1.0.0-M2.1 exposes {@code getrf} but its {@code getri} is an empty method, and its
 * {@code InvertMatrix} takes seconds at n = 784, hence the direct LAPACKE call.
 *
 * <p>OpenBLAS's threaded {@code ?getrf} puts large buffers on the calling thread's stack and crashes the JVM
 * (SIGSEGV) on a thread with Java's default 1 MB stack once n is a few hundred; the call therefore runs on one
 * daemon thread of its own with a {@value #STACK_BYTES}-byte stack.
 */
public final class LuInverse {
    static final long STACK_BYTES = 64L << 20;
    private static final java.util.concurrent.ExecutorService LAPACK = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "massode-lapack", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private LuInverse() {
    }

    /**
     * Replaces the square float or double matrix {@code m} (row-major, no gaps, no offset) by its inverse.
     *
     * @param what names the matrix in the error message
     * @throws IllegalArgumentException when m is not square or not a whole dense array
     * @throws ArithmeticException      when m is exactly singular (a zero pivot), naming the pivot
     */
    public static void invertInPlace(INDArray m, String what) {
        if (m.rank() != 2 || m.rows() != m.columns()) {
            throw new IllegalArgumentException(what + ": expected a square matrix, got shape "
                    + java.util.Arrays.toString(m.shape()));
        }
        MatrixLayout.requireWhole(m, what);
        int info;
        try {
            info = LAPACK.submit(() -> factorAndInvert(m, what)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + ": interrupted while inverting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(what + ": inversion failed", e.getCause());
        }
        if (info > 0) {
            throw new ArithmeticException(what + " is singular: pivot U[" + (info - 1) + "," + (info - 1)
                    + "] of its LU factorization is zero");
        }
        if (info < 0) throw new IllegalStateException("LAPACKE ?getri/?getrf: argument " + (-info) + " invalid");
    }

    private static int factorAndInvert(INDArray m, String what) {
        int n = (int) m.rows();
        int info;
        try (IntPointer ipiv = new IntPointer(n)) {
            if (m.dataType() == DataType.FLOAT) {
                FloatPointer p = new FloatPointer(m.data().addressPointer());
                info = openblas.LAPACKE_sgetrf(openblas.LAPACK_ROW_MAJOR, n, n, p, n, ipiv);
                if (info == 0) info = openblas.LAPACKE_sgetri(openblas.LAPACK_ROW_MAJOR, n, p, n, ipiv);
            } else if (m.dataType() == DataType.DOUBLE) {
                DoublePointer p = new DoublePointer(m.data().addressPointer());
                info = openblas.LAPACKE_dgetrf(openblas.LAPACK_ROW_MAJOR, n, n, p, n, ipiv);
                if (info == 0) info = openblas.LAPACKE_dgetri(openblas.LAPACK_ROW_MAJOR, n, p, n, ipiv);
            } else {
                throw new IllegalArgumentException(what + ": expected FLOAT or DOUBLE, got " + m.dataType());
            }
        }
        return info;
    }
}
