package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/** What reverse mode needs of one accepted step: t, h, the stage inputs Yᵢ and the systems' caches. */
final class StepRecord {
    double t;
    double h;
    final INDArray[] stageY;
    final INDArray[] stageCache;

    StepRecord(double t, double h, int stages) {
        this.t = t;
        this.h = h;
        this.stageY = new INDArray[stages];
        this.stageCache = new INDArray[stages];
    }

    /** Reuses this record's buffers for another step. */
    StepRecord reset(double t, double h) {
        this.t = t;
        this.h = h;
        return this;
    }

    /** Stage i's input buffer, made to fit {@code like}; reused when it does, so a recycled tape allocates nothing. */
    INDArray inputBuffer(int i, INDArray like) {
        if (!fits(stageY[i], like)) stageY[i] = like.ulike();
        return stageY[i];
    }

    /** Stage i's cache buffer, made to fit {@code like} (reused when it does). */
    INDArray cacheBuffer(int i, INDArray like) {
        if (!fits(stageCache[i], like)) stageCache[i] = like.ulike();
        return stageCache[i];
    }

    /** Whether {@code buf} exists with the data type and shape of {@code like}. */
    static boolean fits(INDArray buf, INDArray like) {
        return buf != null && buf.dataType() == like.dataType() && java.util.Arrays.equals(buf.shape(), like.shape());
    }

    void holdIn(MemoryMeter meter) {
        meter.hold(stageY);
        meter.hold(stageCache);
    }

    void releaseFrom(MemoryMeter meter) {
        meter.release(stageY);
        meter.release(stageCache);
    }
}
