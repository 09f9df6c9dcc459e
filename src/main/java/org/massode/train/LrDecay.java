package org.massode.train;

import org.nd4j.linalg.learning.config.Adam;

/**
 * Learning-rate schedule over a run: {@code NONE} keeps η constant; {@code LINEAR} decays it linearly to 0 over the
 * run's iterations, η(i) = η₀·(1 − i/I), which settles Adam's noisy final iterates ({@link LinearDecaySchedule}).
 */
public enum LrDecay {
    NONE,
    LINEAR;

    /** Adam at rate {@code lr} under this schedule; {@code iterations} (the run's updates) must be positive for LINEAR. */
    public Adam adam(double lr, long iterations) {
        if (this == NONE) return new Adam(lr);
        if (iterations <= 0) {
            throw new IllegalArgumentException("lrDecay " + name().toLowerCase()
                    + " needs the run's number of iterations, got " + iterations);
        }
        return new Adam(new LinearDecaySchedule(lr, (int) iterations));
    }

    /** The number of updates of a run: epochs × ⌈examples / batch⌉. */
    public static long iterations(int epochs, long examples, int batch) {
        return (long) epochs * ((examples + batch - 1) / batch);
    }
}
