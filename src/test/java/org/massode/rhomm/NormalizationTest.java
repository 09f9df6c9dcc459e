package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Row L1 normalization: unit row norms, idempotence, and invariance of everything compared up to row scale. */
class NormalizationTest {
    private static final double[][] J = {{0, 2, -2}, {1, 0, 3}, {0, 0, 0}};

    @Test
    void rowsHaveUnitL1NormAndZeroRowsStayZero() {
        INDArray n = RowNormalization.of(J);
        assertEquals(1.0, n.getRow(0).norm1Number().doubleValue(), 1e-12);
        assertEquals(1.0, n.getRow(1).norm1Number().doubleValue(), 1e-12);
        assertEquals(0.0, n.getRow(2).norm1Number().doubleValue(), 0.0);
        assertEquals(0.75, n.getDouble(1, 2), 1e-12);
        INDArray twice = n.dup();
        RowNormalization.l1Rows(twice);
        assertEquals(0.0, twice.sub(n).amaxNumber().doubleValue(), 1e-12);
    }

    @Test
    void relativeErrorAndSignsIgnorePositiveRowScaling() {
        double[][] truth = ObjectiveNetwork.builder().nodes(12).seed(2).build().couplings();
        double[][] scaled = new double[12][];
        for (int i = 0; i < 12; i++) {
            scaled[i] = truth[i].clone();
            for (int k = 0; k < 12; k++) scaled[i][k] *= 0.1 + i; // a different positive factor per row
        }
        assertEquals(0.0, ConnectivityMetrics.relativeError(scaled, truth), 1e-12);
        assertEquals(1.0, ConnectivityMetrics.signAccuracy(scaled, truth, 1.0), 0.0);
    }

    @Test
    void trainingWithL1NormalizationKeepsEveryRowAtUnitNorm() {
        double[][] truth = ObjectiveNetwork.builder().nodes(8).seed(4).build().couplings();
        Signals s = new GlauberSimulator(new RhommModel(truth, new double[8], 1)).simulate(2_000, 50, 4, "g");
        RhommConfig c = RhommConfig.builder().learningRate(3).maxEpochs(20)
                .normalization(RhommConfig.Normalization.L1).dataType(DataType.DOUBLE).build();
        RhommFit fit = new RhommTrainer(c).fit(TrainingWindows.of(List.of(s), 1, DataType.DOUBLE));
        for (double[] row : fit.model().couplings()) {
            double l1 = 0;
            for (double v : row) l1 += Math.abs(v);
            assertEquals(1.0, l1, 1e-9);
        }
        assertEquals(0.0, fit.model().couplings()[3][3], 0.0); // the diagonal stays zero by default
    }
}
