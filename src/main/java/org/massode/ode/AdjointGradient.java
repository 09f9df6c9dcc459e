package org.massode.ode;

import org.massode.nd.LinearCombination;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Continuous adjoint sensitivities (Chen et al. 2018): the forward pass keeps only y(t1); the backward pass
 * integrates [y, a, g] from t1 to t0 with a(t1) = ∂L/∂y(t1), g(t1) = 0, reconstructing y on the way, so that
 * a(t0) = ∂L/∂y0 and g(t0) = ∫ aᵀ·∂f/∂θ dt = ∂L/∂θ. Fixed-step methods retrace the forward grid in reverse;
 * Dopri5 chooses its own steps under the same tolerances. The result approximates the gradient of the exact flow,
 * so it differs from the discrete gradient by the discretization error.
 */
final class AdjointGradient implements GradientStrategy {
    private static final double SAFETY = 0.9;

    private final SolverConfig cfg;
    private final OdeSolver solver;
    private final MemoryMeter meter = new MemoryMeter();
    /** The backward pass's stage buffers, kept between solves of one system and shape. */
    private AdjointStepper stepper;
    private final KeptBuffers buffers = new KeptBuffers();
    private OdeSystem sys;
    private Solution forward;
    private double t0;
    private double t1;
    private SolveStats stats;

    AdjointGradient(SolverConfig cfg) {
        this.cfg = cfg;
        this.solver = new OdeSolver(cfg);
    }

    @Override
    public Solution forward(OdeSystem sys, INDArray y0, double t0, double t1, INDArray yOut) {
        this.sys = sys;
        this.t0 = t0;
        this.t1 = t1;
        meter.reset();
        forward = solver.integrate(sys, y0, t0, t1, StepSink.NONE, null, yOut);
        meter.hold(forward.y());
        stats = forward.stats();
        return forward;
    }

    @Override
    public INDArray backward(INDArray dLdyT, INDArray paramGrad, INDArray out) {
        if (forward == null) throw new IllegalStateException("backward() called without a preceding forward()");
        AdjointStepper st = AdjointStepper.reuseOrCreate(stepper, cfg.tableau(), sys, dLdyT.rows(), dLdyT.dataType());
        stepper = st;
        // the reverse pass's buffers are kept between solves (an ND4J allocation costs about as much per byte as
        // filling it twice over: fresh pages); y(T) and ∂L/∂y(T) are copied in, since the caller keeps both
        INDArray y = buffers.get(0, forward.y()).assign(forward.y());
        INDArray a = buffers.get(1, dLdyT).assign(dLdyT);
        INDArray yN = buffers.get(2, y);
        INDArray aN = buffers.get(3, a);
        boolean params = sys.paramCount() > 0 && paramGrad != null;
        INDArray g = params ? buffers.get(4, paramGrad).assign(0) : null;
        INDArray gN = params ? buffers.get(5, paramGrad) : null;
        meter.hold(y, a, yN, aN, g, gN);
        meter.holdBytes(st.bytes());
        INDArray[] ag = {a, g};
        int steps = cfg.adaptive() ? backwardAdaptive(st, y, a, g, yN, aN, gN)
                : backwardFixed(st, new INDArray[]{y, yN}, ag, new INDArray[]{aN, gN});
        if (params) paramGrad.addi(ag[1]);
        SolveStats f = forward.stats();
        stats = new SolveStats(f.rhsEvaluations(), f.acceptedSteps(), f.rejectedSteps(), st.rhsEvaluations, st.vjps,
                steps, meter.peak());
        forward = null;
        // a(t0) sits in one of the kept buffers, which the next solve overwrites: the caller gets its own copy
        return out != null ? out.assign(ag[0]) : ag[0].dup();
    }

    /**
     * The fixed grid in reverse. The buffers trade places after each step instead of copying the new state back (g
     * is parameter-sized): on return {@code ag} holds the arrays with a(t0) and g(t0). ys = {y, spare},
     * ag = {a, g}, next = {spare a, spare g}.
     */
    private int backwardFixed(AdjointStepper st, INDArray[] ys, INDArray[] ag, INDArray[] next) {
        double[] grid = forward.grid();
        INDArray y = ys[0];
        INDArray yN = ys[1];
        INDArray a = ag[0];
        INDArray g = ag[1];
        INDArray aN = next[0];
        INDArray gN = next[1];
        for (int n = grid.length - 1; n > 0; n--) {
            double h = grid[n - 1] - grid[n];
            INDArray tmp;
            if (st.eulerFused(grid[n], h, y, a, g, yN)) {
                // a and g were updated in place; only y' is in the spare
                if (!Arrays2.finite(a)) throw nonFinite(n, grid[n]);
            } else {
                st.step(grid[n], h, y, a, g, yN, aN, gN, cfg.rtol(), cfg.atol());
                if (!Arrays2.finite(aN)) throw nonFinite(n, grid[n]);
                tmp = a;
                a = aN;
                aN = tmp;
                tmp = g;
                g = gN;
                gN = tmp;
            }
            tmp = y;
            y = yN;
            yN = tmp;
        }
        ag[0] = a;
        ag[1] = g;
        return grid.length - 1;
    }

    private int backwardAdaptive(AdjointStepper st, INDArray y, INDArray a, INDArray g, INDArray yN, INDArray aN,
                                 INDArray gN) {
        double[] grid = forward.grid();
        double h = grid[grid.length - 1] - grid[grid.length - 2]; // the last forward step is a good first guess
        double t = t1;
        double alpha = 0.7 / cfg.tableau().order();
        int accepted = 0;
        int attempts = 0;
        while (t > t0) {
            if (++attempts > cfg.maxSteps()) {
                throw new OdeException("adjoint solve exceeded maxSteps=" + cfg.maxSteps() + " at t=" + t);
            }
            if (h < cfg.minStep()) {
                throw new OdeException("adjoint step size h=" + h + " fell below the minimum " + cfg.minStep()
                        + " at t=" + t + " (backward step " + accepted + ")");
            }
            boolean last = t - h <= t0 || (t - h) - t0 < 1e-12 * Math.max(1, Math.abs(t0));
            double hs = last ? t - t0 : h;
            double err = st.step(t, -hs, y, a, g, yN, aN, gN, cfg.rtol(), cfg.atol());
            if (!Double.isFinite(err)) throw nonFinite(accepted, t);
            double factor = SAFETY * Math.pow(Math.max(err, 1e-10), -alpha);
            if (err <= 1.0) {
                swap(y, yN, a, aN, g, gN);
                t = last ? t0 : t - hs;
                accepted++;
                h = hs * Math.min(10, Math.max(0.2, factor));
            } else {
                h = hs * Math.min(1, Math.max(0.2, factor));
            }
        }
        return accepted;
    }

    /** Swaps contents (not references) so the caller's arrays hold the newest values. */
    private static void swap(INDArray y, INDArray yN, INDArray a, INDArray aN, INDArray g, INDArray gN) {
        LinearCombination.copy(yN, y);
        LinearCombination.copy(aN, a);
        if (g != null) LinearCombination.copy(gN, g);
    }

    private static OdeException nonFinite(int step, double t) {
        return new OdeException("the adjoint became NaN or Inf at backward step " + step + " (t=" + t + ")");
    }

    @Override
    public SolveStats stats() {
        return stats;
    }
}
