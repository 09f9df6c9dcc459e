package org.massode.nd;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The memory layouts that code addressing ND4J's native memory directly (loops, BLAS, LAPACK) relies on. */
public final class MatrixLayout {
    private MatrixLayout() {
    }

    /**
     * True when {@code a} is a [rows, cols] matrix laid out row-major without gaps (a whole array or a block of
     * consecutive rows), so that element (r, c) sits at offset + r·cols + c.
     */
    public static boolean rowMajorWithoutGaps(INDArray a) {
        if (a == null || a.rank() != 2 || a.ordering() != 'c') return false;
        return a.stride(1) == 1 && (a.rows() <= 1 || a.stride(0) == a.columns());
    }

    /** Refuses {@code a} unless it is a whole row-major matrix (no view, no offset), as BLAS and LAPACK calls need. */
    public static void requireWhole(INDArray a, String what) {
        if (a.rank() != 2 || a.ordering() != 'c' || a.offset() != 0 || a.length() != a.data().length()) {
            throw new IllegalArgumentException(what + ": expected a whole row-major matrix (not a view), got shape "
                    + java.util.Arrays.toString(a.shape()) + " order " + a.ordering() + " offset " + a.offset());
        }
    }
}
