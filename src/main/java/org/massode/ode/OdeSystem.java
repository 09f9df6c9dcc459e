package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A vector field dy/dt = f(t, y; θ) on batched states {@code y} of shape [batch, stateSize()].
 *
 * <p>Parameters θ live in a flat row vector owned by the caller (for example a DL4J layer); implementations keep
 * views into it, and {@link #vjp} accumulates parameter cotangents into a flat vector with the same layout.
 *
 * <p>A system may optionally leave per-sample intermediate values ("cache", width {@link #cacheWidth()}) during
 * {@link #rhs(double, INDArray, INDArray, INDArray)} so that the matching {@link #vjpCached} need not recompute them;
 * this is how the backprop tape reaches the floor of one forward and two backward gemms per stage.
 */
public interface OdeSystem {

    /** Number of state components per sample. */
    int stateSize();

    /** Length of the flat parameter vector θ (0 for a system with no trainable parameters). */
    default int paramCount() {
        return 0;
    }

    /** Writes f(t, y) into {@code dydt} (same shape as y). Must not modify {@code y}. */
    void rhs(double t, INDArray y, INDArray dydt);

    /**
     * Vector–Jacobian products at (t, y) with cotangent {@code a} ([batch, state]):
     * {@code aDfDy ← aᵀ·∂f/∂y} (overwritten, [batch, state]) and {@code paramGrad += Σ_batch aᵀ·∂f/∂θ}
     * ([1, paramCount()], ignored when the system has no parameters).
     */
    void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad);

    /** Per-sample width of the optional cache written by the 4-argument rhs; 0 means "no cache". */
    default int cacheWidth() {
        return 0;
    }

    /** Like {@link #rhs(double, INDArray, INDArray)}, also writing intermediates for {@link #vjpCached}. */
    default void rhs(double t, INDArray y, INDArray dydt, INDArray cache) {
        rhs(t, y, dydt);
    }

    /** Like {@link #vjp}, reusing intermediates written by the 4-argument rhs at the same (t, y). */
    default void vjpCached(double t, INDArray y, INDArray cache, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        vjp(t, y, a, aDfDy, paramGrad);
    }

    /**
     * The reverse pass of a one-stage (Euler) step in one call: {@code aDfDy ← aDfDy + α·aᵀ·∂f/∂y} and
     * {@code paramGrad += α·Σ_batch aᵀ·∂f/∂θ}, where {@code aDfDy} may be {@code a} itself (ȳ = ā + h·āᵀ·∂f/∂y in
     * place). A system whose last products are gemms folds α and the sum into their α and β and skips the separate
     * scale and add passes over [batch, state]; it returns true. The default returns false and changes nothing, and the
     * caller runs {@link #vjpCached} with its own buffers.
     */
    default boolean vjpAccumulate(double t, INDArray y, INDArray cache, INDArray a, double alpha, INDArray aDfDy,
                                  INDArray paramGrad) {
        return false;
    }

    /** Outcome of {@link #eulerStep}: not fused (the caller steps itself), or fused with y' finite or not. */
    enum FusedStep { NOT_FUSED, FINITE, NON_FINITE }

    /**
     * One explicit Euler step y' = y + h·f(t, y) in the right-hand side's own pass: writes {@code yOut} (never aliasing
     * y), the cache as the 4-argument rhs does, and a copy of y into {@code yCopy} when it is not null (what reverse
     * mode records). A system whose rhs ends in an element-wise pass after a gemm applies the update in that pass and
     * skips the solver's separate sweep over k. The default returns {@link FusedStep#NOT_FUSED} and writes nothing.
     */
    default FusedStep eulerStep(double t, INDArray y, double h, INDArray yOut, INDArray cache, INDArray yCopy) {
        return FusedStep.NOT_FUSED;
    }
}
