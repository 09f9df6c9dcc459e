package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class LinearCombinationTest {

    private static INDArray expected(INDArray base, double[] c, INDArray[] t) {
        INDArray e = base == null ? Nd4j.zeros(t[0].dataType(), t[0].shape()) : base.dup();
        for (int j = 0; j < c.length; j++) {
            if (c[j] != 0) e.addi(t[j].mul(c[j]));
        }
        return e;
    }

    private static void assertClose(INDArray e, INDArray a, double tol) {
        double err = e.sub(a).amaxNumber().doubleValue();
        assertTrue(err <= tol, "max difference " + err);
    }

    @Test
    void denseFloatCombinationEqualsTheOpByOpSumAcrossThreadBlocks() {
        INDArray y = Nd4j.rand(DataType.FLOAT, 300, 301);
        INDArray[] k = {Nd4j.rand(DataType.FLOAT, 300, 301), null, Nd4j.rand(DataType.FLOAT, 300, 301)};
        double[] c = {0.25, 0, -1.5};
        INDArray out = y.ulike();
        LinearCombination.into(out, y, c, k);
        assertClose(expected(y, c, k), out, 1e-6);
        INDArray noBase = y.ulike();
        LinearCombination.into(noBase, null, c, k);
        assertClose(expected(null, c, k), noBase, 1e-6);
    }

    @Test
    void outMayBeTheBaseArray() {
        INDArray a = Nd4j.rand(DataType.FLOAT, 7, 9);
        INDArray[] t = {Nd4j.rand(DataType.FLOAT, 7, 9), Nd4j.rand(DataType.FLOAT, 7, 9)};
        INDArray e = expected(a, new double[]{1, 1}, t);
        LinearCombination.into(a, a, new double[]{1, 1}, t);
        assertClose(e, a, 1e-6);
    }

    @Test
    void doublesAndViewsWithGapsTakeTheNd4jPathWithTheSameResult() {
        INDArray y = Nd4j.rand(DataType.DOUBLE, 5, 6);
        INDArray[] k = {Nd4j.rand(DataType.DOUBLE, 5, 6)};
        INDArray out = y.ulike();
        LinearCombination.into(out, y, new double[]{0.1}, k);
        assertClose(expected(y, new double[]{0.1}, k), out, 1e-15);
        INDArray wide = Nd4j.rand(DataType.FLOAT, 5, 12);
        INDArray cols = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 6));
        INDArray src = Nd4j.rand(DataType.FLOAT, 5, 6);
        LinearCombination.copy(src, cols);
        assertClose(src, cols, 0);
    }

    @Test
    void applyCopiesBaseAndOutInTheSamePassAndReportsNonFiniteOutput() {
        INDArray y = Nd4j.rand(DataType.FLOAT, 50, 40);
        INDArray[] k = {Nd4j.rand(DataType.FLOAT, 50, 40)};
        INDArray out = y.ulike();
        INDArray outCopy = y.ulike();
        INDArray baseCopy = y.ulike();
        assertTrue(LinearCombination.apply(out, outCopy, y, baseCopy, new double[]{0.5}, k, true));
        assertClose(expected(y, new double[]{0.5}, k), out, 1e-6);
        assertClose(out, outCopy, 0);
        assertClose(y, baseCopy, 0);
        k[0].putScalar(49, 39, Float.POSITIVE_INFINITY);
        assertFalse(LinearCombination.apply(out, null, y, null, new double[]{0.5}, k, true));
        k[0].putScalar(49, 39, Float.NaN);
        assertFalse(LinearCombination.apply(out, null, y, null, new double[]{0.5}, k, true));
        assertTrue(LinearCombination.apply(out, null, y, null, new double[]{0.5}, k, false), "not asked to check");
    }
}
