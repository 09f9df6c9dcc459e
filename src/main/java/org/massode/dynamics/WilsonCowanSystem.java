package org.massode.dynamics;

import org.massode.nd.DirectFloats;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Wilson–Cowan metapopulation of {@link WilsonCowanConstants} with coupling A between excitatory populations
 * and time-scale γ as parameters (flat layout: A [N, N], γ).
 *
 * <p><b>State layout.</b> The two populations are stacked along the batch axis: a state of shape [2B, N] holds the
 * excitatory rates x of B samples in rows 0..B−1 and their inhibitory rates y in rows B..2B−1. Both halves are then
 * contiguous row blocks, so every element-wise op runs on contiguous memory (ND4J is several times slower on the
 * strided column halves of a [B, 2N] layout). {@link #stack} and {@link #excitatory} convert.
 *
 * <p>tanh(z) is evaluated as 2σ(2z) − 1 (ND4J's sigmoid is about twice as fast as its tanh), and the cache keeps
 * σ₁ = σ(2β₁I₁), σ₂ = σ(2β₂I₂), so fE = 2fe1·σ₁ + fe2 − fe1 and 1 − tanh² = 4σ(1 − σ). The hand-written vjp, with
 * cotangent (āx, āy): g₁ = āx ⊙ (1 − x) ⊙ 4fe1β₁σ₁(1 − σ₁), g₂ = āy ⊙ (1 − y) ⊙ 4fi1β₂σ₂(1 − σ₂)/γ,
 * x̄ = (1/√N)·g₁·A + wEE·g₁ + wIE·g₂ − āx ⊙ (aE + fE), ȳ = −āy ⊙ (aI + fI)/γ − wEI·g₁ − wII·g₂,
 * Ā += (1/√N)·g₁ᵀ·x, γ̄ += −Σ āy ⊙ ẏ/γ. One N×N gemm forward, two backward.
 *
 * <p>For dense float arrays (the training case) the element-wise work runs in {@link WilsonCowanFused}: one row pass
 * forward and one backward instead of about forty ND4J ops, which cost more than the gemms did. Other data types
 * (the double-precision gradient checks) and strided arrays take the ND4J path below, which states the same
 * equations op by op.
 */
public final class WilsonCowanSystem implements OdeSystem {
    private final int n;
    private final WilsonCowanConstants c;
    private final ParamLayout layout;
    private final INDArray a;
    private final INDArray gamma;
    private final double invSqrtN;
    private final Scratch p1;
    private final Scratch p2;
    private final Scratch g1;
    private final Scratch g2;
    private final Scratch tmp;
    private final Scratch xs;
    private final Scratch ys;
    private final Scratch ax0;
    private final Scratch ay0;
    private final Scratch xb;
    private final WilsonCowanFused fused;
    private boolean fuse = true;

    public WilsonCowanSystem(int n, WilsonCowanConstants c, INDArray flatParams) {
        this.n = n;
        this.c = c;
        this.layout = layout(n);
        this.a = layout.view(flatParams, "A");
        this.gamma = layout.view(flatParams, "gamma");
        this.invSqrtN = 1.0 / Math.sqrt(n);
        p1 = new Scratch(n);
        p2 = new Scratch(n);
        g1 = new Scratch(n);
        g2 = new Scratch(n);
        tmp = new Scratch(n);
        xs = new Scratch(n);
        ys = new Scratch(n);
        ax0 = new Scratch(n);
        ay0 = new Scratch(n);
        xb = new Scratch(n);
        fused = new WilsonCowanFused(c);
    }

    /** Turns the fused float path off (tests and benchmarks compare it with the op-by-op path). */
    void useFusedKernel(boolean on) {
        fuse = on;
    }

    public static ParamLayout layout(int n) {
        return new ParamLayout().add("A", n, n).add("gamma", 1);
    }

    /** [x; y] stacked along rows: ([B, N], [B, N]) → [2B, N]. */
    public static INDArray stack(INDArray x, INDArray y) {
        return Nd4j.concat(0, x, y);
    }

    /** The excitatory half (rows 0..B−1) of a stacked state, as a view. */
    public static INDArray excitatory(INDArray s) {
        return s.get(NDArrayIndex.interval(0, s.rows() / 2), NDArrayIndex.all());
    }

    /** The inhibitory half (rows B..2B−1) of a stacked state, as a view. */
    public static INDArray inhibitory(INDArray s) {
        return s.get(NDArrayIndex.interval(s.rows() / 2, s.rows()), NDArrayIndex.all());
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

    private static void axpy(double alpha, INDArray x, INDArray y) {
        Nd4j.getBlasWrapper().level1().axpy(x.length(), alpha, x, y);
    }

    private static void checkStacked(INDArray s) {
        if (s.rows() % 2 != 0) {
            throw new IllegalArgumentException("Wilson–Cowan state must stack x and y along rows ([2B, N]), got "
                    + s.rows() + " rows");
        }
    }

    @Override
    public void rhs(double t, INDArray s, INDArray dsdt) {
        rhs(t, s, dsdt, Nd4j.createUninitialized(s.dataType(), s.rows(), n));
    }

    @Override
    public void rhs(double t, INDArray s, INDArray dsdt, INDArray cache) {
        if (cache == null) {
            rhs(t, s, dsdt);
            return;
        }
        checkStacked(s);
        if (fusable(s, cache, dsdt)) {
            rhsFused(s, dsdt, cache);
            return;
        }
        long b = s.rows() / 2;
        DataType type = s.dataType();
        // Array–array ops whose operands are views run on a slow path in ND4J (8 ms instead of 50 µs for 200×784),
        // so the halves are copied into contiguous buffers once and results are written back with one assign each.
        INDArray x = xs.get(b, type).assign(excitatory(s));
        INDArray y = ys.get(b, type).assign(inhibitory(s));
        // σ₁ = σ(2β₁·((1/√N)·A·x + wEE·x − wEI·y + hE)), scalars folded into the gemm and the axpys
        double k1 = 2 * c.beta1();
        INDArray s1 = p1.get(b, type);
        Nd4j.gemm(x, a, s1, false, true, k1 * invSqrtN, 0.0);
        axpy(k1 * c.wEE(), x, s1);
        axpy(-k1 * c.wEI(), y, s1);
        Transforms.sigmoid(s1.addi(k1 * c.hE()), false);
        excitatory(cache).assign(s1);
        // dx = fE − x ⊙ (fE + aE), fE = 2fe1·σ₁ + fe2 − fe1
        INDArray fE = s1.muli(2 * c.fe1()).addi(c.fe2() - c.fe1());
        INDArray w = tmp.get(b, type).assign(fE).addi(c.aE()).muli(x);
        excitatory(dsdt).assign(fE.subi(w));
        // σ₂ = σ(2β₂·(wIE·x − wII·y + hI)); dy = (fI − y ⊙ (fI + aI))/γ
        double k2 = 2 * c.beta2();
        INDArray s2 = p2.get(b, type).assign(y).muli(-k2 * c.wII()).addi(k2 * c.hI());
        if (c.wIE() != 0) axpy(k2 * c.wIE(), x, s2);
        Transforms.sigmoid(s2, false);
        inhibitory(cache).assign(s2);
        INDArray fI = s2.muli(2 * c.fi1()).addi(c.fi2() - c.fi1());
        w.assign(fI).addi(c.aI()).muli(y);
        inhibitory(dsdt).assign(fI.subi(w).muli(1.0 / gamma.getDouble(0)));
    }

    @Override
    public void vjp(double t, INDArray s, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        INDArray cache = Nd4j.createUninitialized(s.dataType(), s.rows(), n);
        rhs(t, s, s.ulike(), cache);
        vjpCached(t, s, cache, abar, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray s, INDArray cache, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        if (cache == null) {
            vjp(t, s, abar, aDfDy, paramGrad);
            return;
        }
        checkStacked(s);
        if (fusable(s, cache, abar, aDfDy)) {
            vjpFused(s, cache, abar, aDfDy, paramGrad);
            return;
        }
        long b = s.rows() / 2;
        DataType type = s.dataType();
        double g = gamma.getDouble(0);
        INDArray x = xs.get(b, type).assign(excitatory(s));
        INDArray y = ys.get(b, type).assign(inhibitory(s));
        INDArray s1 = p1.get(b, type).assign(excitatory(cache));
        INDArray s2 = p2.get(b, type).assign(inhibitory(cache));
        INDArray ax = ax0.get(b, type).assign(excitatory(abar));
        INDArray ay = ay0.get(b, type).assign(inhibitory(abar));
        INDArray w = tmp.get(b, type);
        // g₁ = āx ⊙ (1 − x) ⊙ σ₁(1 − σ₁)·4fe1β₁
        INDArray gg1 = g1.get(b, type).assign(s1).muli(s1).rsubi(s1).muli(ax);
        gg1.subi(w.assign(gg1).muli(x)).muli(4 * c.fe1() * c.beta1());
        // g₂ = āy ⊙ (1 − y) ⊙ σ₂(1 − σ₂)·4fi1β₂/γ
        INDArray gg2 = g2.get(b, type).assign(s2).muli(s2).rsubi(s2).muli(ay);
        gg2.subi(w.assign(gg2).muli(y)).muli(4 * c.fi1() * c.beta2() / g);
        // x̄ = (1/√N)·g₁·A + wEE·g₁ + wIE·g₂ − āx ⊙ (aE + fE), with fE = 2fe1·σ₁ + fe2 − fe1
        INDArray xbar = xb.get(b, type);
        Nd4j.gemm(gg1, a, xbar, false, false, invSqrtN, 0.0);
        axpy(c.wEE(), gg1, xbar);
        if (c.wIE() != 0) axpy(c.wIE(), gg2, xbar);
        xbar.subi(s1.muli(2 * c.fe1()).addi(c.fe2() - c.fe1() + c.aE()).muli(ax));
        excitatory(aDfDy).assign(xbar);
        // ȳ = −āy ⊙ (aI + fI)/γ − wEI·g₁ − wII·g₂, with fI = 2fi1·σ₂ + fi2 − fi1 (kept in s2 for γ̄)
        INDArray fI = s2.muli(2 * c.fi1()).addi(c.fi2() - c.fi1());
        INDArray ybar = ax.assign(fI).addi(c.aI()).muli(ay).muli(-1.0 / g);
        axpy(-c.wEI(), gg1, ybar);
        axpy(-c.wII(), gg2, ybar);
        inhibitory(aDfDy).assign(ybar);
        if (paramGrad != null) {
            Nd4j.gemm(gg1, x, layout.view(paramGrad, "A"), true, false, invSqrtN, 1.0);
            // γ̄ += −Σ āy ⊙ ẏ/γ with ẏ = (fI − y ⊙ (fI + aI))/γ
            w.assign(fI).addi(c.aI()).muli(y).rsubi(fI);
            double gGamma = -w.muli(ay).sumNumber().doubleValue() / (g * g);
            INDArray gv = layout.view(paramGrad, "gamma");
            gv.putScalar(0, gv.getDouble(0) + gGamma);
        }
    }

    /** The fused path needs float matrices laid out without gaps (a whole array or a block of rows). */
    private boolean fusable(INDArray s, INDArray cache, INDArray... others) {
        if (!fuse || a.dataType() != DataType.FLOAT || !DirectFloats.dense(s) || !DirectFloats.dense(cache)
                || cache.rows() != s.rows()) {
            return false;
        }
        for (INDArray o : others) {
            if (!DirectFloats.dense(o) || o.rows() != s.rows()) return false;
        }
        return true;
    }

    /** gemm into the cache's first half, then one row pass for the pre-activations, sigmoids and ds/dt. */
    private void rhsFused(INDArray s, INDArray dsdt, INDArray cache) {
        Nd4j.gemm(excitatory(s), a, excitatory(cache), false, true, 2 * c.beta1() * invSqrtN, 0.0);
        fused.rhs(DirectFloats.of(s), DirectFloats.of(cache), DirectFloats.of(dsdt), (int) (s.rows() / 2), n,
                gamma.getDouble(0));
    }

    /**
     * s' = s + h·f(s) with the update in the rhs pass (after the gemm into the cache's first half): no separate
     * sweep over the stage derivative. Float arrays without gaps only, like the fused rhs.
     */
    @Override
    public FusedStep eulerStep(double t, INDArray s, double h, INDArray sOut, INDArray cache, INDArray sCopy) {
        if (cache == null || s.rows() % 2 != 0 || !fusable(s, cache, sOut)
                || (sCopy != null && (!DirectFloats.dense(sCopy) || sCopy.rows() != s.rows()))) {
            return FusedStep.NOT_FUSED;
        }
        Nd4j.gemm(excitatory(s), a, excitatory(cache), false, true, 2 * c.beta1() * invSqrtN, 0.0);
        boolean finite = fused.eulerStep(DirectFloats.of(s), DirectFloats.of(cache), DirectFloats.of(sOut),
                sCopy == null ? null : DirectFloats.of(sCopy), (float) h, (int) (s.rows() / 2), n,
                gamma.getDouble(0));
        return finite ? FusedStep.FINITE : FusedStep.NON_FINITE;
    }

    /** aDfDy ← aDfDy + α·aᵀ·∂f/∂s (aDfDy may be a) and θ̄ += α·aᵀ·∂f/∂θ in the fused pass and gemms. */
    @Override
    public boolean vjpAccumulate(double t, INDArray s, INDArray cache, INDArray abar, double alpha, INDArray aDfDy,
                                 INDArray paramGrad) {
        if (cache == null || s.rows() % 2 != 0 || !fusable(s, cache, abar, aDfDy)) return false;
        vjpFused(s, cache, abar, aDfDy, paramGrad, alpha, true);
        return true;
    }

    private void vjpFused(INDArray s, INDArray cache, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        vjpFused(s, cache, abar, aDfDy, paramGrad, 1.0, false);
    }

    /**
     * One pass for g₁ and the element-wise cotangents (scaled by α, added to ā when {@code accumulate}), then
     * x̄ += (1/√N)·g₁·A and Ā += (1/√N)·g₁ᵀ·x.
     */
    private void vjpFused(INDArray s, INDArray cache, INDArray abar, INDArray aDfDy, INDArray paramGrad,
                          double alpha, boolean accumulate) {
        long b = s.rows() / 2;
        double g = gamma.getDouble(0);
        INDArray gg1 = g1.get(b, DataType.FLOAT);
        double gammaSum = fused.cotangents(DirectFloats.of(s), DirectFloats.of(cache), DirectFloats.of(abar),
                DirectFloats.of(gg1), DirectFloats.of(aDfDy), (int) b, n, g, (float) alpha, accumulate);
        Nd4j.gemm(gg1, a, excitatory(aDfDy), false, false, invSqrtN, 1.0);
        if (paramGrad != null) {
            Nd4j.gemm(gg1, excitatory(s), layout.view(paramGrad, "A"), true, false, invSqrtN, 1.0);
            INDArray gv = layout.view(paramGrad, "gamma");
            gv.putScalar(0, gv.getDouble(0) - gammaSum / (g * g));
        }
    }
}
