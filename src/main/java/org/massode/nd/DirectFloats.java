package org.massode.nd;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Plain-Java access to the native memory of a dense float matrix, for fused element-wise kernels. Each ND4J op
 * pays a fixed dispatch cost and a full pass over memory; a loop over {@link FloatBuffer} views of the same memory
 * (no copy) does many of them in one pass.
 *
 * <p>{@code data().asNioFloat()} covers the whole underlying allocation with its position at the array's first
 * element, so element (r, c) is at absolute index {@link #base} + r·columns + c.
 */
public final class DirectFloats {
    /** The whole allocation (no copy). */
    public final FloatBuffer buf;
    /** Absolute index of element (0, 0). */
    public final int base;

    private DirectFloats(FloatBuffer buf, int base) {
        this.buf = buf;
        this.base = base;
    }

    /**
     * True when {@code a} is a float [rows, cols] matrix laid out row-major without gaps (a whole array or a block
     * of consecutive rows), so that {@link #of} may address it linearly.
     */
    public static boolean dense(INDArray a) {
        if (a == null || a.dataType() != DataType.FLOAT || !MatrixLayout.rowMajorWithoutGaps(a)) return false;
        if (a.offset() + a.length() > Integer.MAX_VALUE) return false;
        // the linear addressing below relies on this layout of the NIO view; anything else takes the ND4J path
        return a.data().asNioFloat().position() == a.offset();
    }

    /** dst[0, n) ← the n floats from element offset {@code off} (r·columns + c) on: one bulk copy. */
    public void read(int off, float[] dst, int n) {
        buf.get(base + off, dst, 0, n);
    }

    /** The n floats from element offset {@code off} on ← src[0, n): one bulk copy. */
    public void write(int off, float[] src, int n) {
        buf.put(base + off, src, 0, n);
    }

    /** The memory of a matrix accepted by {@link #dense}. */
    public static DirectFloats of(INDArray a) {
        FloatBuffer fb = a.data().asNioFloat();
        if (fb.position() != a.offset()) {
            throw new IllegalStateException("unexpected buffer position " + fb.position() + " for array offset "
                    + a.offset());
        }
        return new DirectFloats(fb, (int) a.offset());
    }
}
