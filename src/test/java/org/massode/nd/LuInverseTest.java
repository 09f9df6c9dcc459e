package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LuInverseTest {

    private static double residual(INDArray m, INDArray inv) {
        return Nd4j.eye(m.rows()).castTo(m.dataType()).sub(m.mmul(inv)).norm2Number().doubleValue();
    }

    @Test
    void inverseTimesMatrixIsTheIdentityInDoubleAndFloat() {
        Nd4j.getRandom().setSeed(3);
        INDArray md = Nd4j.randn(DataType.DOUBLE, 200, 200).addi(Nd4j.eye(200).muli(20));
        INDArray inv = md.dup();
        LuInverse.invertInPlace(inv, "M");
        assertTrue(residual(md, inv) < 1e-12, "double residual " + residual(md, inv));
        INDArray mf = md.castTo(DataType.FLOAT);
        INDArray invf = mf.dup();
        LuInverse.invertInPlace(invf, "M");
        assertTrue(residual(mf, invf) < 1e-4, "float residual " + residual(mf, invf));
    }

    @Test
    void pivotingHandlesAZeroLeadingEntry() {
        INDArray m = Nd4j.createFromArray(new double[][]{{0, 1}, {2, 3}});
        INDArray inv = m.dup();
        LuInverse.invertInPlace(inv, "M");
        assertEquals(Nd4j.createFromArray(new double[][]{{-1.5, 0.5}, {1, 0}}), inv);
    }

    @Test
    void singularNonSquareAndViewInputsAreRefusedByName() {
        INDArray singular = Nd4j.createFromArray(new double[][]{{1, 2}, {2, 4}});
        var e = assertThrows(ArithmeticException.class, () -> LuInverse.invertInPlace(singular, "Φ"));
        assertTrue(e.getMessage().contains("Φ is singular"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> LuInverse.invertInPlace(Nd4j.zeros(3, 4), "Φ"));
        assertTrue(e2.getMessage().contains("[3, 4]"), e2.getMessage());
        INDArray big = Nd4j.eye(4);
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> LuInverse.invertInPlace(big.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 3),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 3)), "Φ"));
        assertTrue(e3.getMessage().contains("view"), e3.getMessage());
    }
}
