package org.massode.ode;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reverse mode through every stored stage: exact for the discrete solver, memory O(steps·stages). */
final class BackpropGradient implements GradientStrategy {
    private final OdeSolver solver;
    private final MemoryMeter meter = new MemoryMeter();
    private final List<StepRecord> tape = new ArrayList<>();
    /** Records of the previous solve, recycled so that repeated training iterations do not allocate a new tape. */
    private final RecordPool pool;
    /** Buffers of the last solve's stepper and reverse pass, reused while the system and shape stay the same. */
    private final RkStepper[] stepper = new RkStepper[1];
    private StepBackprop back;
    private OdeSystem sys;
    private Solution forward;
    private SolveStats stats;

    BackpropGradient(SolverConfig cfg) {
        this.solver = new OdeSolver(cfg);
        this.pool = new RecordPool(cfg.tableau().stages());
    }

    @Override
    public Solution forward(OdeSystem sys, INDArray y0, double t0, double t1, INDArray yOut) {
        this.sys = sys;
        tape.clear();
        meter.reset();
        forward = solver.integrate(sys, y0, t0, t1, new StepSink() {
            @Override
            public StepRecord before(int n, double t, double h, INDArray y) {
                return pool.get(n).reset(t, h);
            }

            @Override
            public INDArray input(int n, INDArray like) {
                return pool.get(n).inputBuffer(0, like);
            }

            @Override
            public void accepted(int n, double t, double h, INDArray yNew, StepRecord rec) {
                rec.holdIn(meter);
                tape.add(rec);
            }
        }, stepper, yOut);
        stats = forward.stats();
        return forward;
    }

    @Override
    public INDArray backward(INDArray dLdyT, INDArray paramGrad, INDArray out) {
        if (forward == null) throw new IllegalStateException("backward() called without a preceding forward()");
        back = StepBackprop.reuseOrCreate(back, solver.config().tableau(), sys, dLdyT.rows(), dLdyT.dataType());
        INDArray abar = out != null ? out.assign(dLdyT) : dLdyT.dup();
        meter.hold(abar);
        meter.holdBytes(back.bytes());
        for (int i = tape.size() - 1; i >= 0; i--) {
            StepRecord rec = tape.get(i);
            back.backward(rec, abar, paramGrad);
            rec.releaseFrom(meter);
        }
        tape.clear();
        SolveStats f = forward.stats();
        stats = new SolveStats(f.rhsEvaluations(), f.acceptedSteps(), f.rejectedSteps(), 0, back.vjps,
                f.acceptedSteps(), meter.peak());
        forward = null;
        return abar;
    }

    @Override
    public SolveStats stats() {
        return stats;
    }
}
