package org.massode.layers;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bulk copies between dense row-major float/double ND4J arrays and Java {@code double[]} through NIO views of the
 * native memory. {@code toDoubleVector()}, {@code data().asDouble()} and {@code Nd4j.create(double[])} took 20–55 ms
 * for the 3.5-million-element column matrices of a convolution here; a bulk NIO transfer is a memory copy, and
 * element-wise access through a {@code FloatBuffer} was no better (19 ns per element). Element i of the array is at
 * NIO index offset + i (as in DirectFloats).
 */
final class NativeArrays {
    private NativeArrays() {
    }

    /** True when {@code a} is a whole row-major array without gaps, as read and write need. */
    static boolean isDense(INDArray a) {
        return a.ordering() == 'c' && !a.isView() && a.elementWiseStride() == 1;
    }

    private static void check(INDArray a, int n) {
        if (!isDense(a) || a.length() > n) {
            throw new IllegalArgumentException("need a dense row-major array of at most " + n + " elements, got "
                    + a.ordering() + "-order" + (a.isView() ? " view" : "") + " of length " + a.length());
        }
    }

    /** Copies {@code a} into the first a.length() elements of {@code into} ({@code floats} is scratch, may be null). */
    static void read(INDArray a, double[] into, float[] floats) {
        check(a, into.length);
        int n = (int) a.length();
        int off = (int) a.offset();
        if (a.dataType() == DataType.DOUBLE) {
            DoubleBuffer db = a.data().asNioDouble();
            db.get(off, into, 0, n);
        } else if (a.dataType() == DataType.FLOAT) {
            FloatBuffer fb = a.data().asNioFloat();
            float[] f = floats != null && floats.length >= n ? floats : new float[n];
            fb.get(off, f, 0, n);
            for (int i = 0; i < n; i++) into[i] = f[i];
        } else {
            throw new IllegalArgumentException("float or double arrays only, got " + a.dataType());
        }
    }

    /** Writes the first a.length() elements of {@code from} into {@code a}. */
    static void write(double[] from, INDArray a, float[] floats) {
        check(a, from.length);
        int n = (int) a.length();
        int off = (int) a.offset();
        if (a.dataType() == DataType.DOUBLE) {
            a.data().asNioDouble().put(off, from, 0, n);
        } else if (a.dataType() == DataType.FLOAT) {
            float[] f = floats != null && floats.length >= n ? floats : new float[n];
            for (int i = 0; i < n; i++) f[i] = (float) from[i];
            a.data().asNioFloat().put(off, f, 0, n);
        } else {
            throw new IllegalArgumentException("float or double arrays only, got " + a.dataType());
        }
    }
}
