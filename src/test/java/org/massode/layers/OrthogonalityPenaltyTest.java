package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OrthogonalityPenaltyTest {
    @Test
    void gradientMatchesFiniteDifferences() {
        Nd4j.getRandom().setSeed(4);
        INDArray phi = Nd4j.randn(DataType.DOUBLE, 7, 5);
        INDArray g = Nd4j.zeros(DataType.DOUBLE, 7, 5);
        OrthogonalityPenalty.addGradient(phi, 0.3, g);
        double eps = 1e-6;
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 5; j++) {
                double v = phi.getDouble(i, j);
                phi.putScalar(i, j, v + eps);
                double rp = OrthogonalityPenalty.value(phi, 0.3);
                phi.putScalar(i, j, v - eps);
                double rm = OrthogonalityPenalty.value(phi, 0.3);
                phi.putScalar(i, j, v);
                assertEquals((rp - rm) / (2 * eps), g.getDouble(i, j), 1e-7, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void valueIsTheScaledSumOfAbsoluteOffDiagonalCosines() {
        Nd4j.getRandom().setSeed(5);
        INDArray phi = Nd4j.randn(DataType.DOUBLE, 9, 6);
        phi.getColumn(4).assign(0); // a zero column has no direction: it adds nothing
        double sum = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (i == j || i == 4 || j == 4) continue;
                INDArray a = phi.getColumn(i);
                INDArray b = phi.getColumn(j);
                sum += Math.abs(a.mul(b).sumNumber().doubleValue() / (a.norm2Number().doubleValue()
                        * b.norm2Number().doubleValue()));
            }
        }
        assertEquals(0.3 * sum / (6 * 5), OrthogonalityPenalty.value(phi, 0.3), 1e-12);
        INDArray g = Nd4j.zeros(DataType.DOUBLE, 9, 6);
        OrthogonalityPenalty.addGradient(phi, 0.3, g);
        assertEquals(0, g.getColumn(4).norm2Number().doubleValue(), 0, "no gradient on the zero column");
        assertEquals(0, OrthogonalityPenalty.value(Nd4j.eye(5).castTo(DataType.DOUBLE), 0.3), 1e-15,
                "orthonormal columns cost nothing");
    }
}
