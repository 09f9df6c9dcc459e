package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanFieldSolverTest {
    private static final TimeGrid GRID = TimeGrid.of(2, 0.02);

    private static MeanFieldSolution solve(double j, long seed, int maxIterations) {
        HopfieldModel model = HopfieldModel.builder().couplingMean(j).couplingStd(1).noise(1).build();
        SolverSettings s = SolverSettings.builder().samples(2000).seed(seed).maxIterations(maxIterations).build();
        return new MeanFieldSolver(model, GRID, s).solve();
    }

    @Test
    void sameSeedGivesTheSameFixedPointBitForBit() {
        MeanFieldSolution a = solve(2, 5, 4);
        MeanFieldSolution b = solve(2, 5, 4);
        assertEquals(a.mean(), b.mean());
        assertEquals(a.covariance(), b.covariance());
        assertEquals(a.history().size(), b.history().size());
        for (int i = 0; i < a.history().size(); i++) {
            assertEquals(a.history().get(i).meanResidual(), b.history().get(i).meanResidual());
        }
        MeanFieldSolution c = solve(2, 6, 4);
        assertNotEquals(a.mean(), c.mean());
    }

    @Test
    void residualsShrinkToMonteCarloLevelAndEveryIterationIsReported() {
        MeanFieldSolution s = solve(2, 3, 30);
        assertTrue(s.converged(), s.history().toString());
        assertEquals(s.iterations(), s.history().size());
        IterationRecord first = s.history().get(0);
        IterationRecord last = s.history().get(s.iterations() - 1);
        assertTrue(last.withinTolerance());
        assertTrue(last.meanResidual() < first.meanResidual() / 5, s.history().toString());
        for (IterationRecord r : s.history()) {
            assertTrue(Double.isFinite(r.meanResidual()) && Double.isFinite(r.covarianceResidual()));
        }
    }

    @Test
    void fixedPointIsSelfConsistentAndMomentsAreValid() {
        MeanFieldSolution s = solve(-6, 4, 40);
        assertTrue(s.converged(), s.history().toString());
        double[] m = s.meanValues();
        double[] v = s.variance();
        for (int k = 0; k < m.length; k++) {
            assertTrue(m[k] > 0 && m[k] < 1);
            assertTrue(v[k] >= m[k] * m[k] - 1e-12, "E[f²] ≥ E[f]² at " + k); // Jensen
        }
        // one more application of the map at the fixed point changes it by no more than the stopping tolerance
        IterationRecord last = s.history().get(s.iterations() - 1);
        assertTrue(last.meanResidual() <= last.meanTolerance());
    }

    @Test
    void dampingIsAppliedAndStillConverges() {
        HopfieldModel model = HopfieldModel.builder().couplingMean(-6).build();
        SolverSettings s = SolverSettings.builder().samples(2000).seed(4).damping(0.5).maxIterations(40).build();
        MeanFieldSolution damped = new MeanFieldSolver(model, GRID, s).solve();
        assertTrue(damped.converged(), damped.history().toString());
        MeanFieldSolution plain = solve(-6, 4, 40);
        double d = MeanFieldSolver.supDistance(damped.mean(), plain.mean());
        assertTrue(d < 0.05, "damped and plain fixed points differ by " + d);
    }

    @Test
    void noConvergenceIsReportedNotHidden() {
        MeanFieldSolution s = solve(2, 3, 1);
        assertFalse(s.converged());
        assertEquals(1, s.iterations());
    }
}
