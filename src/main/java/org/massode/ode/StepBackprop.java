package org.massode.ode;

import org.massode.nd.LinearCombination;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reverse mode through one recorded explicit RK step. With ā the cotangent of y' = y + h·Σ bᵢkᵢ:
 * k̄ᵢ = h·bᵢ·ā + h·Σ_{j>i} aⱼᵢ·Ȳⱼ, (Ȳᵢ, θ̄) from vjp(tᵢ, Yᵢ, k̄ᵢ), and ȳ = ā + Σᵢ Ȳᵢ — the exact gradient of the
 * discrete map, processed from the last stage to the first.
 */
final class StepBackprop {
    private final ButcherTableau tab;
    private final OdeSystem sys;
    private final int s;
    private final boolean[] used;
    /** 1 for the stages that enter ȳ = ā + Σ Ȳᵢ, else 0. */
    private final double[] usedStages;
    private final INDArray kbar;
    private final INDArray[] ybar;
    long vjps;

    StepBackprop(ButcherTableau tab, OdeSystem sys, long batch, DataType type) {
        this.tab = tab;
        this.sys = sys;
        this.s = tab.stages();
        this.used = RkStepper.stagesUsedByGradient(tab);
        this.usedStages = new double[s];
        for (int i = 0; i < s; i++) usedStages[i] = used[i] ? 1 : 0;
        kbar = Nd4j.createUninitialized(type, batch, sys.stateSize());
        ybar = new INDArray[s];
        for (int i = 0; i < s; i++) {
            ybar[i] = used[i] ? Nd4j.createUninitialized(type, batch, sys.stateSize()) : null;
        }
    }

    /** {@code old} with its counter reset when it fits this tableau, system, batch and type; else a new one. */
    static StepBackprop reuseOrCreate(StepBackprop old, ButcherTableau tab, OdeSystem sys, long batch, DataType type) {
        if (old != null && old.tab == tab && old.sys == sys && old.kbar.rows() == batch && old.kbar.dataType() == type) {
            old.vjps = 0;
            return old;
        }
        return new StepBackprop(tab, sys, batch, type);
    }

    /** Replaces abar (cotangent of the step's output) by the cotangent of its input; accumulates θ̄. */
    void backward(StepRecord rec, INDArray abar, INDArray paramGrad) {
        double h = rec.h;
        // one stage (Euler): ā ← ā + h·b₁·āᵀ·∂f/∂y in place when the system can fuse it, no k̄ or Ȳ pass
        if (s == 1 && sys.vjpAccumulate(rec.t, rec.stageY[0], rec.stageCache[0], abar, h * tab.b()[0], abar,
                paramGrad)) {
            vjps++;
            return;
        }
        double[] coef = new double[s + 1];
        INDArray[] terms = new INDArray[s + 1];
        for (int i = s - 1; i >= 0; i--) {
            if (!used[i]) continue;
            // k̄ᵢ = h·bᵢ·ā + h·Σ_{j>i} aⱼᵢ·Ȳⱼ in one pass
            java.util.Arrays.fill(coef, 0);
            coef[0] = h * tab.b()[i];
            terms[0] = abar;
            for (int j = i + 1; j < s; j++) {
                if (used[j] && i < tab.a()[j].length) {
                    coef[j] = h * tab.a()[j][i];
                    terms[j] = ybar[j];
                }
            }
            LinearCombination.into(kbar, null, coef, terms);
            sys.vjpCached(rec.t + tab.c()[i] * h, rec.stageY[i], rec.stageCache[i], kbar, ybar[i], paramGrad);
            vjps++;
        }
        LinearCombination.into(abar, abar, usedStages, ybar);
    }

    long bytes() {
        long b = MemoryMeter.bytes(kbar);
        for (INDArray y : ybar) b += MemoryMeter.bytes(y);
        return b;
    }
}
