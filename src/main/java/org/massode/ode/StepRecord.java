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

    /** Stage 0's input buffer, made to fit {@code like} (reused when it does). */
    INDArray input(INDArray like) {
        if (!RkStepper.fits(stageY[0], like)) stageY[0] = like.ulike();
        return stageY[0];
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
