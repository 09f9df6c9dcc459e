package org.massode.dynamics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Element-wise helpers for piecewise-linear transfer functions. */
final class Transforms2 {
    private Transforms2() {
    }

    /** z ← min(max(z, lo), hi) in place (hi may be +∞). */
    static void clip(INDArray z, double lo, double hi) {
        Transforms.max(z, lo, false);
        if (hi < Double.POSITIVE_INFINITY) Transforms.min(z, hi, false);
    }

    /** out ← 1{lo &lt; z &lt; hi}, the derivative of {@link #clip} away from its kinks. */
    static void indicator(INDArray z, double lo, double hi, INDArray out) {
        out.assign(z.gt(lo).castTo(out.dataType()));
        if (hi < Double.POSITIVE_INFINITY) out.muli(z.lt(hi).castTo(out.dataType()));
    }
}
