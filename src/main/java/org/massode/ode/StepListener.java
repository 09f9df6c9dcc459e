package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Observes accepted steps (for trajectories and plots). {@code y} is a reused buffer: copy what you keep. */
@FunctionalInterface
public interface StepListener {
    void onStep(int step, double t, INDArray y);
}
