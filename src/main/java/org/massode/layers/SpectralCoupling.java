package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
        psi = inverse(phi, psi);
        return phi.mulRowVector(lambda).mmul(psi);
    }

    /**
     * Φ⁻¹ by Newton–Schulz iteration X ← X + X·(I − Φ·X), warm-started from the previous inverse (Φ moves little
     * between optimizer steps, so one or two gemm pairs usually suffice); cold start X₀ = Φᵀ/(‖Φ‖₁‖Φ‖∞), which
     * always converges. All work is gemms, which matters because ND4J's own inverse takes tens of seconds at N = 784.
     */
    static INDArray inverse(INDArray phi, INDArray warm) {
        int n = (int) phi.rows();
        boolean dbl = phi.dataType() == org.nd4j.linalg.api.buffer.DataType.DOUBLE;
        double tol = dbl ? 1e-13 : 2e-6;
        INDArray eye = Nd4j.eye(n).castTo(phi.dataType());
        INDArray x;
        if (warm != null && warm.dataType() == phi.dataType() && warm.rows() == n) {
            x = warm.dup();
        } else {
            double n1 = phi.norm1(0).maxNumber().doubleValue();
            double ninf = phi.norm1(1).maxNumber().doubleValue();
            x = phi.transpose().mul(1.0 / (n1 * ninf));
        }
        double err = Double.NaN;
        double prev = Double.MAX_VALUE;
        for (int it = 0; it < 200; it++) {
            INDArray r = eye.sub(phi.mmul(x));
            err = r.norm2Number().doubleValue() / Math.sqrt(n);
            if (err < tol) return x;
            // float rounding floor: quadratic convergence has stopped but the inverse is accurate to working precision
            if (!dbl && err < 1e-3 && err > 0.5 * prev) return x;
            prev = err;
            if (!Double.isFinite(err) || (it > 50 && err > 1)) break;
            x.addi(x.mmul(r));
        }
        if (warm != null) return inverse(phi, null);
        throw new IllegalStateException("SpectralCoupling: could not invert Φ (residual " + err
                + "); Φ is (nearly) singular — lower the learning rate or raise orthoPenalty");
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
