package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable solve y(t1) = y0 + ∫ f(t, y; θ) dt: {@link #forward} integrates and keeps what the chosen
 * {@link GradientMode} needs; {@link #backward} turns ∂L/∂y(t1) into ∂L/∂y0 and accumulates ∂L/∂θ.
 * One forward must precede each backward; an instance is not thread-safe.
 */
public final class NeuralOde {
    private final OdeSystem sys;
    private final SolverConfig cfg;
    private final GradientMode mode;
    private final GradientStrategy strategy;
    private Solution last;

    public NeuralOde(OdeSystem sys, SolverConfig cfg, GradientMode mode) {
        if (sys == null || cfg == null || mode == null) {
            throw new IllegalArgumentException("system, solver configuration and gradient mode must not be null");
        }
        this.sys = sys;
        this.cfg = cfg;
        this.mode = mode;
        this.strategy = GradientStrategy.of(mode, cfg);
    }

    /** Solves from y0 at t0 to t1 and returns y(t1), a new array that later solves leave alone. */
    public INDArray forward(INDArray y0, double t0, double t1) {
        last = strategy.forward(sys, y0, t0, t1, null);
        return last.y();
    }

    /**
     * As {@link #forward(INDArray, double, double)}, writing y(t1) into {@code yT} (y0's shape and type, another
     * array than y0) and returning it: a training loop that passes the same buffer every iteration makes the solve
     * allocate nothing, which matters because an ND4J allocation is slow (about 2.5 ms for [200, 784] floats here,
     * the time of two of its gemms). With ADJOINT, backward starts from y(t1): leave yT unchanged until then.
     */
    public INDArray forward(INDArray y0, double t0, double t1, INDArray yT) {
        if (yT == null) throw new IllegalArgumentException("yT must not be null (use forward(y0, t0, t1))");
        last = strategy.forward(sys, y0, t0, t1, yT);
        return last.y();
    }

    /** @param paramGrad [1, paramCount()] accumulator (+=), or null when θ̄ is not wanted. */
    public INDArray backward(INDArray dLdyT, INDArray paramGrad) {
        return backward(dLdyT, paramGrad, null);
    }

    /**
     * As {@link #backward(INDArray, INDArray)}, writing dL/dy0 into {@code dLdy0} (the shape and type of y(t1); it
     * may be dLdyT itself) and returning it; null: a new array.
     */
    public INDArray backward(INDArray dLdyT, INDArray paramGrad, INDArray dLdy0) {
        if (last == null) throw new IllegalStateException("backward() called without a preceding forward()");
        INDArray y = last.y();
        if (dLdyT == null || !java.util.Arrays.equals(dLdyT.shape(), y.shape())) {
            throw new IllegalArgumentException("dL/dy(t1): expected shape " + Arrays2.shape(y) + " but got "
                    + (dLdyT == null ? "null" : Arrays2.shape(dLdyT)));
        }
        if (paramGrad != null && paramGrad.length() != sys.paramCount()) {
            throw new IllegalArgumentException("parameter gradient: expected length " + sys.paramCount()
                    + " but got " + paramGrad.length());
        }
        if (dLdyT.dataType() != y.dataType()) dLdyT = dLdyT.castTo(y.dataType());
        if (dLdy0 != null) Arrays2.requireShapeAndType(dLdy0, y, "dL/dy0 output");
        last = null;
        return strategy.backward(dLdyT, paramGrad, dLdy0);
    }

    public SolveStats stats() {
        return strategy.stats();
    }

    public OdeSystem system() {
        return sys;
    }

    public SolverConfig config() {
        return cfg;
    }

    public GradientMode mode() {
        return mode;
    }
}
