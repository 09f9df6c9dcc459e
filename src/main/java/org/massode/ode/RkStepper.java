package org.massode.ode;

import org.massode.nd.LinearCombination;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one explicit Runge–Kutta stepper behind every method: Yᵢ = y + h·Σⱼ aᵢⱼ·kⱼ, kᵢ = f(t + cᵢh, Yᵢ),
 * y' = y + h·Σ bᵢ·kᵢ, err = h·Σ eᵢ·kᵢ. Work buffers are allocated once per solve; a step allocates nothing
 * unless it records its stages for reverse mode. FSAL tableaux (Dopri5) reuse the last stage as the next first one.
 */
final class RkStepper {
    private final ButcherTableau tab;
    private final OdeSystem sys;
    private final int s;
    private final boolean fsal;
    /** One stage, y' = y + h·f(t, y): a system may fuse the whole step ({@link OdeSystem#eulerStep}). */
    private final boolean euler;
    private final boolean[] stageUsed;
    private final INDArray[] k;
    private final INDArray[] cache;
    private final INDArray stage;
    private final INDArray err;
    private boolean firstStageValid;
    private boolean lastFinite = true;
    long rhsEvaluations;

    RkStepper(ButcherTableau tab, OdeSystem sys, long batch, DataType type) {
        this.tab = tab;
        this.sys = sys;
        this.s = tab.stages();
        this.fsal = isFsal(tab);
        this.euler = tab.explicitEuler();
        this.stageUsed = stagesUsedByGradient(tab);
        int n = sys.stateSize();
        int cw = sys.cacheWidth();
        k = new INDArray[s];
        cache = new INDArray[s];
        for (int i = 0; i < s; i++) {
            k[i] = Nd4j.createUninitialized(type, batch, n);
            cache[i] = cw > 0 ? Nd4j.createUninitialized(type, batch, cw) : null;
        }
        stage = Nd4j.createUninitialized(type, batch, n);
        err = tab.embedded() ? Nd4j.createUninitialized(type, batch, n) : null;
    }

    static boolean isFsal(ButcherTableau tab) {
        int s = tab.stages();
        if (!tab.embedded() || tab.c()[s - 1] != 1 || tab.b()[s - 1] != 0) return false;
        for (int j = 0; j < s - 1; j++) {
            if (tab.a()[s - 1][j] != tab.b()[j]) return false;
        }
        return true;
    }

    /** Stage i matters to y' iff bᵢ ≠ 0 or a later used stage reads it; others (Dopri5's 7th) need no record. */
    static boolean[] stagesUsedByGradient(ButcherTableau tab) {
        int s = tab.stages();
        boolean[] used = new boolean[s];
        for (int i = s - 1; i >= 0; i--) {
            used[i] = tab.b()[i] != 0;
            for (int j = i + 1; j < s && !used[i]; j++) {
                used[i] = used[j] && i < tab.a()[j].length && tab.a()[j][i] != 0;
            }
        }
        return used;
    }

    /** Where to copy y for the record: its stage-0 buffer, or null when that buffer is y itself (kept by the sink). */
    private static INDArray inputCopy(StepRecord rec, INDArray y) {
        return rec.stageY[0] == y ? null : rec.inputBuffer(0, y);
    }

    boolean stageUsed(int i) {
        return stageUsed[i];
    }

    /**
     * {@code old}, restarted for a new solve, when it was built for this tableau, system, batch and data type; else a
     * new stepper. Training repeats solves of one shape, and each [batch, N] buffer ND4J allocates costs about as
     * much as a pass over it (≈ 0.5 ms at [400, 784] here).
     */
    static RkStepper reuseOrCreate(RkStepper old, ButcherTableau tab, OdeSystem sys, long batch, DataType type) {
        if (old != null && old.tab == tab && old.sys == sys && old.stage.rows() == batch
                && old.stage.dataType() == type) {
            old.firstStageValid = false;
            old.lastFinite = true;
            old.rhsEvaluations = 0;
            return old;
        }
        return new RkStepper(tab, sys, batch, type);
    }

    /** Forget the cached first stage (the state was changed from outside). */
    void invalidate() {
        firstStageValid = false;
    }

    /**
     * One step from (t, y) of size h into yOut (may not alias y). When {@code rec} is non-null the stage inputs and
     * caches are copied into it — each input within the pass that forms it (stage 0, y itself, within the pass that
     * forms yOut), so recording costs no extra sweep. Returns the error estimate array for embedded methods, else
     * null; {@link #lastOutputFinite()} tells whether yOut is free of NaN and Inf.
     */
    INDArray step(double t, INDArray y, double h, INDArray yOut, StepRecord rec) {
        if (euler && eulerFused(t, y, h, yOut, rec)) return null;
        for (int i = 0; i < s; i++) {
            boolean record = rec != null && stageUsed[i];
            // A recorded stage writes its cache straight into the record instead of copying it there afterwards
            // (one [batch, cacheWidth] copy per stage saved); not an FSAL first stage, whose cache may be reused.
            boolean direct = record && cache[i] != null && !(fsal && i == 0);
            INDArray ci = cache[i];
            if (direct) {
                ci = rec.cacheBuffer(i, ci);
            }
            if (i == 0) {
                if (!(fsal && firstStageValid)) {
                    sys.rhs(t, y, k[0], ci);
                    rhsEvaluations++;
                }
            } else {
                INDArray copy = record ? rec.inputBuffer(i, y) : null;
                LinearCombination.apply(stage, copy, y, null, Arrays2.scaled(h, tab.a()[i]), k, false);
                sys.rhs(t + tab.c()[i] * h, stage, k[i], ci);
                rhsEvaluations++;
            }
            if (record && !direct) {
                if (cache[i] == null) {
                    rec.stageCache[i] = null;
                } else {
                    LinearCombination.copy(cache[i], rec.cacheBuffer(i, cache[i]));
                }
            }
        }
        INDArray y0Copy = rec != null && stageUsed[0] ? inputCopy(rec, y) : null;
        lastFinite = LinearCombination.apply(yOut, null, y, y0Copy, Arrays2.scaled(h, tab.b()), k, true);
        firstStageValid = true; // k[0] still holds f(t, y) if this step is rejected
        if (err == null) return null;
        LinearCombination.into(err, null, Arrays2.scaled(h, tab.e()), k);
        return err;
    }

    /**
     * Euler through {@link OdeSystem#eulerStep}: the cache straight into the record (or the stepper's buffer), the
     * copy of y into the record. False when the system does not fuse it; k[0] is then computed as usual.
     */
    private boolean eulerFused(double t, INDArray y, double h, INDArray yOut, StepRecord rec) {
        boolean record = rec != null && stageUsed[0];
        INDArray ci = cache[0];
        if (record && ci != null) ci = rec.cacheBuffer(0, ci);
        OdeSystem.FusedStep r = sys.eulerStep(t, y, h, yOut, ci, record ? inputCopy(rec, y) : null);
        if (r == OdeSystem.FusedStep.NOT_FUSED) return false;
        rhsEvaluations++;
        lastFinite = r == OdeSystem.FusedStep.FINITE;
        firstStageValid = false; // k[0] was not written
        return true;
    }

    /** Whether the yOut of the last {@link #step} had only finite elements. */
    boolean lastOutputFinite() {
        return lastFinite;
    }

    /** Called after an accepted step: the last stage of an FSAL method is f at the new point. */
    void accept() {
        if (fsal) {
            INDArray tk = k[0];
            k[0] = k[s - 1];
            k[s - 1] = tk;
            INDArray tc = cache[0];
            cache[0] = cache[s - 1];
            cache[s - 1] = tc;
            firstStageValid = true;
        } else {
            firstStageValid = false;
        }
    }

    /** f(t, y) from the first stage of the last step (valid right after {@link #step}). */
    INDArray firstStage() {
        return k[0];
    }

    long bytes() {
        long b = MemoryMeter.bytes(stage) + MemoryMeter.bytes(err);
        for (int i = 0; i < s; i++) b += MemoryMeter.bytes(k[i]) + MemoryMeter.bytes(cache[i]);
        return b;
    }
}
