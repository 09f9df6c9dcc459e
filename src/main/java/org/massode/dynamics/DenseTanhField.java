package org.massode.dynamics;

import org.massode.nd.DirectFloats;
import org.massode.nd.FloatReductions;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * dy/dt = tanh(W·y + b) with a dense N×N matrix W: the benchmark field, one N×N gemm forward and two backward
 * (ȳ = (a ⊙ (1 − h²))·W, W̄ += (a ⊙ (1 − h²))ᵀ·y with h = tanh(W·y + b) cached by the forward pass).
 * Parameters: W [N, N] then b [N] in the flat vector. For float arrays the element-wise work after each gemm is
 * one fused pass per row ({@link TanhRows}: bias + {@link FastTanh} + cache write forward, a ⊙ (1 − h²) backward);
 * double precision (the finite-difference checks) keeps ND4J's ops.
 */
public final class DenseTanhField implements OdeSystem {
    private final int n;
    private final ParamLayout layout;
    private final INDArray w;
    private final INDArray b;
    private final Scratch zbar;
    private final float[] biasBuf;

    public DenseTanhField(int n, INDArray flatParams) {
        this.n = n;
        this.layout = layout(n);
        this.w = layout.view(flatParams, "W");
        this.b = layout.view(flatParams, "b");
        this.zbar = new Scratch(n);
        this.biasBuf = new float[n];
    }

    public static ParamLayout layout(int n) {
        // b as a [1, N] row: the shape its gradient view needs for the column sums, without a reshape per step
        return new ParamLayout().add("W", n, n).add("b", 1, n);
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
        rhs(t, y, dydt, null);
    }

    @Override
    public void rhs(double t, INDArray y, INDArray dydt, INDArray cache) {
        Nd4j.gemm(y, w, dydt, false, true, 1.0, 0.0);
        if (DirectFloats.dense(dydt) && (cache == null || DirectFloats.dense(cache)) && DirectFloats.dense(b)) {
            TanhRows.biasTanh(DirectFloats.of(dydt), cache == null ? null : DirectFloats.of(cache), bias(),
                    (int) dydt.rows(), n);
            return;
        }
        dydt.addiRowVector(b);
        Transforms.tanh(dydt, false);
        if (cache != null) cache.assign(dydt);
    }

    /** W·y into yOut by gemm, then one pass per row: h = tanh(· + b) to the cache, y' = y + dt·h, the copy of y. */
    @Override
    public FusedStep eulerStep(double t, INDArray y, double dt, INDArray yOut, INDArray cache, INDArray yCopy) {
        if (cache == null || !DirectFloats.dense(y) || !DirectFloats.dense(yOut) || !DirectFloats.dense(cache)
                || !DirectFloats.dense(b) || (yCopy != null && !DirectFloats.dense(yCopy))) {
            return FusedStep.NOT_FUSED;
        }
        Nd4j.gemm(y, w, yOut, false, true, 1.0, 0.0);
        boolean finite = TanhRows.biasTanhEuler(DirectFloats.of(yOut), DirectFloats.of(y), DirectFloats.of(cache),
                yCopy == null ? null : DirectFloats.of(yCopy), bias(), (float) dt, (int) y.rows(), n);
        return finite ? FusedStep.FINITE : FusedStep.NON_FINITE;
    }

    /** b as a float array (refreshed per call: the optimizer updates the flat parameters in place). */
    private float[] bias() {
        DirectFloats d = DirectFloats.of(b);
        d.read(0, biasBuf, n);
        return biasBuf;
    }

    @Override
    public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        INDArray h = a.ulike();
        rhs(t, y, h);
        vjpCached(t, y, h, a, aDfDy, paramGrad);
    }

    /** ȳ ← ȳ + α·aᵀ·∂f/∂y and θ̄ += α·aᵀ·∂f/∂θ: {@link #vjpCached}'s products with α folded in and β = 1. */
    @Override
    public boolean vjpAccumulate(double t, INDArray y, INDArray h, INDArray a, double alpha, INDArray aDfDy,
                                 INDArray paramGrad) {
        if (h == null) return false;
        backward(y, h, a, alpha, 1.0, aDfDy, paramGrad);
        return true;
    }

    @Override
    public void vjpCached(double t, INDArray y, INDArray h, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        if (h == null) {
            vjp(t, y, a, aDfDy, paramGrad);
            return;
        }
        backward(y, h, a, 1.0, 0.0, aDfDy, paramGrad);
    }

    /**
     * z = α·a ⊙ (1 − h²) (one fused pass for floats), then aDfDy ← z·W + β·aDfDy, W̄ += zᵀ·y and b̄ += Σ_rows z.
     * z is formed before the gemm writes aDfDy, so aDfDy may be a.
     */
    private void backward(INDArray y, INDArray h, INDArray a, double alpha, double beta, INDArray aDfDy,
                          INDArray paramGrad) {
        INDArray z = zbar.get(y.rows(), y.dataType());
        if (DirectFloats.dense(z) && DirectFloats.dense(h) && DirectFloats.dense(a)) {
            TanhRows.tanhCotangent(DirectFloats.of(a), DirectFloats.of(h), DirectFloats.of(z), (float) alpha,
                    (int) z.rows(), n);
        } else {
            z.assign(h).muli(h).rsubi(1.0).muli(a).muli(alpha);
        }
        Nd4j.gemm(z, w, aDfDy, false, false, 1.0, beta);
        if (paramGrad != null) {
            Nd4j.gemm(z, y, layout.view(paramGrad, "W"), true, false, 1.0, 1.0);
            FloatReductions.addColumnSums(z, layout.view(paramGrad, "b"));
        }
    }
}
