package org.massode.ode;

import org.massode.nd.LinearCombination;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One explicit RK step of the augmented adjoint system, run backwards in time (h &lt; 0):
 * dy/dt = f(t, y), da/dt = −aᵀ·∂f/∂y, dg/dt = −aᵀ·∂f/∂θ. All buffers are allocated once, so the memory of the
 * adjoint pass does not depend on the number of steps.
 */
final class AdjointStepper {
    private final ButcherTableau tab;
    private final OdeSystem sys;
    private final int s;
    private final INDArray[] ky;
    private final INDArray[] ka;
    private final INDArray[] kg;
    private final INDArray cache;
    private final INDArray ys;
    private final INDArray as;
    private final INDArray errY;
    private final INDArray errA;
    /** One stage, y' = y + h·f(t, y): the step may go through the system's fused Euler hooks. */
    private final boolean euler;
    long rhsEvaluations;
    long vjps;

    AdjointStepper(ButcherTableau tab, OdeSystem sys, long batch, DataType type) {
        this.tab = tab;
        this.sys = sys;
        this.s = tab.stages();
        this.euler = tab.explicitEuler();
        int n = sys.stateSize();
        int p = sys.paramCount();
        ky = new INDArray[s];
        ka = new INDArray[s];
        kg = new INDArray[s];
        for (int i = 0; i < s; i++) {
            ky[i] = Nd4j.createUninitialized(type, batch, n);
            ka[i] = Nd4j.createUninitialized(type, batch, n);
            kg[i] = p > 0 ? Nd4j.createUninitialized(type, 1, p) : null;
        }
        cache = sys.cacheWidth() > 0 ? Nd4j.createUninitialized(type, batch, sys.cacheWidth()) : null;
        ys = Nd4j.createUninitialized(type, batch, n);
        as = Nd4j.createUninitialized(type, batch, n);
        errY = tab.embedded() ? Nd4j.createUninitialized(type, batch, n) : null;
        errA = tab.embedded() ? Nd4j.createUninitialized(type, batch, n) : null;
    }

    /**
     * (y, a, g) at t → (yOut, aOut, gOut) at t + h. Returns the error norm for embedded methods, else 0. The stages
     * ka, kg hold +aᵀ·∂f/∂(y, θ); the minus sign of the adjoint equations goes into the combination coefficients.
     */
    double step(double t, double h, INDArray y, INDArray a, INDArray g, INDArray yOut, INDArray aOut, INDArray gOut,
                double rtol, double atol) {
        for (int i = 0; i < s; i++) {
            double[] ai = tab.a()[i];
            LinearCombination.into(ys, y, Arrays2.scaled(h, ai), ky);
            LinearCombination.into(as, a, Arrays2.scaled(-h, ai), ka);
            double ti = t + tab.c()[i] * h;
            sys.rhs(ti, ys, ky[i], cache);
            rhsEvaluations++;
            if (kg[i] != null) kg[i].assign(0);
            sys.vjpCached(ti, ys, cache, as, ka[i], kg[i]);
            vjps++;
        }
        LinearCombination.into(yOut, y, Arrays2.scaled(h, tab.b()), ky);
        LinearCombination.into(aOut, a, Arrays2.scaled(-h, tab.b()), ka);
        if (g != null) LinearCombination.into(gOut, g, Arrays2.scaled(-h, tab.b()), kg);
        if (errY == null) return 0;
        LinearCombination.into(errY, null, Arrays2.scaled(h, tab.e()), ky);
        LinearCombination.into(errA, null, Arrays2.scaled(-h, tab.e()), ka);
        double ey = ErrorNorm.rms(errY, y, yOut, rtol, atol);
        double ea = ErrorNorm.rms(errA, a, aOut, rtol, atol);
        return Math.sqrt(0.5 * (ey * ey + ea * ea));
    }

    /**
     * Euler's adjoint step through the system's fused hooks, in place on a and g: y' = y + h·f(t, y) into yOut by
     * {@link OdeSystem#eulerStep} (which also leaves the cache at y), then a ← a − h·aᵀ·∂f/∂y and g ← g − h·aᵀ·∂f/∂θ
     * by {@link OdeSystem#vjpAccumulate} — no stage arrays, no zeroing of a parameter-sized stage, no combination
     * passes. The same arithmetic as {@link #step} for the Euler tableau. False, with nothing changed, when this is
     * not Euler or the system does not fuse its step.
     */
    boolean eulerFused(double t, double h, INDArray y, INDArray a, INDArray g, INDArray yOut) {
        if (!euler || cache == null) return false;
        if (sys.eulerStep(t, y, h, yOut, cache, null) == OdeSystem.FusedStep.NOT_FUSED) return false;
        rhsEvaluations++;
        vjps++;
        if (sys.vjpAccumulate(t, y, cache, a, -h, a, g)) return true;
        if (kg[0] != null) kg[0].assign(0);
        sys.vjpCached(t, y, cache, a, ka[0], kg[0]);
        LinearCombination.into(a, a, new double[]{-h}, new INDArray[]{ka[0]});
        if (g != null) LinearCombination.into(g, g, new double[]{-h}, new INDArray[]{kg[0]});
        return true;
    }

    /** {@code old}, counters reset, when it was built for this tableau, system, batch and type; else a new one. */
    static AdjointStepper reuseOrCreate(AdjointStepper old, ButcherTableau tab, OdeSystem sys, long batch,
                                        DataType type) {
        if (old != null && old.tab == tab && old.sys == sys && old.ys.rows() == batch && old.ys.dataType() == type) {
            old.rhsEvaluations = 0;
            old.vjps = 0;
            return old;
        }
        return new AdjointStepper(tab, sys, batch, type);
    }

    long bytes() {
        long b = MemoryMeter.bytes(cache) + MemoryMeter.bytes(ys) + MemoryMeter.bytes(as)
                + MemoryMeter.bytes(errY) + MemoryMeter.bytes(errA);
        for (int i = 0; i < s; i++) b += MemoryMeter.bytes(ky[i]) + MemoryMeter.bytes(ka[i]) + MemoryMeter.bytes(kg[i]);
        return b;
    }
}
