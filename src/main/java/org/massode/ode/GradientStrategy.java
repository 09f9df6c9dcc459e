package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Forward solve that keeps what its backward pass needs, then the backward pass itself. */
interface GradientStrategy {
    /** y(t1) goes into {@code yOut} when it is not null (see {@link NeuralOde#forward(INDArray, double, double, INDArray)}). */
    Solution forward(OdeSystem sys, INDArray y0, double t0, double t1, INDArray yOut);

    /**
     * dL/dy0 from dL/dy(t1), in {@code out} when it is not null, else in a new array; accumulates dL/dθ into
     * paramGrad. Consumes what forward kept.
     */
    INDArray backward(INDArray dLdyT, INDArray paramGrad, INDArray out);

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
