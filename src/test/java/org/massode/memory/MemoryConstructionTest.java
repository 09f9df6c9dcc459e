package org.massode.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.massode.dynamics.FiringRateSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Stored patterns are equilibria, Dale's law holds, and the stability verdict matches hand-computed cases. */
class MemoryConstructionTest {

    static ExcitatoryInhibitoryMemory memory(boolean balanced, int patterns) {
        double[][] xi = Patterns.sparse(patterns, 80, 8, new Random(5));
        return ExcitatoryInhibitoryMemory.builder().excitatory(80).inhibitory(20).balanced(balanced).build(xi);
    }

    @Test
    void storedPatternsAreEquilibriaAndDalesLawHolds() {
        for (boolean balanced : new boolean[]{true, false}) {
            ExcitatoryInhibitoryMemory mem = memory(balanced, 6);
            assertNull(mem.daleViolation(), "Dale's law violated (balanced=" + balanced + ")");
            FiringRateSystem sys = mem.system();
            for (int mu = 0; mu < 6; mu++) {
                double[] x = mem.equilibrium(mu);
                INDArray f = Nd4j.zeros(DataType.DOUBLE, 1, x.length);
                sys.rhs(0, Nd4j.createFromArray(x).reshape(1, x.length), f);
                double res = f.amaxNumber().doubleValue();
                assertTrue(res < 1e-6, "pattern " + mu + " (balanced=" + balanced + "): residual " + res);
            }
        }
    }

    @Test
    void balancedPatternsAreStableAndUnbalancedOnesAreNot() {
        FiringRateMemoryModel bal = new FiringRateMemoryModel("fr-ei", memory(true, 4));
        FiringRateMemoryModel unb = new FiringRateMemoryModel("fr-unbalanced", memory(false, 4));
        for (int mu = 0; mu < 4; mu++) {
            StabilityAnalysis.Report b = bal.stability(mu);
            StabilityAnalysis.Report u = unb.stability(mu);
            assertTrue(b.stable() && b.residual() < 1e-6, "balanced pattern " + mu + ": max Re " + b.maxRealPart());
            assertFalse(u.stable(), "unbalanced pattern " + mu + ": max Re " + u.maxRealPart());
        }
    }

    /**
     * Two neurons (one E, one I) with both units active at x* = (1, 1): J = −I + W. W = [[1.5, −1], [1, −0.5]]
     * gives J = [[0.5, −1], [1, −1.5]], trace −1, det 0.25: a double eigenvalue −0.5 (stable); W = [[2.5, −1],
     * [1, −0.5]] gives trace 0, det −1.25: eigenvalues ±√1.25 (a saddle, not stable).
     */
    @Test
    void stabilityVerdictMatchesTheHandComputedTwoNeuronCases() {
        StabilityAnalysis.Report stable = twoNeuron(1.5, 0.5);
        assertTrue(stable.stable());
        assertEquals(-0.5, stable.maxRealPart(), 1e-6);
        assertEquals(-0.5, stable.minRealPart(), 1e-6);
        assertTrue(stable.residual() < 1e-12);
        StabilityAnalysis.Report saddle = twoNeuron(2.5, -0.5);
        assertFalse(saddle.stable());
        assertEquals(Math.sqrt(1.25), saddle.maxRealPart(), 1e-9);
        assertEquals(-Math.sqrt(1.25), saddle.minRealPart(), 1e-9);
    }

    /** u chosen so that x* = (1, 1) is an equilibrium: u = (I − W)·x*. */
    private static StabilityAnalysis.Report twoNeuron(double wEE, double uE) {
        INDArray flat = Nd4j.create(DataType.DOUBLE, 1, FiringRateSystem.layout(2).size());
        FiringRateSystem.layout(2).view(flat, "W").assign(Nd4j.createFromArray(new double[][]{{wEE, -1}, {1, -0.5}}));
        FiringRateSystem.layout(2).view(flat, "u").assign(Nd4j.createFromArray(uE, 0.5));
        FiringRateSystem sys = new FiringRateSystem(2, 1, Double.POSITIVE_INFINITY, flat);
        double[] x = {1, 1};
        INDArray f = Nd4j.zeros(DataType.DOUBLE, 1, 2);
        sys.rhs(0, Nd4j.createFromArray(x).reshape(1, 2), f);
        return StabilityAnalysis.analyze(StabilityAnalysis.jacobian(sys, x), f.amaxNumber().doubleValue());
    }
}
