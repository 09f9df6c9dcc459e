package org.massode.train;

import java.util.Map;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

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

    /**
     * Adam whose rate ends at {@code finalLr} after {@code iterations} updates and stays there (weight averaging):
     * linearly under LINEAR, in one step at {@code iterations} under NONE. {@code finalLr} 0 is {@link #adam(double,
     * long)}.
     */
    public Adam adam(double lr, long iterations, double finalLr) {
        if (finalLr == 0) return adam(lr, iterations);
        if (iterations <= 0) throw new IllegalArgumentException("the schedule's horizon must be positive, got " + iterations);
        if (this == NONE) return new Adam(new MapSchedule(ScheduleType.ITERATION, Map.of(0, lr, (int) iterations, finalLr)));
        return new Adam(new LinearDecaySchedule(lr, (int) iterations, finalLr));
    }

    /** The number of updates of a run: epochs × ⌈examples / batch⌉. */
    public static long iterations(int epochs, long examples, int batch) {
        return (long) epochs * ((examples + batch - 1) / batch);
    }
}
