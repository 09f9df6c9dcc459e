package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Forward solve that keeps what its backward pass needs, then the backward pass itself. */
interface GradientStrategy {
    Solution forward(OdeSystem sys, INDArray y0, double t0, double t1);

    /** dL/dy0 from dL/dy(t1); accumulates dL/dθ into paramGrad. Consumes what forward kept. */
    INDArray backward(INDArray dLdyT, INDArray paramGrad);

    /** Counters of the last forward + backward pair. */
    SolveStats stats();

    static GradientStrategy of(GradientMode mode, SolverConfig cfg) {
        return switch (mode) {
            case BACKPROP -> new BackpropGradient(cfg);
            case CHECKPOINT -> new CheckpointGradient(cfg);
            case ADJOINT -> new AdjointGradient(cfg);
        };
    }
}
