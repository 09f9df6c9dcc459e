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
}
