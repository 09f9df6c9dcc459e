package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.inverse.InvertMatrix;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A = Φ·diag(λ)·Φ⁻¹ with Φ = [Φ_train | Q] and λ = [min(λ_train, λmax), 0…0], so that the columns of Q (the
 * planted attractors) span ker A. {@link #backward} maps Ā to (Φ̄_train, λ̄_train) with Ψ = Φ⁻¹:
 * Φ̄ = Ā·Ψᵀ·Λ − Ψᵀ·(Λ·Φᵀ·Ā)·Ψᵀ and λ̄ᵢ = Σᵣ Φᵣᵢ·(Ā·Ψᵀ)ᵣᵢ (zero where λ is clipped).
 */
final class SpectralCoupling {
    private final INDArray q;
    private final double lambdaMax;
    private INDArray phi;
    private INDArray psi;
    private INDArray lambda;
    private INDArray clipMask;

    SpectralCoupling(INDArray q, double lambdaMax) {
        this.q = q;
        this.lambdaMax = lambdaMax;
    }

    /** Computes A [N, N] from Φ_train [N, N−K] and λ_train [1, N−K]. */
    INDArray forward(INDArray phiTrain, INDArray lambdaTrain) {
        int n = (int) phiTrain.rows();
        int m = (int) phiTrain.columns();
        phi = Nd4j.concat(1, phiTrain, q.castTo(phiTrain.dataType()));
        INDArray lt = lambdaTrain.reshape(1, m);
        clipMask = lt.lte(lambdaMax).castTo(phiTrain.dataType());
        lambda = Nd4j.zeros(phiTrain.dataType(), 1, n);
        lambda.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, m)).assign(Transforms.min(lt, lambdaMax, true).reshape(m));
        psi = InvertMatrix.invert(phi, false);
        return phi.mulRowVector(lambda).mmul(psi);
    }

    /** Accumulates into phiTrainGrad [N, N−K] and lambdaTrainGrad [1, N−K] from aBar [N, N]. */
    void backward(INDArray aBar, INDArray phiTrainGrad, INDArray lambdaTrainGrad) {
        int m = (int) phiTrainGrad.columns();
        INDArray aPsiT = aBar.mmul(psi.transpose());
        INDArray lamGrad = phi.mul(aPsiT).sum(0).reshape(1, phi.columns());
        INDArray psiBar = phi.mulRowVector(lambda).transpose().mmul(aBar);
        INDArray phiBar = aPsiT.mulRowVector(lambda).subi(psi.transpose().mmul(psiBar).mmul(psi.transpose()));
        phiTrainGrad.addi(phiBar.get(NDArrayIndex.all(), NDArrayIndex.interval(0, m)));
        INDArray lg = lamGrad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, m)).mul(clipMask);
        lambdaTrainGrad.addi(lg.reshape(lambdaTrainGrad.shape()));
    }
}
