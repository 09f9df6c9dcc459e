package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The mixed absolute/relative RMS norm that adaptive step control uses. */
final class ErrorNorm {
    private ErrorNorm() {
    }

    /** RMS(errᵢ / (atol + rtol·max(|yᵢ|, |y'ᵢ|))). */
    static double rms(INDArray err, INDArray y, INDArray yNew, double rtol, double atol) {
        INDArray scale = Transforms.max(Transforms.abs(y, true), Transforms.abs(yNew, true), false);
        scale.muli(rtol).addi(atol);
        INDArray r = err.div(scale);
        return r.norm2Number().doubleValue() / Math.sqrt(r.length());
    }

    /** RMS of v / (atol + rtol·|y|), used for the initial step guess. */
    static double rms(INDArray v, INDArray y, double rtol, double atol) {
        INDArray scale = Transforms.abs(y, true).muli(rtol).addi(atol);
        INDArray r = v.div(scale);
        return r.norm2Number().doubleValue() / Math.sqrt(r.length());
    }
}
