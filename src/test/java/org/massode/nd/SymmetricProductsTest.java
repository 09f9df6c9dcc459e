package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class SymmetricProductsTest {
    @Test
    void gramUpperMatchesXTransposeXOnTheUpperTriangleAndLeavesTheRest() {
        for (DataType t : new DataType[]{DataType.DOUBLE, DataType.FLOAT}) {
            Nd4j.getRandom().setSeed(1);
            INDArray x = Nd4j.randn(t, 13, 7);
            INDArray g = Nd4j.valueArrayOf(new long[]{7, 7}, -5.0, t);
            SymmetricProducts.gramUpper(x, g);
            INDArray expected = x.transpose().mmul(x);
            double tol = t == DataType.DOUBLE ? 1e-12 : 1e-4;
            for (int i = 0; i < 7; i++) {
                for (int j = 0; j < 7; j++) {
                    double want = j >= i ? expected.getDouble(i, j) : -5.0;
                    assertEquals(want, g.getDouble(i, j), tol, t + " (" + i + "," + j + ")");
                }
            }
        }
    }

    @Test
    void timesSymmetricUpperReadsOnlyTheUpperTriangle() {
        for (DataType t : new DataType[]{DataType.DOUBLE, DataType.FLOAT}) {
            Nd4j.getRandom().setSeed(2);
            INDArray x = Nd4j.randn(t, 9, 5);
            INDArray r = Nd4j.randn(t, 5, 5);
            INDArray sym = r.add(r.transpose());
            INDArray upperOnly = sym.dup();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < i; j++) upperOnly.putScalar(i, j, 1e6); // garbage below the diagonal
            }
            INDArray out = Nd4j.create(t, 9, 5);
            SymmetricProducts.timesSymmetricUpper(x, upperOnly, 0.5, out);
            INDArray expected = x.mmul(sym).muli(0.5);
            double tol = t == DataType.DOUBLE ? 1e-12 : 1e-4;
            assertTrue(out.sub(expected).amaxNumber().doubleValue() < tol, t.toString());
        }
    }

    @Test
    void viewsAndWrongShapesAreRefusedWithTheShape() {
        INDArray big = Nd4j.create(DataType.FLOAT, 8, 8);
        INDArray view = big.get(NDArrayIndex.interval(2, 6), NDArrayIndex.all());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricProducts.gramUpper(view, Nd4j.create(DataType.FLOAT, 8, 8)));
        assertTrue(e.getMessage().contains("not a view"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricProducts.gramUpper(Nd4j.create(DataType.FLOAT, 4, 3), Nd4j.create(DataType.FLOAT, 4, 4)));
        assertTrue(e.getMessage().contains("[3, 3]") && e.getMessage().contains("[4, 4]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SymmetricProducts.timesSymmetricUpper(
                Nd4j.create(DataType.FLOAT, 4, 3), Nd4j.create(DataType.DOUBLE, 3, 3), 1, Nd4j.create(DataType.FLOAT, 4, 3)));
        assertTrue(e.getMessage().contains("DOUBLE"), e.getMessage());
    }
}
