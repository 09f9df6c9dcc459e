package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** What a gradient strategy wants to keep of the forward pass, step by step. */
interface StepSink {
    /** Before attempting step n from (t, y) with size h: return a record to fill, or null. */
    default StepRecord before(int n, double t, double h, INDArray y) {
        return null;
    }

    /** After step n was accepted; {@code yNew} is a reused buffer. */
    default void accepted(int n, double t, double h, INDArray yNew, StepRecord rec) {
    }

    StepSink NONE = new StepSink() {
    };
}
