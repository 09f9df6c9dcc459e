package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * J = 0, σ = 0: the field vanishes and every neuron is an Ornstein–Uhlenbeck process. Its Euler–Maruyama chain
 * X_{k+1} = a·X_k + λ√dt·ξ_k (a = 1 − dt) is exactly Gaussian with mean aᵏμ₀ and variance a²ᵏs₀² + λ²dt(1 − a²ᵏ)/(1 − a²),
 * so m(t) = E[f(X_t)] and C(t, s) follow from Gauss–Hermite quadrature; the solver must match them to Monte Carlo
 * accuracy.
 */
class OrnsteinUhlenbeckLimitTest {
    private static final double MU0 = 0.5;
    private static final double S0 = 0.8;
    private static final double LAMBDA = 1.2;
    private static final Sigmoid F = new Sigmoid(2, 0.3);
    private static final TimeGrid GRID = TimeGrid.of(3, 0.01);
    private static final int M = 20_000;
    private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(40);
    private static MeanFieldSolution solution;
    private static MeanFieldSolution doubleSolution;

    @BeforeAll
    static void solve() {
        HopfieldModel model = HopfieldModel.builder().couplingMean(0).couplingStd(0).noise(LAMBDA).sigmoid(F)
                .initialMean(MU0).initialStd(S0).build();
        solution = new MeanFieldSolver(model, GRID, SolverSettings.builder().samples(M).seed(11).build()).solve();
        doubleSolution = new MeanFieldSolver(model, GRID, SolverSettings.builder().samples(M).seed(12)
                .precision(org.nd4j.linalg.api.buffer.DataType.DOUBLE).build()).solve();
    }

    private static double a(int k) {
        return Math.pow(1 - GRID.dt(), k);
    }

    private static double mean(int k) {
        return a(k) * MU0;
    }

    private static double variance(int k) {
        double dt = GRID.dt();
        double aa = (1 - dt) * (1 - dt);
        return a(2 * k) * S0 * S0 + LAMBDA * LAMBDA * dt * (1 - a(2 * k)) / (1 - aa);
    }

    /** E[h(Z)], Z ~ N(0, 1), by Gauss–Hermite: (1/√π)·∫ e^{−x²} h(√2·x) dx. */
    private static double gaussian(DoubleUnaryOperator h) {
        return HERMITE.integrate(x -> h.applyAsDouble(Math.sqrt(2) * x)) / Math.sqrt(Math.PI);
    }

    /** E[h(Z1, Z2)] for independent standard normals. */
    private static double gaussian2(java.util.function.DoubleBinaryOperator h) {
        return gaussian(z1 -> gaussian(z2 -> h.applyAsDouble(z1, z2)));
    }

    @Test
    void fixedPointIsReachedAtOnce() {
        assertTrue(solution.converged(), "did not converge: " + solution.history());
        assertTrue(solution.iterations() <= 3, "iterations " + solution.iterations());
    }

    @Test
    void meanRateMatchesQuadratureToMonteCarloAccuracy() {
        assertTrue(worstMeanError(solution) < 5, "float: largest error of m(t) is " + worstMeanError(solution)
                + " standard errors");
        assertTrue(worstMeanError(doubleSolution) < 5, "double: largest error of m(t) is "
                + worstMeanError(doubleSolution) + " standard errors");
    }

    private static double worstMeanError(MeanFieldSolution sol) {
        double[] m = sol.meanValues();
        double worst = 0;
        for (int k = 0; k < GRID.points(); k += 5) {
            double mu = mean(k);
            double sd = Math.sqrt(variance(k));
            double e1 = gaussian(z -> F.value(mu + sd * z));
            double e2 = gaussian(z -> Math.pow(F.value(mu + sd * z), 2));
            double se = Math.sqrt(e2 - e1 * e1) / Math.sqrt(M);
            worst = Math.max(worst, Math.abs(m[k] - e1) / se);
        }
        return worst;
    }

    @Test
    void covarianceMatchesQuadratureOnDiagonalAndFirstColumn() {
        double[] ctt = solution.variance();
        double[] ct0 = solution.covarianceWithStart();
        double worst = 0;
        for (int k = 0; k < GRID.points(); k += 10) {
            double mu = mean(k);
            double sd = Math.sqrt(variance(k));
            double d2 = gaussian(z -> Math.pow(F.value(mu + sd * z), 2));
            double d4 = gaussian(z -> Math.pow(F.value(mu + sd * z), 4));
            worst = Math.max(worst, Math.abs(ctt[k] - d2) / (Math.sqrt(d4 - d2 * d2) / Math.sqrt(M)));
            // (X_t, X_0): X_0 = μ₀ + s₀Z1, X_t = aᵏμ₀ + aᵏs₀Z1 + √(var − a²ᵏs₀²)·Z2
            double ak = a(k);
            double rest = Math.sqrt(Math.max(0, variance(k) - ak * ak * S0 * S0));
            double c1 = gaussian2((z1, z2) -> F.value(mu + ak * S0 * z1 + rest * z2) * F.value(MU0 + S0 * z1));
            double c2 = gaussian2((z1, z2) -> Math.pow(F.value(mu + ak * S0 * z1 + rest * z2)
                    * F.value(MU0 + S0 * z1), 2));
            worst = Math.max(worst, Math.abs(ct0[k] - c1) / (Math.sqrt(c2 - c1 * c1) / Math.sqrt(M)));
        }
        assertTrue(worst < 5, "largest error of C is " + worst + " standard errors");
    }

    @Test
    void initialLawIsTheGivenGaussian() {
        // X_0 is not propagated: m(0) = E f(N(μ₀, s₀²)) is the first check of the initial sampling
        double e = gaussian(z -> F.value(MU0 + S0 * z));
        assertEquals(e, solution.meanValues()[0], 5 * 0.5 / Math.sqrt(M));
    }
}
