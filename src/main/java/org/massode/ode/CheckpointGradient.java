package org.massode.ode;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The exact discrete gradient of {@link BackpropGradient} with O(√steps) memory: the forward pass keeps the state
 * before every k-th step and the accepted grid; the backward pass recomputes one segment at a time, recording its
 * stages, and runs reverse mode through it (ANODE-style checkpointing; costs one extra forward solve).
 */
final class CheckpointGradient implements GradientStrategy {
    private final SolverConfig cfg;
    private final OdeSolver solver;
    private final MemoryMeter meter = new MemoryMeter();
    private final List<INDArray> checkpoints = new ArrayList<>();
    private final KeptBuffers checkpointPool = new KeptBuffers();
    /** Where a segment's last step writes its output, which nothing reads: one buffer kept across segments. */
    private final KeptBuffers segmentEnd = new KeptBuffers();
    /** The stepper of the forward solve and of the recomputed segments, and the reverse pass, reused across solves. */
    private final RkStepper[] stepper = new RkStepper[1];
    private StepBackprop back;
    /** The records of one recomputed segment, recycled across segments and solves (no allocation per step). */
    private final RecordPool segmentPool;
    private OdeSystem sys;
    private Solution forward;
    private SolveStats stats;
    private int every;

    CheckpointGradient(SolverConfig cfg) {
        this.cfg = cfg;
        this.solver = new OdeSolver(cfg);
        this.segmentPool = new RecordPool(cfg.tableau().stages());
    }

    @Override
    public Solution forward(OdeSystem sys, INDArray y0, double t0, double t1, INDArray yOut) {
        this.sys = sys;
        checkpoints.clear();
        meter.reset();
        double[] fixed = solver.fixedGrid(t0, t1);
        every = cfg.checkpointEvery() > 0 ? cfg.checkpointEvery()
                : fixed == null ? 16 : (int) Math.ceil(Math.sqrt(fixed.length - 1));
        forward = solver.integrate(sys, y0, t0, t1, new StepSink() {
            @Override
            public StepRecord before(int n, double t, double h, INDArray y) {
                if (n % every == 0 && checkpoints.size() == n / every) {
                    // kept between solves: a fresh [200, 784] float array costs ND4J about 2.5 ms here (see KeptBuffers)
                    INDArray c = checkpointPool.get(checkpoints.size(), y).assign(y);
                    meter.hold(c);
                    checkpoints.add(c);
                }
                return null;
            }
        }, stepper, yOut);
        stats = forward.stats();
        return forward;
    }

    @Override
    public INDArray backward(INDArray dLdyT, INDArray paramGrad, INDArray dLdy0) {
        if (forward == null) throw new IllegalStateException("backward() called without a preceding forward()");
        ButcherTableau tab = cfg.tableau();
        double[] grid = forward.grid();
        int steps = grid.length - 1;
        RkStepper stepper = RkStepper.reuseOrCreate(this.stepper[0], tab, sys, dLdyT.rows(), dLdyT.dataType());
        this.stepper[0] = stepper;
        back = StepBackprop.reuseOrCreate(back, tab, sys, dLdyT.rows(), dLdyT.dataType());
        INDArray abar = dLdy0 != null ? dLdy0.assign(dLdyT) : dLdyT.dup();
        INDArray lastOutput = segmentEnd.get(0, abar);
        meter.hold(abar, lastOutput);
        meter.holdBytes(back.bytes() + stepper.bytes());
        List<StepRecord> segment = new ArrayList<>(every);
        for (int c = checkpoints.size() - 1; c >= 0; c--) {
            int start = c * every;
            int end = Math.min(steps, start + every);
            // the checkpoint is step `start`'s input, read as it is; every later step writes its output straight into
            // the next step's record, so only the first input is copied and nothing is allocated once the pool is warm
            INDArray y = checkpoints.get(c);
            stepper.invalidate();
            for (int n = start; n < end; n++) {
                StepRecord rec = segmentPool.get(n - start).reset(grid[n], grid[n + 1] - grid[n]);
                INDArray out = n + 1 < end ? segmentPool.get(n + 1 - start).inputBuffer(0, y) : null;
                stepper.step(rec.t, y, rec.h, out == null ? lastOutput : out, rec);
                stepper.accept();
                rec.holdIn(meter);
                segment.add(rec);
                if (out != null) y = out;
            }
            for (int i = segment.size() - 1; i >= 0; i--) {
                back.backward(segment.get(i), abar, paramGrad);
                segment.get(i).releaseFrom(meter);
            }
            segment.clear();
            meter.release(checkpoints.get(c));
        }
        checkpoints.clear();
        SolveStats f = forward.stats();
        stats = new SolveStats(f.rhsEvaluations(), f.acceptedSteps(), f.rejectedSteps(), stepper.rhsEvaluations,
                back.vjps, steps, meter.peak());
        forward = null;
        return abar;
    }

    @Override
    public SolveStats stats() {
        return stats;
    }
}
