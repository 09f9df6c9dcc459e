package org.massode.dynamics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The neuron nonlinearity f of a continuous Hopfield network and its derivative expressed through f itself. */
public enum HopfieldActivation {
    /** f(x) = tanh(x), f' = 1 − f². */
    TANH,
    /** f(x) = 1/(1 + e^(−x)), f' = f·(1 − f). */
    LOGISTIC;

    /** Writes f(x) into {@code out} (may be x itself). */
    public void apply(INDArray x, INDArray out) {
        out.assign(x);
        if (this == TANH) Transforms.tanh(out, false);
        else Transforms.sigmoid(out, false);
    }

    /** Overwrites {@code fx} (holding f(x)) with f'(x). */
    public void derivativeInPlace(INDArray fx) {
        if (this == TANH) fx.muli(fx).rsubi(1.0);
        else fx.subi(fx.mul(fx));
    }
}
