package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** RHoMM recovers the J that generated its own (Glauber) data, and a seed fixes every number. */
class RecoveryTest {
    private static RhommFit fitOwnData(int n, int steps, int maxEpochs, long seed) {
        double[][] truth = ObjectiveNetwork.builder().nodes(n).topology(Topology.ER).seed(seed).build().couplings();
        RhommModel model = new RhommModel(truth, new double[n], 1.0);
        Signals s = new GlauberSimulator(model).simulate(steps, 100, seed, "glauber");
        RhommConfig c = RhommConfig.builder().learningRate(10).maxEpochs(maxEpochs).tolerance(1e-6).seed(seed)
                .dataType(DataType.DOUBLE).build();
        return new RhommTrainer(c).fit(TrainingWindows.of(List.of(s), 1, DataType.DOUBLE));
    }

    @Test
    void recoversOwnGeneratedNetworkWithCorrelationAbove09() {
        double[][] truth = ObjectiveNetwork.builder().nodes(20).topology(Topology.ER).seed(3).build().couplings();
        RhommFit fit = fitOwnData(20, 20_000, 300, 3);
        ConnectivityMetrics m = ConnectivityMetrics.compare(fit.model().couplings(), truth);
        assertTrue(m.correlation() >= 0.9, "EC correlation " + m.correlation() + " after " + fit.epochs() + " epochs");
        assertTrue(fit.converged(), "not converged in " + fit.epochs() + " epochs, loss " + fit.loss());
        assertTrue(m.signAccuracy() >= 0.95, "sign accuracy " + m.signAccuracy());
    }

    @Test
    void sameSeedGivesIdenticalFit() {
        RhommFit a = fitOwnData(10, 3_000, 25, 5);
        RhommFit b = fitOwnData(10, 3_000, 25, 5);
        assertEquals(a.epochs(), b.epochs());
        assertEquals(a.loss(), b.loss(), 0.0);
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(a.model().couplings()[i], b.model().couplings()[i], 0.0);
        }
    }
}
