package org.massode.train;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * η(i) = η_f + (η₀ − η_f)·max(0, 1 − i/I) over the network's iteration count i: from η₀ down to η_f (0 unless the run
 * averages weights, {@link WeightAveraging}) in I iterations, then η_f.
 *
 * <p>Why not DL4J's {@code PolySchedule} with power 1: in 1.0.0-M2.1 it computes η₀·(1 + i/I)^p, so "decay" grows the
 * rate to 2η₀ and then drops it to 0 at i = I (checked in {@code LinearDecayScheduleTest}).
 */
public final class LinearDecaySchedule implements ISchedule {
    private final double initialValue;
    private final int maxIter;
    private final double finalValue;

    public LinearDecaySchedule(double initialValue, int maxIter) {
        this(initialValue, maxIter, 0.0);
    }

    /** {@code finalValue} is absent (0) in models saved before weight averaging existed. */
    public LinearDecaySchedule(@JsonProperty("initialValue") double initialValue,
                               @JsonProperty("maxIter") int maxIter,
                               @JsonProperty("finalValue") double finalValue) {
        if (!(initialValue > 0) || !Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("LinearDecaySchedule: initial value must be positive, got " + initialValue);
        }
        if (maxIter <= 0) {
            throw new IllegalArgumentException("LinearDecaySchedule: maxIter must be positive, got " + maxIter);
        }
        if (!(finalValue >= 0 && finalValue <= initialValue)) {
            throw new IllegalArgumentException("LinearDecaySchedule: final value must be in [0, " + initialValue
                    + "], got " + finalValue);
        }
        this.initialValue = initialValue;
        this.maxIter = maxIter;
        this.finalValue = finalValue;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return finalValue + (initialValue - finalValue) * Math.max(0.0, 1.0 - (double) iteration / maxIter);
    }

    @Override
    public ISchedule clone() {
        return new LinearDecaySchedule(initialValue, maxIter, finalValue);
    }

    public double getInitialValue() {
        return initialValue;
    }

    public int getMaxIter() {
        return maxIter;
    }

    public double getFinalValue() {
        return finalValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearDecaySchedule s && s.initialValue == initialValue && s.maxIter == maxIter
                && s.finalValue == finalValue;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(initialValue) * 31 + maxIter) * 31 + Double.hashCode(finalValue);
    }

    @Override
    public String toString() {
        return "LinearDecaySchedule(initialValue=" + initialValue + ", maxIter=" + maxIter + ", finalValue=" + finalValue
                + ")";
    }
}
