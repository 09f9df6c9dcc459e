package org.massode.ode;

import java.util.Arrays;

/**
 * How to integrate: the method, its grid (fixed steps) or its tolerances (Dopri5), and checkpointing.
 * Immutable; built with {@link #builder()}, which validates every value and names the offending one.
 *
 * <p>Fixed-step methods use h = (t1 − t0)/steps. Dopri5 accepts a step when
 * ‖err‖ = RMS(errᵢ / (atol + rtol·max(|yᵢ|, |y'ᵢ|))) ≤ 1 and picks the next step with a PI controller
 * h' = h·clamp(safety·‖err‖^(−α)·‖err_prev‖^(β), 0.2, 10), α = 0.7/5, β = 0.4/5 (Hairer–Wanner II, §IV.2).
 * Any method can instead replay an explicit grid of times (used to differentiate exactly what an adaptive solve did).
 */
public final class SolverConfig {
    private final Method method;
    private final int steps;
    private final double rtol;
    private final double atol;
    private final double initialStep;
    private final double minStep;
    private final int maxSteps;
    private final int checkpointEvery;
    private final double[] grid;

    private SolverConfig(Builder b) {
        this.method = b.method;
        this.steps = b.steps;
        this.rtol = b.rtol;
        this.atol = b.atol;
        this.initialStep = b.initialStep;
        this.minStep = b.minStep;
        this.maxSteps = b.maxSteps;
        this.checkpointEvery = b.checkpointEvery;
        this.grid = b.grid;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SolverConfig fixed(Method method, int steps) {
        return builder().method(method).steps(steps).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.steps = steps;
        b.rtol = rtol;
        b.atol = atol;
        b.initialStep = initialStep;
        b.minStep = minStep;
        b.maxSteps = maxSteps;
        b.checkpointEvery = checkpointEvery;
        b.grid = grid;
        return b;
    }

    public Method method() {
        return method;
    }

    public ButcherTableau tableau() {
        return method.tableau();
    }

    /** True when the step size is chosen by error control (Dopri5 without an explicit grid). */
    public boolean adaptive() {
        return method.adaptive() && grid == null;
    }

    public int steps() {
        return steps;
    }

    public double rtol() {
        return rtol;
    }

    public double atol() {
        return atol;
    }

    public double initialStep() {
        return initialStep;
    }

    public double minStep() {
        return minStep;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** Checkpoint interval k for {@link GradientMode#CHECKPOINT}; 0 means ⌈√steps⌉ (16 for adaptive solves). */
    public int checkpointEvery() {
        return checkpointEvery;
    }

    /** The explicit grid of times to step through, or null. */
    public double[] grid() {
        return grid == null ? null : grid.clone();
    }

    @Override
    public String toString() {
        return adaptive() ? method + "(rtol=" + rtol + ", atol=" + atol + ")"
                : grid != null ? method + "(grid of " + (grid.length - 1) + " steps)" : method + "(steps=" + steps + ")";
    }

    /** Builder with validation; defaults: RK4, 25 steps, rtol 1e-6, atol 1e-8, 10⁵ max steps, min step 1e-12. */
    public static final class Builder {
        private Method method = Method.RK4;
        private int steps = 25;
        private double rtol = 1e-6;
        private double atol = 1e-8;
        private double initialStep = 0;
        private double minStep = 1e-12;
        private int maxSteps = 100_000;
        private int checkpointEvery = 0;
        private double[] grid;

        public Builder method(Method m) {
            if (m == null) throw new IllegalArgumentException("solver method must not be null");
            this.method = m;
            return this;
        }

        public Builder steps(int n) {
            if (n <= 0) throw new IllegalArgumentException("steps must be positive, got " + n);
            this.steps = n;
            return this;
        }

        public Builder rtol(double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException("rtol must be > 0, got " + v);
            this.rtol = v;
            return this;
        }

        public Builder atol(double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException("atol must be > 0, got " + v);
            this.atol = v;
            return this;
        }

        public Builder initialStep(double h) {
            if (!(h >= 0) || !Double.isFinite(h)) {
                throw new IllegalArgumentException("initialStep must be >= 0 (0 = automatic), got " + h);
            }
            this.initialStep = h;
            return this;
        }

        public Builder minStep(double h) {
            if (!(h > 0) || !Double.isFinite(h)) throw new IllegalArgumentException("minStep must be > 0, got " + h);
            this.minStep = h;
            return this;
        }

        public Builder maxSteps(int n) {
            if (n <= 0) throw new IllegalArgumentException("maxSteps must be positive, got " + n);
            this.maxSteps = n;
            return this;
        }

        public Builder checkpointEvery(int k) {
            if (k < 0) throw new IllegalArgumentException("checkpointEvery must be >= 0 (0 = sqrt(steps)), got " + k);
            this.checkpointEvery = k;
            return this;
        }

        /** Steps exactly through these strictly increasing times (first = t0, last = t1). */
        public Builder grid(double[] times) {
            if (times == null || times.length < 2) {
                throw new IllegalArgumentException("a grid needs at least 2 times, got "
                        + (times == null ? "null" : Arrays.toString(times)));
            }
            for (int i = 1; i < times.length; i++) {
                if (!(times[i] > times[i - 1])) {
                    throw new IllegalArgumentException("grid times must increase strictly; times[" + i + "] = "
                            + times[i] + " after " + times[i - 1]);
                }
            }
            this.grid = times.clone();
            return this;
        }

        public SolverConfig build() {
            return new SolverConfig(this);
        }
    }
}
