package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * R(Φ) = c·Σ_{i≠j} (φᵢ·φⱼ)² / (m(m−1)) over the m columns of Φ, which pushes the trainable eigenvectors apart so
 * that Φ stays well conditioned (its inverse enters A). Gradient: ∂R/∂Φ = 4c/(m(m−1))·Φ·(G − diag G), G = ΦᵀΦ.
 * (The paper uses a Keras orthogonality regularizer of factor 0.01 on columns; this unnormalized form is ours.)
 */
final class OrthogonalityPenalty {
    private OrthogonalityPenalty() {
    }

    private static INDArray offDiagonalGram(INDArray phi) {
        INDArray g = phi.transpose().mmul(phi);
        return g.subi(Nd4j.diag(Nd4j.diag(g)));
    }

    static double value(INDArray phi, double c) {
        if (c == 0) return 0;
        long m = phi.columns();
        INDArray off = offDiagonalGram(phi);
        return c * off.mul(off).sumNumber().doubleValue() / (m * (m - 1.0));
    }

    static void addGradient(INDArray phi, double c, INDArray grad) {
        if (c == 0) return;
        long m = phi.columns();
        grad.addi(phi.mmul(offDiagonalGram(phi)).muli(4 * c / (m * (m - 1.0))));
    }
}
