package org.massode.dynamics;

import org.massode.nd.FloatReductions;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The generic neural-ODE block dy/dt = W₂·tanh(W₁·y + b₁) + b₂ (state N, hidden H), with a hand-written vjp:
 * with h = tanh(W₁·y + b₁) and z̄ = (a·W₂) ⊙ (1 − h²): ȳ = z̄·W₁, W̄₂ += aᵀ·h, b̄₂ += Σ a, W̄₁ += z̄ᵀ·y, b̄₁ += Σ z̄.
 * Flat parameter layout: W1 [H, N], b1 [H], W2 [N, H], b2 [N].
 */
public final class MlpVectorField implements OdeSystem {
    private final int n;
    private final int hidden;
    private final ParamLayout layout;
    private final INDArray w1;
    private final INDArray b1;
    private final INDArray w2;
    private final INDArray b2;
    private final Scratch hbar;

    public MlpVectorField(int n, int hidden, INDArray flatParams) {
        this.n = n;
        this.hidden = hidden;
        this.layout = layout(n, hidden);
        this.w1 = layout.view(flatParams, "W1");
        this.b1 = layout.view(flatParams, "b1").reshape(1, hidden);
        this.w2 = layout.view(flatParams, "W2");
        this.b2 = layout.view(flatParams, "b2").reshape(1, n);
        this.hbar = new Scratch(hidden);
    }

    public static ParamLayout layout(int n, int hidden) {
        return new ParamLayout().add("W1", hidden, n).add("b1", hidden).add("W2", n, hidden).add("b2", n);
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
        return hidden;
    }

    @Override
    public void rhs(double t, INDArray y, INDArray dydt) {
        rhs(t, y, dydt, Nd4j.createUninitialized(y.dataType(), y.rows(), hidden));
    }

    @Override
    public void rhs(double t, INDArray y, INDArray dydt, INDArray h) {
        if (h == null) {
            rhs(t, y, dydt);
            return;
        }
        Nd4j.gemm(y, w1, h, false, true, 1.0, 0.0);
        h.addiRowVector(b1);
        Transforms.tanh(h, false);
        Nd4j.gemm(h, w2, dydt, false, true, 1.0, 0.0);
        dydt.addiRowVector(b2);
    }

    @Override
    public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        INDArray h = Nd4j.createUninitialized(y.dataType(), y.rows(), hidden);
        rhs(t, y, a.ulike(), h);
        vjpCached(t, y, h, a, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray y, INDArray h, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        if (h == null) {
            vjp(t, y, a, aDfDy, paramGrad);
            return;
        }
        INDArray z = hbar.get(y.rows(), y.dataType());
        Nd4j.gemm(a, w2, z, false, false, 1.0, 0.0);
        z.muli(h.mul(h).rsubi(1.0));
        Nd4j.gemm(z, w1, aDfDy, false, false, 1.0, 0.0);
        if (paramGrad != null) {
            Nd4j.gemm(a, h, layout.view(paramGrad, "W2"), true, false, 1.0, 1.0);
            FloatReductions.addColumnSums(a, layout.view(paramGrad, "b2"));
            Nd4j.gemm(z, y, layout.view(paramGrad, "W1"), true, false, 1.0, 1.0);
            FloatReductions.addColumnSums(z, layout.view(paramGrad, "b1"));
        }
    }
}
