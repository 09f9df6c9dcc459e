package org.massode.meanfield;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The firing-rate function of the Hopfield-like neuron, a logistic sigmoid with a gain and a threshold:
 * <pre>f(x) = 1 / (1 + exp(−gain·(x − threshold)))</pre>
 * Its values lie in (0, 1), which bounds the Monte Carlo error of every moment of f(X) used by the solver.
 */
public final class Sigmoid {
    private final double gain;
    private final double threshold;

    public Sigmoid(double gain, double threshold) {
        if (!(gain > 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("gain (--gain) must be a finite number > 0, got " + gain);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold (--threshold) must be finite, got " + threshold);
        }
        this.gain = gain;
        this.threshold = threshold;
    }

    /** The standard logistic function, gain 1 and threshold 0. */
    public static Sigmoid logistic() {
        return new Sigmoid(1, 0);
    }

    public double gain() {
        return gain;
    }

    public double threshold() {
        return threshold;
    }

    public double value(double x) {
        return 1.0 / (1.0 + Math.exp(-gain * (x - threshold)));
    }

    /** Overwrites {@code x} with f(x) elementwise (one fused pass over a large array) and returns it. */
    public INDArray applyInPlace(INDArray x) {
        if (gain != 1 || threshold != 0) {
            x.subi(threshold).muli(gain);
        }
        return Transforms.sigmoid(x, false);
    }

    @Override
    public String toString() {
        return "logistic(gain=" + gain + ", threshold=" + threshold + ")";
    }
}
