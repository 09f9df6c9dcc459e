package org.massode.dynamics;

import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * dy/dt = tanh(W·y + b) with a dense N×N matrix W: the benchmark field, one N×N gemm forward and two backward
 * (ȳ = (a ⊙ (1 − h²))·W, W̄ += (a ⊙ (1 − h²))ᵀ·y with h = tanh(W·y + b) cached by the forward pass).
 * Parameters: W [N, N] then b [N] in the flat vector.
 */
public final class DenseTanhField implements OdeSystem {
    private final int n;
    private final ParamLayout layout;
    private final INDArray w;
    private final INDArray b;
    private final Scratch zbar;

    public DenseTanhField(int n, INDArray flatParams) {
        this.n = n;
        this.layout = layout(n);
        this.w = layout.view(flatParams, "W");
        this.b = layout.view(flatParams, "b").reshape(1, n);
        this.zbar = new Scratch(n);
    }

    public static ParamLayout layout(int n) {
        return new ParamLayout().add("W", n, n).add("b", n);
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

    @Override
    public void rhs(double t, INDArray y, INDArray dydt) {
        Nd4j.gemm(y, w, dydt, false, true, 1.0, 0.0);
        dydt.addiRowVector(b);
        Transforms.tanh(dydt, false);
    }

    @Override
    public void rhs(double t, INDArray y, INDArray dydt, INDArray cache) {
        rhs(t, y, dydt);
        if (cache != null) cache.assign(dydt);
    }

    @Override
    public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        INDArray h = a.ulike();
        rhs(t, y, h);
        vjpCached(t, y, h, a, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray y, INDArray h, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        if (h == null) {
            vjp(t, y, a, aDfDy, paramGrad);
            return;
        }
        INDArray z = zbar.get(y.rows(), y.dataType());
        z.assign(h).muli(h).rsubi(1.0).muli(a);
        Nd4j.gemm(z, w, aDfDy, false, false, 1.0, 0.0);
        if (paramGrad != null) {
            Nd4j.gemm(z, y, layout.view(paramGrad, "W"), true, false, 1.0, 1.0);
            layout.view(paramGrad, "b").addi(z.sum(0));
        }
    }
}
