package org.massode.meanfield;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Settings of the Monte Carlo fixed-point iteration (see {@link MeanFieldSolver}). Built with {@link #builder()}.
 * <p>
 * Stopping rule: iteration k stops when sup_t |m_k − m_{k−1}| ≤ tol_m and sup_{t,s} |C_k − C_{k−1}| ≤ tol_C. With an
 * absolute {@code tolerance} both are that number; otherwise tol = toleranceFactor × (largest Monte Carlo standard
 * error of the new estimate). Two independent estimates of the same (m, C) differ pointwise by √2·SE in standard
 * deviation, and the sup over a grid of correlated points adds a factor ≈ 3, hence the default factor 6: iterations
 * stop once successive iterates differ by no more than Monte Carlo noise.
 * <p>
 * Damping α ∈ (0, 1]: the next iterate is (1 − α)·(m, C) + α·Φ(m, C); α = 1 is the plain Picard iteration. For strongly
 * inhibitory couplings the plain map overshoots (the error alternates in sign from one iteration to the next) and
 * α &lt; 1 shortens the iteration; a convex combination of two covariances stays positive semi-definite.
 */
public final class SolverSettings {
    private final int samples;
    private final int maxIterations;
    private final double tolerance;
    private final double toleranceFactor;
    private final double relativeJitter;
    private final int keptTrajectories;
    private final double damping;
    private final DataType precision;
    private final long seed;

    private SolverSettings(Builder b) {
        this.damping = b.damping;
        this.precision = b.precision;
        this.samples = b.samples;
        this.maxIterations = b.maxIterations;
        this.tolerance = b.tolerance;
        this.toleranceFactor = b.toleranceFactor;
        this.relativeJitter = b.relativeJitter;
        this.keptTrajectories = b.keptTrajectories;
        this.seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** M, the number of Monte Carlo paths per iteration. */
    public int samples() {
        return samples;
    }

    public int maxIterations() {
        return maxIterations;
    }

    /** Absolute tolerance on both residuals, or NaN for the Monte Carlo tied rule. */
    public double tolerance() {
        return tolerance;
    }

    public double toleranceFactor() {
        return toleranceFactor;
    }

    /** First jitter tried in the Cholesky factorization, relative to the mean of diag C. */
    public double relativeJitter() {
        return relativeJitter;
    }

    /** How many paths X(t) of the last iteration are kept for plotting. */
    public int keptTrajectories() {
        return keptTrajectories;
    }

    public long seed() {
        return seed;
    }

    /** Data type of the Monte Carlo arrays and gemms (FLOAT or DOUBLE). */
    public DataType precision() {
        return precision;
    }

    /** α: weight of the new Monte Carlo estimate in the next iterate. */
    public double damping() {
        return damping;
    }

    public static final class Builder {
        private int samples = 10_000;
        private int maxIterations = 50;
        private double tolerance = Double.NaN;
        private double toleranceFactor = 6;
        private double relativeJitter = 1e-10;
        private int keptTrajectories = 5;
        private double damping = 1;
        private DataType precision = DataType.FLOAT;

        public Builder precision(DataType type) {
            this.precision = type;
            return this;
        }
        private long seed = 1;

        public Builder damping(double alpha) {
            this.damping = alpha;
            return this;
        }

        public Builder samples(int m) {
            this.samples = m;
            return this;
        }

        public Builder maxIterations(int n) {
            this.maxIterations = n;
            return this;
        }

        /** Absolute tolerance; NaN (the default) selects the Monte Carlo tied rule. */
        public Builder tolerance(double tol) {
            this.tolerance = tol;
            return this;
        }

        public Builder toleranceFactor(double factor) {
            this.toleranceFactor = factor;
            return this;
        }

        public Builder relativeJitter(double jitter) {
            this.relativeJitter = jitter;
            return this;
        }

        public Builder keptTrajectories(int n) {
            this.keptTrajectories = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public SolverSettings build() {
            if (samples < 2) {
                throw new IllegalArgumentException("samples (--samples) must be at least 2, got " + samples);
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("max iterations (--max-iterations) must be at least 1, got "
                        + maxIterations);
            }
            if (!Double.isNaN(tolerance) && !(tolerance > 0 && Double.isFinite(tolerance))) {
                throw new IllegalArgumentException("tolerance (--tol) must be a finite number > 0, got " + tolerance);
            }
            if (!(toleranceFactor > 0) || Double.isInfinite(toleranceFactor)) {
                throw new IllegalArgumentException("tolerance factor (--tol-factor) must be a finite number > 0, got "
                        + toleranceFactor);
            }
            if (!(relativeJitter >= 0) || relativeJitter > JitteredCholesky.MAX_RELATIVE_JITTER) {
                throw new IllegalArgumentException("jitter (--jitter) must be in [0, "
                        + JitteredCholesky.MAX_RELATIVE_JITTER + "], got " + relativeJitter);
            }
            if (keptTrajectories < 0 || keptTrajectories > samples) {
                throw new IllegalArgumentException("kept trajectories (--trajectories) must be in [0, samples = "
                        + samples + "], got " + keptTrajectories);
            }
            if (!(damping > 0 && damping <= 1)) {
                throw new IllegalArgumentException("damping (--damping) must be in (0, 1], got " + damping);
            }
            if (precision != DataType.FLOAT && precision != DataType.DOUBLE) {
                throw new IllegalArgumentException("precision (--precision) must be float or double, got " + precision);
            }
            return new SolverSettings(this);
        }
    }
}
