package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** What a gradient strategy wants to keep of the forward pass, step by step. */
interface StepSink {
    /** Before attempting step n from (t, y) with size h: return a record to fill, or null. */
    default StepRecord before(int n, double t, double h, INDArray y) {
        return null;
    }

    /**
     * A buffer for the state that starts step n (the output of step n − 1), which the sink keeps as that step's
     * recorded input: written there by the step before, it need not be copied into the record again. Null (the
     * default): the solver writes into its own buffer and the step copies y into its record.
     */
    default INDArray input(int n, INDArray like) {
        return null;
    }

    /** After step n was accepted; {@code yNew} is a reused buffer. */
    default void accepted(int n, double t, double h, INDArray yNew, StepRecord rec) {
    }

    StepSink NONE = new StepSink() {
    };
}
