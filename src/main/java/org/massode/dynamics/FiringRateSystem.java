package org.massode.dynamics;

import org.massode.nd.FloatReductions;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * The firing-rate network τ·dx/dt = −x + Φ(W·x + u), x ≥ 0, with the rectifying (optionally saturating) transfer
 * Φ(z) = min(max(z, 0), r_max) (r_max = ∞: plain rectification). Batched rows: dx/dt = (−x + Φ(x·Wᵀ + u))/τ.
 * After Betteti, Baggio, Bullo, Zampieri, <i>Firing rate models as associative memory: excitatory–inhibitory
 * balance for robust retrieval</i>. Dale's law is a property of W, built by
 * {@link org.massode.memory.ExcitatoryInhibitoryMemory}; this class integrates any W.
 *
 * <p><b>vjp</b> (hand-written), with z = x·Wᵀ + u cached and D = Φ'(z) = 1{0 &lt; z &lt; r_max}:
 * g = (a/τ) ⊙ D, x̄ = −a/τ + g·W, W̄ += gᵀ·x, ū += Σ_batch g. Flat layout: W [N, N], u [N].
 */
public final class FiringRateSystem implements OdeSystem {
    private final int n;
    private final double tau;
    private final double rMax;
    private final ParamLayout layout;
    private final INDArray w;
    private final INDArray u;
    private final Scratch zs;
    private final Scratch gs;
    private final Scratch xb;

    /** @param rMax saturation level of Φ, {@code Double.POSITIVE_INFINITY} for pure rectification. */
    public FiringRateSystem(int n, double tau, double rMax, INDArray flatParams) {
        if (n <= 0) throw new IllegalArgumentException("FiringRateSystem: n must be > 0, got " + n);
        if (!(tau > 0) || !Double.isFinite(tau)) throw new IllegalArgumentException("FiringRateSystem: tau must be > 0, got " + tau);
        if (!(rMax > 0)) throw new IllegalArgumentException("FiringRateSystem: rMax must be > 0 (or +Infinity), got " + rMax);
        this.n = n;
        this.tau = tau;
        this.rMax = rMax;
        this.layout = layout(n);
        this.w = layout.view(flatParams, "W");
        this.u = layout.view(flatParams, "u").reshape(1, n);
        this.zs = new Scratch(n);
        this.gs = new Scratch(n);
        this.xb = new Scratch(n);
    }

    public static ParamLayout layout(int n) {
        return new ParamLayout().add("W", n, n).add("u", n);
    }

    /** Φ applied to a scalar (used by the stability analysis and tests). */
    public static double phi(double z, double rMax) {
        return Math.min(Math.max(z, 0), rMax);
    }

    /** Rates are non-negative: an error naming the first negative entry of {@code x}. */
    public static void requireRates(INDArray x, String name) {
        if (BooleanIndexing.or(x, Conditions.lessThan(0))) {
            double[] v = x.dup().data().asDouble();
            for (int i = 0; i < v.length; i++) {
                if (v[i] < 0) {
                    throw new IllegalArgumentException(name + ": firing rates must be >= 0, but entry " + i + " (row "
                            + i / x.columns() + ", unit " + i % x.columns() + ") is " + v[i]);
                }
            }
        }
    }

    public double tau() {
        return tau;
    }

    public double rMax() {
        return rMax;
    }

    @Override
    public int stateSize() {
        return n;
    }

    @Override
    public int paramCount() {
        return layout.size();
    }

    @Override
    public int cacheWidth() {
        return n;
    }

    private void phiInPlace(INDArray z) {
        Transforms2.clip(z, 0, rMax);
    }

    @Override
    public void rhs(double t, INDArray x, INDArray dxdt) {
        rhs(t, x, dxdt, Nd4j.createUninitialized(x.dataType(), x.rows(), n));
    }

    @Override
    public void rhs(double t, INDArray x, INDArray dxdt, INDArray cache) {
        if (cache == null) {
            rhs(t, x, dxdt);
            return;
        }
        DataType type = x.dataType();
        INDArray z = zs.get(x.rows(), type);
        Nd4j.gemm(x, w, z, false, true, 1.0, 0.0);
        z.addiRowVector(u);
        cache.assign(z);
        phiInPlace(z);
        dxdt.assign(z.subi(x).muli(1.0 / tau));
    }

    @Override
    public void vjp(double t, INDArray x, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        INDArray cache = Nd4j.createUninitialized(x.dataType(), x.rows(), n);
        rhs(t, x, x.ulike(), cache);
        vjpCached(t, x, cache, a, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray x, INDArray z, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        if (z == null) {
            vjp(t, x, a, aDfDy, paramGrad);
            return;
        }
        DataType type = x.dataType();
        INDArray g = gs.get(x.rows(), type);
        Transforms2.indicator(z, 0, rMax, g);
        g.muli(a).muli(1.0 / tau);
        INDArray xbar = xb.get(x.rows(), type);
        Nd4j.gemm(g, w, xbar, false, false, 1.0, 0.0);
        aDfDy.assign(xbar.subi(a.mul(1.0 / tau)));
        if (paramGrad != null) {
            Nd4j.gemm(g, x, layout.view(paramGrad, "W"), true, false, 1.0, 1.0);
            FloatReductions.addColumnSums(g, layout.view(paramGrad, "u"));
        }
    }
}
