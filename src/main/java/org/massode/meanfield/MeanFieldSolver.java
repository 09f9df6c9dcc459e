package org.massode.meanfield;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monte Carlo fixed-point iteration for the mean-field limit of the network of {@link HopfieldModel}.
 * <p>
 * In the limit N → ∞ with i.i.d. (non-symmetric) couplings Jᵢⱼ ~ N(J/N, σ²/N), every neuron follows
 * <pre>dX = (−X + η_t)·dt + λ·dW,   η Gaussian, independent of W and X₀, E[η_t] = J·m(t), Cov(η_t, η_s) = σ²·C(t, s),
 * m(t) = E[f(X_t)],   C(t, s) = E[f(X_t)·f(X_s)].</pre>
 * The map Φ: (m, C) ↦ moments of f(X) under the field law (m, C) is iterated from (0, 0): each application samples M
 * field paths (Cholesky of σ²·C), simulates M neurons with fresh Brownian motions and re-estimates (m, C). The
 * residuals sup|Φ(m, C) − (m, C)| are recorded for every iteration, the next iterate is (m, C) + α·(Φ − (m, C))
 * (α = 1 by default), and the iteration stops by the rule of {@link SolverSettings}.
 * <p>
 * Precision: the Monte Carlo arrays (Z, η, Brownian increments, X, f(X)) and the two large gemms run in
 * {@link SolverSettings#precision()} (FLOAT by default: float rounding, ~1e-6 relative, is far below the Monte Carlo
 * error ~1e-2/√(M/100)); the Cholesky factorization, m and C are DOUBLE.
 * <p>
 * Correspondence with Faugeras &amp; Tanré (2024; also arXiv 2408.14290): they scale the noise out, Y = X/λ, so that
 * dY = (−Y + λ⁻¹·Σⱼ Jᵢⱼ f(λYʲ))·dt + dW, i.e. couplings in units of λ with J̄ = J/λ, σ̄ = σ/λ; the limit is then
 * described by a mean function m_Q(t) and a correlation function K_Q(t, s) of f, which are our m and C (their field
 * has mean J̄·m_Q and covariance σ̄²·K_Q, i.e. our J·m/λ and σ²·C/λ). They write the "noise" part (field plus
 * Brownian motion) as a linear functional of one Brownian motion through the resolvent of a Volterra equation of the
 * second kind whose kernel is built from K_Q. Here the same Gaussian law is sampled directly: the field η is drawn
 * independently of W from its mean and covariance (Cholesky) and added to the drift. Both give the same law of X on
 * the grid; the direct form needs no resolvent and costs one (T+1)²·M gemm per iteration.
 */
public final class MeanFieldSolver {
    private static final Logger LOG = LoggerFactory.getLogger(MeanFieldSolver.class);

    private final HopfieldModel model;
    private final TimeGrid grid;
    private final SolverSettings settings;

    public MeanFieldSolver(HopfieldModel model, TimeGrid grid, SolverSettings settings) {
        this.model = model;
        this.grid = grid;
        this.settings = settings;
    }

    public MeanFieldSolution solve() {
        long start = System.nanoTime();
        int points = grid.points();
        int paths = settings.samples();
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(settings.seed());
        INDArray mean = Nd4j.zeros(DataType.DOUBLE, points);
        INDArray covariance = Nd4j.zeros(DataType.DOUBLE, points, points);
        INDArray kept = Nd4j.zeros(DataType.DOUBLE, points, settings.keptTrajectories());
        List<IterationRecord> history = new ArrayList<>();
        boolean converged = false;
        for (int it = 1; it <= settings.maxIterations(); it++) {
            long t0 = System.nanoTime();
            GaussianFieldSampler.Sample field = GaussianFieldSampler.sample(mean, covariance, model.couplingMean(),
                    model.couplingStd(), paths, settings.relativeJitter(), rng, settings.precision());
            INDArray x = EffectiveNeuronSimulator.simulate(model, grid, field.field(), rng);
            if (settings.keptTrajectories() > 0) {
                kept = x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, settings.keptTrajectories()))
                        .castTo(DataType.DOUBLE).dup('c');
            }
            FieldStatistics stats = FieldStatistics.estimate(model.sigmoid().applyInPlace(x));
            double dm = supDistance(stats.mean(), mean);
            double dc = supDistance(stats.covariance(), covariance);
            double tolM = Double.isNaN(settings.tolerance())
                    ? settings.toleranceFactor() * stats.meanStandardError() : settings.tolerance();
            double tolC = Double.isNaN(settings.tolerance())
                    ? settings.toleranceFactor() * stats.covarianceStandardError() : settings.tolerance();
            IterationRecord rec = new IterationRecord(it, dm, dc, tolM, tolC, stats.meanStandardError(),
                    stats.covarianceStandardError(), field.addedVariance(), (System.nanoTime() - t0) / 1e9);
            history.add(rec);
            LOG.info("iteration {}: sup|dm| = {} (tol {}), sup|dC| = {} (tol {}), {} s", it, fmt(dm), fmt(tolM),
                    fmt(dc), fmt(tolC), fmt(rec.seconds()));
            double alpha = settings.damping();
            if (alpha == 1) {
                mean = stats.mean();
                covariance = stats.covariance();
            } else {
                mean = mean.mul(1 - alpha).addi(stats.mean().mul(alpha));
                covariance = covariance.mul(1 - alpha).addi(stats.covariance().mul(alpha));
            }
            if (rec.withinTolerance()) {
                converged = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!converged) {
            LOG.warn("no convergence within {} iterations", settings.maxIterations());
        }
        return new MeanFieldSolution(model, grid, mean, covariance, kept, List.copyOf(history), history.size(),
                converged, seconds);
    }

    /** sup-norm distance between two arrays of the same shape. */
    public static double supDistance(INDArray a, INDArray b) {
        return Transforms.abs(a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)), false)
                .maxNumber().doubleValue();
    }

    private static String fmt(double v) {
        return String.format("%.3g", v);
    }
}
