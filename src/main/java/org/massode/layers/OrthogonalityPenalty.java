package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The column orthogonality regularizer of the reference code (Keras' {@code OrthogonalRegularizer}, mode
 * "columns"): with unit columns φ̂ⱼ = φⱼ/‖φⱼ‖ and G = Φ̂ᵀΦ̂, R(Φ) = c·Σ_{i≠j} |Gᵢⱼ| / (m(m−1)), which is
 * scale-invariant, so it shapes the directions of the trainable eigenvectors without fighting their length.
 * Gradient: H = 2·Φ̂·S with S = c·sign(G − diag G)/(m(m−1)); ∂R/∂φⱼ = (Hⱼ − φ̂ⱼ·(φ̂ⱼ·Hⱼ))/‖φⱼ‖.
 */
final class OrthogonalityPenalty {
    private OrthogonalityPenalty() {
    }

    private static INDArray norms(INDArray phi) {
        return phi.norm2(0).reshape(1, phi.columns()).addi(1e-12);
    }

    private static INDArray offDiagonal(INDArray g) {
        return g.subi(Nd4j.diag(Nd4j.diag(g)));
    }

    static double value(INDArray phi, double c) {
        if (c == 0) return 0;
        long m = phi.columns();
        INDArray unit = phi.divRowVector(norms(phi));
        INDArray g = offDiagonal(unit.transpose().mmul(unit));
        return c * Transforms.abs(g, false).sumNumber().doubleValue() / (m * (m - 1.0));
    }

    static void addGradient(INDArray phi, double c, INDArray grad) {
        if (c == 0) return;
        long m = phi.columns();
        INDArray nrm = norms(phi);
        INDArray unit = phi.divRowVector(nrm);
        INDArray s = Transforms.sign(offDiagonal(unit.transpose().mmul(unit)), false).muli(c / (m * (m - 1.0)));
        INDArray h = unit.mmul(s).muli(2);
        INDArray radial = unit.mul(h).sum(0).reshape(1, m);
        h.subi(unit.mulRowVector(radial)).diviRowVector(nrm);
        grad.addi(h);
    }
}
