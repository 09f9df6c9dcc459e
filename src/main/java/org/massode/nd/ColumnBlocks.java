package org.massode.nd;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Copies between a matrix and a block of columns of a wider one. ND4J runs array–array ops with a strided view
 * operand (a column block of a row-major matrix) on a generic path that is orders of magnitude slower than on
 * whole arrays; for dense float matrices these loops copy row segments instead.
 */
public final class ColumnBlocks {
    private ColumnBlocks() {
    }

    /** wide[:, col0 : col0 + narrow.columns] ← narrow. */
    public static void copyInto(INDArray narrow, INDArray wide, int col0) {
        int rows = (int) narrow.rows();
        int m = (int) narrow.columns();
        if (DirectFloats.dense(narrow) && DirectFloats.dense(wide) && wide.rows() == rows) {
            DirectFloats src = DirectFloats.of(narrow);
            DirectFloats dst = DirectFloats.of(wide);
            int w = (int) wide.columns();
            float[] row = new float[m];
            for (int r = 0; r < rows; r++) {
                src.read(r * m, row, m);
                dst.write(r * w + col0, row, m);
            }
        } else {
            wide.get(NDArrayIndex.all(), NDArrayIndex.interval(col0, col0 + m)).assign(narrow);
        }
    }

    /** narrow += wide[:, col0 : col0 + narrow.columns]. */
    public static void addFrom(INDArray wide, int col0, INDArray narrow) {
        int rows = (int) narrow.rows();
        int m = (int) narrow.columns();
        if (DirectFloats.dense(narrow) && DirectFloats.dense(wide) && wide.rows() == rows) {
            DirectFloats src = DirectFloats.of(wide);
            DirectFloats dst = DirectFloats.of(narrow);
            int w = (int) wide.columns();
            float[] a = new float[m];
            float[] b = new float[m];
            for (int r = 0; r < rows; r++) {
                src.read(r * w + col0, a, m);
                dst.read(r * m, b, m);
                for (int j = 0; j < m; j++) b[j] += a[j];
                dst.write(r * m, b, m);
            }
        } else {
            narrow.addi(wide.get(NDArrayIndex.all(), NDArrayIndex.interval(col0, col0 + m)));
        }
    }
}
