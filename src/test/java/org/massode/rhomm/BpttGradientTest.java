package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The hand-written BPTT gradient of the RHoMM loss equals central finite differences in double precision. */
class BpttGradientTest {

    @ParameterizedTest(name = "{0}, H = {1}, bias = {2}")
    @CsvSource({"MSE, 1, false", "MSE, 3, true", "CROSS_ENTROPY, 1, true", "CROSS_ENTROPY, 4, true"})
    void bpttGradientMatchesCentralDifferences(RhommConfig.Loss kind, int horizon, boolean bias) {
        int n = 5;
        Random rnd = new Random(11);
        double[][] series = new double[40][n];
        for (double[] row : series) {
            for (int i = 0; i < n; i++) row[i] = rnd.nextBoolean() ? 1 : -1;
        }
        RhommConfig config = RhommConfig.builder().beta(0.8).loss(kind).horizon(horizon).bias(bias)
                .dataType(DataType.DOUBLE).build();
        TrainingWindows w = TrainingWindows.of(List.of(Signals.of("random", series)), horizon, DataType.DOUBLE);
        RhommLoss loss = new RhommLoss(w, config);
        INDArray j = Nd4j.randn(DataType.DOUBLE, n, n).muli(0.7);
        INDArray b = Nd4j.randn(DataType.DOUBLE, 1, n).muli(0.3);
        INDArray gj = Nd4j.zeros(DataType.DOUBLE, n, n);
        INDArray gb = Nd4j.zeros(DataType.DOUBLE, 1, n);
        loss.lossAndGradient(j, b, gj, gb);

        double eps = 1e-6;
        double worst = 0;
        double scale = Math.max(gj.amaxNumber().doubleValue(), gb.amaxNumber().doubleValue());
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                worst = Math.max(worst, Math.abs(numeric(loss, j, b, j, r, c, eps) - gj.getDouble(r, c)));
            }
            double nb = numeric(loss, j, b, b, 0, r, eps);
            worst = Math.max(worst, Math.abs(nb - (bias ? gb.getDouble(0, r) : 0)));
        }
        assertTrue(worst <= 1e-7 * scale, "max |analytic − numeric| = " + worst + " against gradient scale " + scale);
    }

    private static double numeric(RhommLoss loss, INDArray j, INDArray b, INDArray p, int r, int c, double eps) {
        double keep = p.getDouble(r, c);
        p.putScalar(r, c, keep + eps);
        double up = loss.loss(j, b);
        p.putScalar(r, c, keep - eps);
        double down = loss.loss(j, b);
        p.putScalar(r, c, keep);
        return (up - down) / (2 * eps);
    }
}
