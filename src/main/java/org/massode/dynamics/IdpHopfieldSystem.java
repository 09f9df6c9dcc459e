package org.massode.dynamics;

import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Input-driven-plasticity (IDP) Hopfield network, after Betteti, Baggio, Bullo, Zampieri, <i>Input-driven dynamics
 * for robust memory retrieval in Hopfield networks</i> (Science Advances 2025): the input u reshapes the synapses,
 * <pre>
 *   dx/dt = −x + W(u)·tanh(x),   W(u) = (κ/N)·Σ_μ c_μ(u)·ξ^μ ξ^μᵀ,
 *   c_μ(u) = ξ^μ·u/N (LINEAR)   or   c(u) = softmax(β·Ξu/N) (SOFTMAX),
 * </pre>
 * with the P memories ξ^μ as the rows of Ξ [P, N]. κ = 1 is the formula; κ is exposed because with the
 * softmax weights Σ c_μ = 1 the origin stays the only stable point unless κ &gt; 1 (tanh'(0) = 1).
 * W(u) is never formed: W(u)·tanh(x) = (κ/N)·(c ⊙ (tanh(x)·Ξᵀ))·Ξ costs O(B·P·N).
 *
 * <p>The state is the {@link RowStack} [x; u] ([2B, N], du/dt = 0), so ∂L/∂u comes back from the engine.
 * <b>vjp</b>, with h = tanh(x), m = h·Ξᵀ, o = u·Ξᵀ/N, q = c ⊙ m and r = (κ/N)·a·Ξᵀ:
 * x̄ = −a + ((c ⊙ r)·Ξ) ⊙ (1 − h²); c̄ = m ⊙ r; ō = c̄ (LINEAR) or β·c ⊙ (c̄ − Σ_ν c̄_ν c_ν) (SOFTMAX);
 * ū = ō·Ξ/N; Ξ̄ += (κ/N)·qᵀ·a + (c ⊙ r)ᵀ·h + ōᵀ·u/N. Flat layout: xi [P, N].
 */
public final class IdpHopfieldSystem implements OdeSystem {
    private final int n;
    private final int p;
    private final double kappa;
    private final OverlapMode overlap;
    private final double beta;
    private final ParamLayout layout;
    private final INDArray xi;

    public IdpHopfieldSystem(int n, int patterns, double kappa, OverlapMode overlap, double beta, INDArray flatParams) {
        if (n <= 0 || patterns <= 0) {
            throw new IllegalArgumentException("IdpHopfieldSystem: n and patterns must be > 0, got n=" + n
                    + ", patterns=" + patterns);
        }
        if (!(kappa > 0) || !Double.isFinite(kappa)) throw new IllegalArgumentException("IdpHopfieldSystem: kappa must be > 0, got " + kappa);
        if (!(beta > 0) || !Double.isFinite(beta)) throw new IllegalArgumentException("IdpHopfieldSystem: beta must be > 0, got " + beta);
        if (overlap == null) throw new IllegalArgumentException("IdpHopfieldSystem: overlap mode must be set");
        this.n = n;
        this.p = patterns;
        this.kappa = kappa;
        this.overlap = overlap;
        this.beta = beta;
        this.layout = layout(n, patterns);
        this.xi = layout.view(flatParams, "xi");
    }

    public static ParamLayout layout(int n, int patterns) {
        return new ParamLayout().add("xi", patterns, n);
    }

    @Override
    public int stateSize() {
        return n;
    }

    @Override
    public int paramCount() {
        return layout.size();
    }

    /** The memory weights c(u), [B, P], for inputs u [B, N]. */
    public INDArray weights(INDArray u) {
        INDArray o = Nd4j.gemm(u.dup(), xi, false, true).muli(1.0 / n);
        return overlap == OverlapMode.LINEAR ? o : Transforms.softmax(o.muli(beta), false);
    }

    @Override
    public void rhs(double t, INDArray s, INDArray dsdt) {
        RowStack.checkEven(s, "IdpHopfieldSystem");
        INDArray x = RowStack.top(s).dup();
        INDArray c = weights(RowStack.bottom(s));
        INDArray h = Transforms.tanh(x, true);
        INDArray q = Nd4j.gemm(h, xi, false, true).muli(c);
        INDArray dx = Nd4j.gemm(q, xi, false, false).muli(kappa / n).subi(x);
        RowStack.top(dsdt).assign(dx);
        RowStack.bottom(dsdt).assign(0);
    }

    @Override
    public void vjp(double t, INDArray s, INDArray abar, INDArray aDfDy, INDArray paramGrad) {
        RowStack.checkEven(s, "IdpHopfieldSystem");
        DataType type = s.dataType();
        INDArray x = RowStack.top(s).dup();
        INDArray u = RowStack.bottom(s).dup();
        INDArray a = RowStack.top(abar).dup();
        INDArray c = weights(u);
        INDArray h = Transforms.tanh(x, true);
        INDArray m = Nd4j.gemm(h, xi, false, true);
        INDArray r = Nd4j.gemm(a, xi, false, true).muli(kappa / n);
        INDArray mbar = c.mul(r);
        INDArray xbar = Nd4j.gemm(mbar, xi, false, false).muli(h.mul(h).rsubi(1.0)).subi(a);
        INDArray cbar = m.mul(r);
        INDArray obar;
        if (overlap == OverlapMode.LINEAR) {
            obar = cbar;
        } else {
            INDArray dot = cbar.mul(c).sum(true, 1);
            obar = cbar.subColumnVector(dot).muli(c).muli(beta);
        }
        RowStack.top(aDfDy).assign(xbar);
        RowStack.bottom(aDfDy).assign(Nd4j.gemm(obar, xi, false, false).muli(1.0 / n));
        if (paramGrad != null) {
            INDArray g = layout.view(paramGrad, "xi");
            INDArray q = c.mul(m);
            Nd4j.gemm(q, a, g, true, false, kappa / n, 1.0);
            Nd4j.gemm(mbar, h, g, true, false, 1.0, 1.0);
            Nd4j.gemm(obar, u, g, true, false, 1.0 / n, 1.0);
        }
    }
}
