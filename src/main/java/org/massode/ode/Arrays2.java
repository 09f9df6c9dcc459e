package org.massode.ode;

import org.massode.nd.FloatReductions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small in-place array helpers the steppers share; none of them allocates. */
final class Arrays2 {
    private Arrays2() {
    }

    /** y ← y + alpha·x (BLAS axpy, in place). */
    static void axpy(double alpha, INDArray x, INDArray y) {
        if (alpha == 0) return;
        Nd4j.getBlasWrapper().level1().axpy(x.length(), alpha, x, y);
    }

    /** True when every element is finite; a plain-Java pass for float matrices (see {@link FloatReductions}). */
    static boolean finite(INDArray a) {
        return FloatReductions.allFinite(a);
    }

    /** h·coef, element by element: a tableau row or column scaled by the step size. */
    static double[] scaled(double h, double[] coef) {
        double[] c = new double[coef.length];
        for (int j = 0; j < c.length; j++) c[j] = h * coef[j];
        return c;
    }

    /** Refuses {@code a} unless it has the shape and data type of {@code like}, naming both. */
    static void requireShapeAndType(INDArray a, INDArray like, String what) {
        if (!java.util.Arrays.equals(a.shape(), like.shape()) || a.dataType() != like.dataType()) {
            throw new IllegalArgumentException(what + ": expected shape " + shape(like) + " " + like.dataType()
                    + " but got " + shape(a) + " " + a.dataType());
        }
    }

    static String shape(INDArray a) {
        return java.util.Arrays.toString(a.shape());
    }
}
