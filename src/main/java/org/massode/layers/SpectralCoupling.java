package org.massode.layers;

import org.massode.nd.ColumnBlocks;
import org.massode.nd.LuInverse;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A = Φ·Λ·Ψ with Ψ = Φ⁻¹, Φ = [Φ_train | Q] and Λ = diag(min(λ_train, λmax), 0…0), so that the columns of Q (the
 * planted attractors) span ker A. {@link #backward} maps Ā to (Φ̄_train, λ̄_train): with M = Ā·Ψᵀ,
 * λ̄ᵢ = (Φᵀ·M)ᵢᵢ = Σₖ Φₖᵢ·Mₖᵢ (zero where λ is clipped) and Φ̄ = M·Λ − Aᵀ·M, since Ψᵀ·Λ·Φᵀ = Aᵀ.
 *
 * <p>Cost per training iteration: Ψ by LU (≈ one N×N gemm of flops), one gemm for A, two for the gradient, all
 * into buffers kept between iterations — an N×N allocation costs ND4J about as much as the gemm that fills it.
 */
final class SpectralCoupling {
    private final INDArray q;
    private final double lambdaMax;
    private INDArray phi;
    private INDArray psi;
    private INDArray phiLambda;
    private INDArray lambda;
    private INDArray clipMask;
    private INDArray mBuf;
    private INDArray pBuf;

    SpectralCoupling(INDArray q, double lambdaMax) {
        this.q = q;
        this.lambdaMax = lambdaMax;
    }

    /** Writes A from Φ_train [N, N−K] and λ_train [1, N−K] into {@code out} [N, N] (any layout, e.g. a view of a flat
     * parameter vector). */
    void forward(INDArray phiTrain, INDArray lambdaTrain, INDArray out) {
        int n = (int) phiTrain.rows();
        int m = (int) phiTrain.columns();
        DataType type = phiTrain.dataType();
        if (phi == null || phi.dataType() != type || phi.rows() != n) {
            phi = Nd4j.create(type, n, n);
            ColumnBlocks.copyInto(q.castTo(type), phi, m);
            psi = Nd4j.create(type, n, n);
            phiLambda = Nd4j.create(type, n, n);
            mBuf = Nd4j.create(type, n, n);
            pBuf = Nd4j.create(type, n, n);
            lambda = Nd4j.zeros(type, 1, n);
            clipMask = Nd4j.zeros(type, 1, m);
        }
        ColumnBlocks.copyInto(phiTrain.reshape(n, m), phi, 0);
        INDArray lt = lambdaTrain.reshape(1, m);
        clipMask.assign(lt.lte(lambdaMax).castTo(type));
        ColumnBlocks.copyInto(Transforms.min(lt, lambdaMax, true), lambda, 0);
        psi.assign(phi);
        try {
            LuInverse.invertInPlace(psi, "SpectralCoupling: Φ = [Φ_train | Q]");
        } catch (ArithmeticException e) {
            throw new IllegalStateException(e.getMessage() + "; lower the learning rate or raise orthoPenalty", e);
        }
        phiLambda.assign(phi).muliRowVector(lambda);
        Nd4j.gemm(phiLambda, psi, out, false, false, 1.0, 0.0);
    }

    /**
     * Accumulates into phiTrainGrad [N, N−K] and lambdaTrainGrad [1, N−K] from aBar [N, N]; {@code a} is the A that
     * {@link #forward} wrote for the same parameters.
     */
    void backward(INDArray aBar, INDArray a, INDArray phiTrainGrad, INDArray lambdaTrainGrad) {
        int m = (int) phiTrainGrad.columns();
        Nd4j.gemm(aBar, psi, mBuf, false, true, 1.0, 0.0);          // M = Ā·Ψᵀ
        // λ̄ᵢ = (Φᵀ·M)ᵢᵢ = Σₖ Φₖᵢ·Mₖᵢ: column dot products, not an N×N product
        INDArray lamGrad = pBuf.assign(phi).muli(mBuf).sum(0).reshape(1, pBuf.columns())
                .get(NDArrayIndex.all(), NDArrayIndex.interval(0, m)).mul(clipMask);
        lambdaTrainGrad.addi(lamGrad.reshape(lambdaTrainGrad.shape()));
        pBuf.assign(mBuf).muliRowVector(lambda);                   // M·Λ
        Nd4j.gemm(a, mBuf, pBuf, true, false, -1.0, 1.0);          // Φ̄ = M·Λ − Aᵀ·M  (Aᵀ = Ψᵀ·Λ·Φᵀ)
        ColumnBlocks.addFrom(pBuf, 0, phiTrainGrad);
    }
}
