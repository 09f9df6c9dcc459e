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

    public INDArray forward(INDArray y0, double t0, double t1) {
        last = strategy.forward(sys, y0, t0, t1);
        return last.y();
    }

    /** @param paramGrad [1, paramCount()] accumulator (+=), or null when θ̄ is not wanted. */
    public INDArray backward(INDArray dLdyT, INDArray paramGrad) {
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
        last = null;
        return strategy.backward(dLdyT, paramGrad);
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
