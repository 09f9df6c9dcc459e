package org.massode.dynamics;

import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Wilson–Cowan metapopulation of {@link WilsonCowanConstants} on the batched state s = [x | y] ([batch, 2N]),
 * with coupling matrix A between excitatory populations and time-scale γ as parameters (flat layout: A [N, N], γ).
 *
 * <p>The hand-written vjp, with cotangent (āx, āy), T₁ = tanh(β₁I₁), T₂ = tanh(β₂I₂) cached by the forward pass:
 * g₁ = āx ⊙ (1 − x)·fe1·β₁·(1 − T₁²), g₂ = āy ⊙ (1 − y)·fi1·β₂·(1 − T₂²)/γ,
 * x̄ = āx ⊙ (−aE − fE) + wEE·g₁ + (1/√N)·g₁·A + wIE·g₂, ȳ = āy ⊙ (−aI − fI)/γ − wEI·g₁ − wII·g₂,
 * Ā += (1/√N)·g₁ᵀ·x, γ̄ += −Σ āy ⊙ ẏ/γ. One N×N gemm forward, two backward.
 */
public final class WilsonCowanSystem implements OdeSystem {
    private final int n;
    private final WilsonCowanConstants c;
    private final ParamLayout layout;
    private final INDArray a;
    private final INDArray gamma;
    private final double invSqrtN;
    private final Scratch xs;
    private final Scratch i1;
    private final Scratch g1;
    private final Scratch g2;
    private final Scratch tmp;

    public WilsonCowanSystem(int n, WilsonCowanConstants c, INDArray flatParams) {
        this.n = n;
        this.c = c;
        this.layout = layout(n);
        this.a = layout.view(flatParams, "A");
        this.gamma = layout.view(flatParams, "gamma");
        this.invSqrtN = 1.0 / Math.sqrt(n);
        xs = new Scratch(n);
        i1 = new Scratch(n);
        g1 = new Scratch(n);
        g2 = new Scratch(n);
        tmp = new Scratch(n);
    }

    public static ParamLayout layout(int n) {
        return new ParamLayout().add("A", n, n).add("gamma", 1);
    }

    @Override
    public int stateSize() {
        return 2 * n;
    }

    @Override
    public int paramCount() {
        return layout.size();
    }

    @Override
    public int cacheWidth() {
        return 2 * n;
    }

    private INDArray left(INDArray s) {
        return s.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n));
    }

    private INDArray right(INDArray s) {
        return s.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n));
    }

    @Override
    public void rhs(double t, INDArray s, INDArray dsdt) {
        rhs(t, s, dsdt, Nd4j.createUninitialized(s.dataType(), s.rows(), 2 * n));
    }

    @Override
    public void rhs(double t, INDArray s, INDArray dsdt, INDArray cache) {
        if (cache == null) {
            rhs(t, s, dsdt);
            return;
        }
        long b = s.rows();
        INDArray x = left(s);
        INDArray y = right(s);
        INDArray t1 = left(cache);
        INDArray t2 = right(cache);
        INDArray xc = xs.get(b, s.dataType()).assign(x);
        INDArray in1 = i1.get(b, s.dataType());
        Nd4j.gemm(xc, a, in1, false, true, invSqrtN, 0.0);
        // I₁ = (1/√N)·A·x + wEE·x − wEI·y + hE, then T₁ = tanh(β₁·I₁)
        Nd4j.getBlasWrapper().level1().axpy(in1.length(), c.wEE(), xc, in1);
        INDArray yc = tmp.get(b, s.dataType()).assign(y);
        Nd4j.getBlasWrapper().level1().axpy(in1.length(), -c.wEI(), yc, in1);
        in1.addi(c.hE()).muli(c.beta1());
        t1.assign(Transforms.tanh(in1, false));
        // dx = −aE·x + (1 − x)·(fe1·T₁ + fe2)
        INDArray dx = left(dsdt);
        dx.assign(in1.assign(t1).muli(c.fe1()).addi(c.fe2()).muli(xc.rsub(1.0))).subi(xc.muli(c.aE()));
        // I₂ = wIE·x − wII·y + hI; dy = (−aI·y + (1 − y)·(fi1·T₂ + fi2))/γ
        INDArray in2 = yc.mul(-c.wII()).addi(c.hI());
        if (c.wIE() != 0) in2.addi(x.mul(c.wIE()));
        t2.assign(Transforms.tanh(in2.muli(c.beta2()), false));
        double g = gamma.getDouble(0);
        INDArray dy = right(dsdt);
        dy.assign(in2.assign(t2).muli(c.fi1()).addi(c.fi2()).muli(yc.rsub(1.0)).subi(yc.muli(c.aI())).divi(g));
    }

    @Override
    public void vjp(double t, INDArray s, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        INDArray cache = Nd4j.createUninitialized(s.dataType(), s.rows(), 2 * n);
        rhs(t, s, s.ulike(), cache);
        vjpCached(t, s, cache, abar, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray s, INDArray cache, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        if (cache == null) {
            vjp(t, s, abar, aDfDy, paramGrad);
            return;
        }
        long b = s.rows();
        double g = gamma.getDouble(0);
        INDArray x = xs.get(b, s.dataType()).assign(left(s));
        INDArray y = right(s);
        INDArray t1 = left(cache);
        INDArray t2 = right(cache);
        INDArray ax = left(abar);
        INDArray ay = right(abar);
        // g₁ = āx ⊙ (1 − x)·fe1·β₁·(1 − T₁²)
        INDArray gg1 = g1.get(b, s.dataType());
        gg1.assign(t1).muli(t1).rsubi(1.0).muli(x.rsub(1.0)).muli(ax).muli(c.fe1() * c.beta1());
        // g₂ = āy ⊙ (1 − y)·fi1·β₂·(1 − T₂²)/γ
        INDArray gg2 = g2.get(b, s.dataType());
        gg2.assign(t2).muli(t2).rsubi(1.0).muli(y.rsub(1.0)).muli(ay).muli(c.fi1() * c.beta2() / g);
        // x̄ = āx ⊙ (−aE − fE) + wEE·g₁ + (1/√N)·g₁·A + wIE·g₂
        INDArray xbar = i1.get(b, s.dataType());
        Nd4j.gemm(gg1, a, xbar, false, false, invSqrtN, 0.0);
        INDArray fE = t1.mul(c.fe1()).addi(c.fe2());
        xbar.addi(fE.addi(c.aE()).muli(ax).negi()).addi(gg1.mul(c.wEE()));
        if (c.wIE() != 0) xbar.addi(gg2.mul(c.wIE()));
        left(aDfDy).assign(xbar);
        // ȳ = āy ⊙ (−aI − fI)/γ − wEI·g₁ − wII·g₂
        INDArray fI = t2.mul(c.fi1()).addi(c.fi2());
        INDArray ybar = fI.addi(c.aI()).muli(ay).divi(-g).subi(gg1.mul(c.wEI())).subi(gg2.mul(c.wII()));
        right(aDfDy).assign(ybar);
        if (paramGrad != null) {
            Nd4j.gemm(gg1, x, layout.view(paramGrad, "A"), true, false, invSqrtN, 1.0);
            // γ̄ += −Σ āy ⊙ ẏ/γ, with ẏ = (−aI·y + (1 − y)·fI)/γ rebuilt from the cache
            INDArray fI2 = t2.mul(c.fi1()).addi(c.fi2());
            INDArray ydot = fI2.muli(y.rsub(1.0)).subi(y.mul(c.aI())).divi(g);
            double gGamma = -ydot.muli(ay).sumNumber().doubleValue() / g;
            INDArray gv = layout.view(paramGrad, "gamma");
            gv.putScalar(0, gv.getDouble(0) + gGamma);
        }
    }
}
