package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Counts the bytes of arrays that the gradient machinery keeps alive (tapes, checkpoints, work buffers), so that
 * memory claims such as "the adjoint does not grow with the number of steps" are measured, not assumed.
 */
public final class MemoryMeter {
    private long held;
    private long peak;

    public static long bytes(INDArray a) {
        return a == null ? 0 : a.length() * a.dataType().width();
    }

    public void hold(INDArray... arrays) {
        for (INDArray a : arrays) held += bytes(a);
        peak = Math.max(peak, held);
    }

    /** Counts work buffers by size (they are owned by a stepper, not handed over). */
    public void holdBytes(long bytes) {
        held += bytes;
        peak = Math.max(peak, held);
    }

    public void release(INDArray... arrays) {
        for (INDArray a : arrays) held -= bytes(a);
    }

    public long held() {
        return held;
    }

    public long peak() {
        return peak;
    }

    public void reset() {
        held = 0;
        peak = 0;
    }
}
