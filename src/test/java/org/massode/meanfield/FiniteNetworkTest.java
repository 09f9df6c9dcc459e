package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FiniteNetworkTest {
    @Test
    void couplingsFollowTheScaledGaussianLaw() {
        int n = 500;
        double j = -6;
        double sigma = 1.5;
        HopfieldModel model = HopfieldModel.builder().couplingMean(j).couplingStd(sigma).build();
        FiniteNetwork net = new FiniteNetwork(model, TimeGrid.of(1, 0.1), n);
        INDArray c = net.drawCouplings(2, Nd4j.getRandomFactory().getNewRandomInstance(9));
        double[] entries = c.reshape(-1).toDoubleVector();
        double mean = java.util.Arrays.stream(entries).average().orElseThrow();
        double var = java.util.Arrays.stream(entries).map(x -> (x - mean) * (x - mean)).sum() / (entries.length - 1);
        double sd = sigma / Math.sqrt(n);
        assertEquals(j / n, mean, 5 * sd / Math.sqrt(entries.length));
        // relative standard error of a sample variance is √(2/n)
        assertEquals(sd * sd, var, 5 * sd * sd * Math.sqrt(2.0 / entries.length));
        double[] sample = java.util.Arrays.copyOf(entries, 50_000);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(j / n, sd), sample);
        assertTrue(p > 1e-3, "KS p-value " + p);
    }

    @Test
    void simulationReportsTheEmpiricalCouplingMomentsAndIsSeeded() {
        HopfieldModel model = HopfieldModel.builder().couplingMean(2).couplingStd(1).build();
        FiniteNetwork net = new FiniteNetwork(model, TimeGrid.of(1, 0.05), 200);
        FiniteNetwork.Run a = net.simulate(3, 7, 2);
        FiniteNetwork.Run b = net.simulate(3, 7, 2);
        assertEquals(3, a.networks().size());
        assertEquals(2.0 / 200, a.couplingMean(), 5 * (1 / Math.sqrt(200)) / Math.sqrt(3 * 200 * 200));
        assertEquals(1 / Math.sqrt(200), a.couplingStd(), 0.01 / Math.sqrt(200));
        assertEquals(a.networks().get(2).mean(), b.networks().get(2).mean());
        assertEquals(21, a.trajectories().rows());
        assertEquals(2, a.trajectories().columns());
    }

    @Test
    void largeNetworkIsCloseToTheMeanFieldLimitAndCloserThanASmallOne() {
        HopfieldModel model = HopfieldModel.builder().couplingMean(2).couplingStd(1).build();
        TimeGrid grid = TimeGrid.of(2, 0.02);
        MeanFieldSolution limit = new MeanFieldSolver(model, grid,
                SolverSettings.builder().samples(20_000).seed(1).build()).solve();
        FiniteSizeComparison.SizeDistance small = FiniteSizeComparison.distances(limit,
                new FiniteNetwork(model, grid, 50).simulate(4, 2, 0));
        FiniteSizeComparison.SizeDistance large = FiniteSizeComparison.distances(limit,
                new FiniteNetwork(model, grid, 1000).simulate(4, 3, 0));
        // fluctuations of a mean of N rates in (0, 1) with sd ≲ 0.25: sup over the path ≲ 3·0.25/√N
        assertTrue(large.meanDistance() < 3 * 0.25 / Math.sqrt(1000) + 0.01, large.toString());
        assertTrue(large.meanDistance() < small.meanDistance(), small + " vs " + large);
        assertTrue(large.covarianceDistance() < small.covarianceDistance(), small + " vs " + large);
    }
}
