package org.massode.data.text;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rows of a sparse float matrix in CSR form ({@code rowStart[r] … rowStart[r+1]} index {@code columns} and
 * {@code values}). 25,000 TF-IDF rows of ~300 non-zeros take ~60 MB here, where dense rows of 100k columns would take
 * 10 GB; rows are densified only per mini-batch ({@link #dense}).
 */
public record SparseRows(int rows, int columns, int[] rowStart, int[] indices, float[] values) {
    public SparseRows {
        if (rowStart.length != rows + 1 || rowStart[rows] != indices.length || indices.length != values.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
    }

    public int nonZeros() {
        return indices.length;
    }

    /** Dense float rows {@code [rowIds.length, columns]} of the given rows, in the given order. */
    public INDArray dense(int[] rowIds) {
        float[] out = new float[rowIds.length * columns];
        for (int i = 0; i < rowIds.length; i++) {
            int r = rowIds[i];
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) out[i * columns + indices[k]] = values[k];
        }
        return Nd4j.create(out, new long[]{rowIds.length, columns}, DataType.FLOAT);
    }

    /** The first {@code n} rows. */
    public SparseRows head(int n) {
        int m = Math.min(n, rows);
        int nnz = rowStart[m];
        return new SparseRows(m, columns, Arrays.copyOf(rowStart, m + 1), Arrays.copyOf(indices, nnz),
                Arrays.copyOf(values, nnz));
    }
}
