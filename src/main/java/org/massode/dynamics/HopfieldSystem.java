package org.massode.dynamics;

import org.massode.nd.FloatReductions;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The continuous Hopfield network τ·dx/dt = −x + W·f(x) + b (+ u), f = tanh or logistic (Hopfield 1984), on
 * batched row states: dx/dt = (−x + f(x)·Wᵀ + b + u)/τ.
 *
 * <p><b>Input.</b> In {@link InputMode#INITIAL} the state is x, [B, N], and the input is only x(0). In
 * {@link InputMode#DRIVE} the state is the {@link RowStack} [x; u], [2B, N], with du/dt = 0, so the engine
 * returns ∂L/∂u as the lower half of ∂L/∂state(0).
 *
 * <p><b>Symmetric constraint.</b> With {@code symmetric} the parameter block "W" holds an unconstrained M and the
 * network uses W = (M + Mᵀ)/2 (the classic energy-function setting); its gradient is M̄ = (W̄ + W̄ᵀ)/2.
 *
 * <p><b>vjp</b> (hand-written), cotangent a on x, g = a/τ: x̄ = −g + (g·W) ⊙ f'(x), ū = g, W̄ += gᵀ·f(x),
 * b̄ += Σ_batch g. One N×N gemm forward, two backward; the cache keeps f(x). Flat layout: W [N, N], b [N].
 */
public final class HopfieldSystem implements OdeSystem {
    private final int n;
    private final double tau;
    private final HopfieldActivation act;
    private final InputMode mode;
    private final boolean symmetric;
    private final ParamLayout layout;
    private final INDArray w;
    private final INDArray b;
        private final Scratch fs;
    private final Scratch gs;
    private final Scratch xbar;
    private final Scratch fcopy;
    private INDArray wSym;

    public HopfieldSystem(int n, double tau, HopfieldActivation act, InputMode mode, boolean symmetric,
                          INDArray flatParams) {
        if (n <= 0) throw new IllegalArgumentException("HopfieldSystem: n must be > 0, got " + n);
        if (!(tau > 0) || !Double.isFinite(tau)) throw new IllegalArgumentException("HopfieldSystem: tau must be > 0, got " + tau);
        if (act == null || mode == null) throw new IllegalArgumentException("HopfieldSystem: activation and input mode must be set");
        this.n = n;
        this.tau = tau;
        this.act = act;
        this.mode = mode;
        this.symmetric = symmetric;
        this.layout = layout(n);
        this.w = layout.view(flatParams, "W");
        this.b = layout.view(flatParams, "b").reshape(1, n);
        this.fs = new Scratch(n);
        this.gs = new Scratch(n);
        this.xbar = new Scratch(n);
        this.fcopy = new Scratch(n);
    }

    public static ParamLayout layout(int n) {
        return new ParamLayout().add("W", n, n).add("b", n);
    }

    /** Rows of the state for a batch of B samples: B (INITIAL) or 2B (DRIVE). */
    public int rowsPerSample() {
        return mode == InputMode.DRIVE ? 2 : 1;
    }

    public InputMode mode() {
        return mode;
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

    /** The effective coupling: W itself, or (M + Mᵀ)/2 recomputed from the current parameters. */
    private INDArray coupling() {
        if (!symmetric) return w;
        if (wSym == null || wSym.dataType() != w.dataType()) wSym = Nd4j.createUninitialized(w.dataType(), n, n);
        return wSym.assign(w).addi(w.transpose()).muli(0.5);
    }

    private INDArray xPart(INDArray s) {
        if (mode == InputMode.DRIVE) {
            RowStack.checkEven(s, "HopfieldSystem (DRIVE)");
            return RowStack.top(s);
        }
        return s;
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
        INDArray x = xPart(s);
        long rows = x.rows();
        DataType type = s.dataType();
        INDArray f = fs.get(rows, type);
        act.apply(x, f);
        xPart(cache).assign(f);
        INDArray z = gs.get(rows, type);
        Nd4j.gemm(f, coupling(), z, false, true, 1.0, 0.0);
        z.addiRowVector(b).subi(x);
        if (mode == InputMode.DRIVE) {
            z.addi(RowStack.bottom(s));
            RowStack.bottom(dsdt).assign(0);
        }
        xPart(dsdt).assign(z.muli(1.0 / tau));
    }

    @Override
    public void vjp(double t, INDArray s, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        INDArray cache = Nd4j.createUninitialized(s.dataType(), s.rows(), n);
        rhs(t, s, s.ulike(), cache);
        vjpCached(t, s, cache, a, aDfDy, paramGrad);
    }

    @Override
    public void vjpCached(double t, INDArray s, INDArray cache, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        if (cache == null) {
            vjp(t, s, a, aDfDy, paramGrad);
            return;
        }
        INDArray fx = xPart(cache);
        long rows = fx.rows();
        DataType type = s.dataType();
        INDArray g = gs.get(rows, type).assign(xPart(a)).muli(1.0 / tau);
        INDArray xb = xbar.get(rows, type);
        Nd4j.gemm(g, coupling(), xb, false, false, 1.0, 0.0);
        INDArray fprime = fs.get(rows, type).assign(fx);
        act.derivativeInPlace(fprime);
        xb.muli(fprime).subi(g);
        xPart(aDfDy).assign(xb);
        if (mode == InputMode.DRIVE) RowStack.bottom(aDfDy).assign(g);
        if (paramGrad != null) {
            INDArray wg = layout.view(paramGrad, "W");
            // gemm on a contiguous copy: ND4J takes a slow path for row-block views
            INDArray fc = fcopy.get(rows, type).assign(fx);
            if (symmetric) {
                INDArray full = Nd4j.gemm(g, fc, true, false);
                // not addi(full.transpose()): an in-place add of its own transpose would read overwritten entries
                wg.addi(full.add(full.transpose()).muli(0.5));
            } else {
                Nd4j.gemm(g, fc, wg, true, false, 1.0, 1.0);
            }
            FloatReductions.addColumnSums(g, layout.view(paramGrad, "b"));
        }
    }
}
