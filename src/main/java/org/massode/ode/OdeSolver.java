package org.massode.ode;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Integrates dy/dt = f(t, y) from t0 to t1 (t1 &gt; t0) with the method and grid or tolerances of a
 * {@link SolverConfig}. Stateless apart from its configuration, so one instance may be shared.
 */
public final class OdeSolver {
    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10.0;

    private final SolverConfig cfg;

    public OdeSolver(SolverConfig cfg) {
        if (cfg == null) throw new IllegalArgumentException("solver configuration must not be null");
        this.cfg = cfg;
    }

    public SolverConfig config() {
        return cfg;
    }

    /** Solves without keeping anything for gradients. */
    public Solution solve(OdeSystem sys, INDArray y0, double t0, double t1) {
        return solve(sys, y0, t0, t1, null);
    }

    /** Solves, reporting every accepted step (including step 0 at t0) to the listener. */
    public Solution solve(OdeSystem sys, INDArray y0, double t0, double t1, StepListener listener) {
        StepSink sink = listener == null ? StepSink.NONE : new StepSink() {
            @Override
            public void accepted(int n, double t, double h, INDArray yNew, StepRecord rec) {
                listener.onStep(n + 1, t + h, yNew);
            }
        };
        if (listener != null) listener.onStep(0, t0, y0);
        return integrate(sys, y0, t0, t1, sink);
    }

    /** Checks the arguments every solve shares, naming what is wrong. */
    static void validate(OdeSystem sys, INDArray y0, double t0, double t1) {
        if (sys == null) throw new IllegalArgumentException("ODE system must not be null");
        if (y0 == null) throw new IllegalArgumentException("y0 must not be null");
        if (y0.rank() != 2 || y0.columns() != sys.stateSize()) {
            throw new IllegalArgumentException("y0: expected shape [batch, " + sys.stateSize() + "] but got "
                    + Arrays2.shape(y0));
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1)) {
            throw new IllegalArgumentException("t0 and t1 must be finite, got t0=" + t0 + ", t1=" + t1);
        }
        if (!(t1 > t0)) {
            throw new IllegalArgumentException("t1 must be greater than t0 (backward-in-time solves are not supported), "
                    + "got t0=" + t0 + ", t1=" + t1);
        }
        if (!Arrays2.finite(y0)) {
            throw new IllegalArgumentException("y0 contains NaN or Inf (shape " + Arrays2.shape(y0) + ")");
        }
    }

    /** The fixed grid of this configuration over [t0, t1], or null when adaptive. */
    double[] fixedGrid(double t0, double t1) {
        double[] grid = cfg.grid();
        if (grid != null) {
            double tol = 1e-12 * Math.max(1, Math.abs(t1 - t0));
            if (Math.abs(grid[0] - t0) > tol || Math.abs(grid[grid.length - 1] - t1) > tol) {
                throw new IllegalArgumentException("grid must run from t0=" + t0 + " to t1=" + t1 + ", got "
                        + grid[0] + " .. " + grid[grid.length - 1]);
            }
            return grid;
        }
        if (cfg.adaptive()) return null;
        int n = cfg.steps();
        double[] g = new double[n + 1];
        for (int i = 0; i <= n; i++) g[i] = t0 + (t1 - t0) * i / n;
        g[n] = t1;
        return g;
    }

    Solution integrate(OdeSystem sys, INDArray y0, double t0, double t1, StepSink sink) {
        return integrate(sys, y0, t0, t1, sink, null, null);
    }

    /**
     * As {@link #integrate(OdeSystem, INDArray, double, double, StepSink)}, taking the stepper from (and leaving it
     * in) {@code slot} so that a gradient strategy's repeated solves reuse its buffers (null: a fresh stepper), and
     * writing y(t1) into {@code yOut} (shape and type of y0, not y0 itself) when it is not null: on a fixed grid the
     * last step writes there directly, so the solve allocates nothing for its result.
     */
    Solution integrate(OdeSystem sys, INDArray y0, double t0, double t1, StepSink sink, RkStepper[] slot,
                       INDArray yOut) {
        validate(sys, y0, t0, t1);
        checkOutput(yOut, y0, "y(t1) output");
        RkStepper stepper = RkStepper.reuseOrCreate(slot == null ? null : slot[0], cfg.tableau(), sys, y0.rows(),
                y0.dataType());
        if (slot != null) slot[0] = stepper;
        double[] grid = fixedGrid(t0, t1);
        Solution s = grid != null ? integrateFixed(stepper, y0, grid, sink, yOut)
                : integrateAdaptive(sys, stepper, y0, t0, t1, sink);
        if (yOut == null || s.y() == yOut) return s;
        yOut.assign(s.y());
        return new Solution(yOut, s.stats(), s.grid());
    }

    /** An output buffer must have y0's shape and type and must not be y0 (steps read y while writing out). */
    static void checkOutput(INDArray out, INDArray like, String what) {
        if (out == null) return;
        if (out == like) throw new IllegalArgumentException(what + " must be another array than the input");
        Arrays2.requireShapeAndType(out, like, what);
    }

    private Solution integrateFixed(RkStepper stepper, INDArray y0, double[] grid, StepSink sink, INDArray yOut) {
        // y0 is read, never written (StepOutputs never hands it out as a target): no copy of it
        INDArray y = y0;
        StepOutputs outputs = new StepOutputs();
        int n = grid.length - 1;
        for (int i = 0; i < n; i++) {
            double t = grid[i];
            double h = grid[i + 1] - t;
            StepRecord rec = sink.before(i, t, h, y);
            // a recording sink may take the output of every step but the last straight into the next record
            INDArray out = outputs.target(i + 1 < n ? sink.input(i + 1, y) : yOut, y);
            stepper.step(t, y, h, out, rec);
            if (!stepper.lastOutputFinite()) throw nonFinite(i, t, h);
            stepper.accept();
            y = outputs.advance(y, out);
            sink.accepted(i, t, h, y, rec);
        }
        if (y == y0) y = yOut != null ? yOut.assign(y0) : y0.dup(); // no step: the result is still a new array
        SolveStats stats = new SolveStats(stepper.rhsEvaluations, n, 0, 0, 0, 0, 0);
        return new Solution(y, stats, grid.clone());
    }

    private Solution integrateAdaptive(OdeSystem sys, RkStepper stepper, INDArray y0, double t0, double t1,
                                       StepSink sink) {
        INDArray y = y0.dup();
        INDArray next = y.ulike();
        double t = t0;
        double h = cfg.initialStep() > 0 ? cfg.initialStep() : initialStep(sys, y0, t0, t1, stepper);
        double prevErr = 1.0;
        double alpha = 0.7 / cfg.tableau().order();
        double beta = 0.4 / cfg.tableau().order();
        int accepted = 0;
        int rejected = 0;
        double[] times = new double[64];
        times[0] = t0;
        while (t < t1) {
            if (accepted + rejected >= cfg.maxSteps()) {
                throw new OdeException("adaptive solve exceeded maxSteps=" + cfg.maxSteps() + " at t=" + t
                        + " (step " + accepted + ", h=" + h + ")");
            }
            if (h < cfg.minStep()) {
                throw new OdeException("step size h=" + h + " fell below the minimum " + cfg.minStep() + " at t=" + t
                        + " (step " + accepted + "); the problem may be stiff or the tolerances too tight");
            }
            boolean last = t + h >= t1 || t1 - (t + h) < 1e-12 * Math.max(1, Math.abs(t1));
            double hStep = last ? t1 - t : h;
            StepRecord rec = sink.before(accepted, t, hStep, y);
            INDArray err = stepper.step(t, y, hStep, next, rec);
            double errNorm = ErrorNorm.rms(err, y, next, cfg.rtol(), cfg.atol());
            if (!Double.isFinite(errNorm) || !stepper.lastOutputFinite()) throw nonFinite(accepted, t, hStep);
            if (errNorm <= 1.0) {
                stepper.accept();
                INDArray tmp = y;
                y = next;
                next = tmp;
                sink.accepted(accepted, t, hStep, y, rec);
                t = last ? t1 : t + hStep;
                accepted++;
                if (accepted >= times.length) times = Arrays.copyOf(times, times.length * 2);
                times[accepted] = t;
                double factor = SAFETY * Math.pow(Math.max(errNorm, 1e-10), -alpha) * Math.pow(prevErr, beta);
                prevErr = Math.max(errNorm, 1e-4);
                h = hStep * Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
            } else {
                rejected++;
                double factor = SAFETY * Math.pow(errNorm, -alpha);
                h = hStep * Math.min(1.0, Math.max(MIN_FACTOR, factor));
            }
        }
        SolveStats stats = new SolveStats(stepper.rhsEvaluations, accepted, rejected, 0, 0, 0, 0);
        return new Solution(y, stats, Arrays.copyOf(times, accepted + 1));
    }

    /** Hairer–Nørsett–Wanner's starting step: h = min(100·h₀, (0.01/max(d₁, d₂))^(1/(q+1))). */
    private double initialStep(OdeSystem sys, INDArray y0, double t0, double t1, RkStepper stepper) {
        INDArray f0 = y0.ulike();
        sys.rhs(t0, y0, f0);
        stepper.rhsEvaluations++;
        double d0 = ErrorNorm.rms(y0, y0, cfg.rtol(), cfg.atol());
        double d1 = ErrorNorm.rms(f0, y0, cfg.rtol(), cfg.atol());
        double h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
        h0 = Math.min(h0, t1 - t0);
        INDArray y1 = y0.dup();
        Arrays2.axpy(h0, f0, y1);
        INDArray f1 = y0.ulike();
        sys.rhs(t0 + h0, y1, f1);
        stepper.rhsEvaluations++;
        double d2 = ErrorNorm.rms(f1.subi(f0), y0, cfg.rtol(), cfg.atol()) / h0;
        int q = cfg.tableau().order() - 1;
        double h1 = Math.max(d1, d2) <= 1e-15 ? Math.max(1e-6, h0 * 1e-3)
                : Math.pow(0.01 / Math.max(d1, d2), 1.0 / (q + 1));
        return Math.min(Math.min(100 * h0, h1), t1 - t0);
    }

    private static OdeException nonFinite(int step, double t, double h) {
        return new OdeException("the right-hand side produced NaN or Inf at step " + step + " (t=" + t + ", h=" + h
                + "); check the parameters and the input scale");
    }

    static INDArray zerosLike(INDArray a) {
        return Nd4j.zeros(a.dataType(), a.shape());
    }

    @Override
    public String toString() {
        return "OdeSolver" + Arrays.asList(cfg);
    }
}
