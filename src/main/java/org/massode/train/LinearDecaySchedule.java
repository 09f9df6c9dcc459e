package org.massode.train;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * η(i) = η₀·max(0, 1 − i/I) over the network's iteration count i.
 *
 * <p>Why not DL4J's {@code PolySchedule} with power 1: in 1.0.0-M2.1 it computes η₀·(1 + i/I)^p, so "decay" grows the
 * rate to 2η₀ and then drops it to 0 at i = I (checked in {@code LinearDecayScheduleTest}).
 */
public final class LinearDecaySchedule implements ISchedule {
    private final double initialValue;
    private final int maxIter;

    public LinearDecaySchedule(@JsonProperty("initialValue") double initialValue,
                               @JsonProperty("maxIter") int maxIter) {
        if (!(initialValue > 0) || !Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("LinearDecaySchedule: initial value must be positive, got " + initialValue);
        }
        if (maxIter <= 0) {
            throw new IllegalArgumentException("LinearDecaySchedule: maxIter must be positive, got " + maxIter);
        }
        this.initialValue = initialValue;
        this.maxIter = maxIter;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return initialValue * Math.max(0.0, 1.0 - (double) iteration / maxIter);
    }

    @Override
    public ISchedule clone() {
        return new LinearDecaySchedule(initialValue, maxIter);
    }

    public double getInitialValue() {
        return initialValue;
    }

    public int getMaxIter() {
        return maxIter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearDecaySchedule s && s.initialValue == initialValue && s.maxIter == maxIter;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(initialValue) * 31 + maxIter;
    }

    @Override
    public String toString() {
        return "LinearDecaySchedule(initialValue=" + initialValue + ", maxIter=" + maxIter + ")";
    }
}
