package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
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

    static double value(INDArray phi, double c) {
        if (c == 0) return 0;
        long m = phi.columns();
        INDArray unit = phi.divRowVector(norms(phi));
        INDArray g = unit.transpose().mmul(unit);
        // Σ_{i≠j} |Gᵢⱼ| = Σ |G| − Σᵢ Gᵢᵢ with Σᵢ Gᵢᵢ = ‖Φ̂‖²_F: no diagonal to extract (two m×m arrays less)
        double diag = unit.norm2Number().doubleValue();
        double off = Math.max(0, g.norm1Number().doubleValue() - diag * diag);
        return c * off / (m * (m - 1.0));
    }

    static void addGradient(INDArray phi, double c, INDArray grad) {
        if (c == 0) return;
        long m = phi.columns();
        INDArray nrm = norms(phi);
        INDArray unit = phi.divRowVector(nrm);
        // sign(G − diag G) = sign(G) − I, since Gᵢᵢ = ‖φ̂ᵢ‖² > 0 (a zero column has φ̂ᵢ = 0 and Gᵢᵢ = 0 on both sides),
        // so H = 2·Φ̂·S = (2c/(m(m−1)))·(Φ̂·sign(G) − Φ̂)
        INDArray sg = Transforms.sign(unit.transpose().mmul(unit), false);
        INDArray h = unit.mmul(sg).subi(unit).muli(2 * c / (m * (m - 1.0)));
        INDArray radial = unit.mul(h).sum(0).reshape(1, m);
        h.subi(unit.muliRowVector(radial)).diviRowVector(nrm);
        grad.addi(h);
    }
}
