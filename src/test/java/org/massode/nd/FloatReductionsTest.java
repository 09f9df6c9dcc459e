package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class FloatReductionsTest {

    @Test
    void allFiniteFindsOneNanOrInfAnywhereInALargeFloatMatrix() {
        INDArray a = Nd4j.rand(DataType.FLOAT, 300, 787).subi(0.5).muli(1e30f);
        assertTrue(FloatReductions.allFinite(a));
        for (float bad : new float[]{Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            for (int[] at : new int[][]{{0, 0}, {150, 786}, {299, 786}, {299, 3}}) {
                INDArray b = a.dup();
                b.putScalar(at[0], at[1], bad);
                assertFalse(FloatReductions.allFinite(b), bad + " at " + at[0] + "," + at[1]);
            }
        }
    }

    @Test
    void allFiniteAgreesOnDoublesAndOnViewsWithGaps() {
        INDArray d = Nd4j.rand(DataType.DOUBLE, 4, 5);
        assertTrue(FloatReductions.allFinite(d));
        d.putScalar(2, 2, Double.NaN);
        assertFalse(FloatReductions.allFinite(d));
        INDArray f = Nd4j.rand(DataType.FLOAT, 6, 8);
        f.putScalar(0, 7, Float.POSITIVE_INFINITY);
        INDArray cols = f.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4));
        assertTrue(FloatReductions.allFinite(cols));
        assertFalse(FloatReductions.allFinite(f.get(NDArrayIndex.all(), NDArrayIndex.interval(4, 8))));
    }

    @Test
    void addColumnSumsEqualsNd4jSumAlongRowsIntoAParameterView() {
        INDArray z = Nd4j.rand(DataType.FLOAT, 200, 37);
        INDArray flat = Nd4j.rand(DataType.FLOAT, 1, 50);
        INDArray view = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(10, 47));
        INDArray expected = view.dup().addi(z.sum(0));
        FloatReductions.addColumnSums(z, view);
        assertEquals(0, expected.reshape(37).distance1(flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(10, 47))
                .reshape(37)), 2e-3); // float sums of 200 terms ≈ 100 in another order
        INDArray zd = z.castTo(DataType.DOUBLE);
        INDArray td = Nd4j.zeros(DataType.DOUBLE, 1, 37);
        FloatReductions.addColumnSums(zd, td);
        assertEquals(0, td.distance1(zd.sum(0).reshape(1, 37)), 1e-9);
    }

    @Test
    void addColumnSumsRejectsATargetOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FloatReductions.addColumnSums(Nd4j.zeros(DataType.FLOAT, 3, 4), Nd4j.zeros(DataType.FLOAT, 1, 5)));
        assertTrue(e.getMessage().contains("[3, 4]") && e.getMessage().contains("[1, 5]"), e.getMessage());
    }
}
