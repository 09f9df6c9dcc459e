package org.massode.memory;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.massode.dynamics.FiringRateSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds W and u of a firing-rate network τ·dx/dt = −x + Φ(W·x + u) with N_E excitatory and N_I inhibitory units
 * (Dale's law: column j of W is ≥ 0 for an excitatory unit j and ≤ 0 for an inhibitory one) so that the rescaled
 * patterns α·ξ^μ (ξ^μ ∈ {0,1}^{N_E}, all with the same number K of active units, coding level a = K/N_E) are exact
 * equilibria, with the inhibitory units at a common rate r_I.
 *
 * <p><b>This construction is ours</b> (it follows the idea of Betteti, Baggio, Bullo, Zampieri that E/I balance is
 * what makes firing-rate memories retrievable, but not their formulas):
 * <ul>
 * <li>E→E: W_EE = λ·Π + (s/N_E)·𝟙𝟙ᵀ, Π = Ξᵀ(ΞΞᵀ)⁻¹Ξ the projection onto the span of the patterns, λ = 1 + θ/α,
 *     s = max(0, −N_E·min_ij λΠ_ij) the smallest uniform shift that makes W_EE non-negative (Dale).</li>
 * <li>At α·ξ^μ the E input is λα + s·α·a − (inhibition) + u_E on active units and s·α·a − (inhibition) + u_E on
 *     silent ones. Requiring α on active and −θ &lt; 0 (strictly rectified) on silent units fixes
 *     s·α·a − (inhibition) + u_E = −θ.</li>
 * <li><b>Balanced</b>: the Dale shift s·α·a is cancelled by feedback inhibition: W_IE = (w_IE/N_E)𝟙𝟙ᵀ,
 *     W_EI = −(w_EI/N_I)𝟙𝟙ᵀ, W_II = −(w_II/N_I)𝟙𝟙ᵀ, r_I = max(s·α·a/w_EI, 0.1α), u_E = −θ + w_EI·r_I − s·α·a,
 *     u_I = (1 + w_II)·r_I − w_IE·α·a. The uniform mode on the active set couples to the I population through
 *     [[λ + s·a − 1, −w_EI], [w_IE·a, −1 − w_II]] (units of 1/τ); w_II = λ + s·a − 1 and
 *     w_EI·w_IE·a = g·(λ + s·a − 1)(1 + w_II), g &gt; 1, make its trace −2 + … = −1 − 0 &lt; 0 and its determinant positive.</li>
 * <li><b>Unbalanced</b>: the same W_EE, no E↔I coupling, the shift cancelled by a constant bias
 *     u_E = −θ − s·α·a (inhibitory units silent, u_I = −1). The equilibria are the same, but the uniform mode has
 *     eigenvalue λ + s·a − 1 &gt; 0: without inhibitory feedback the stored states are unstable.</li>
 * </ul>
 * The remaining modes on the active set have eigenvalues λρ − 1 (ρ an eigenvalue of Π restricted to the active set
 * and orthogonal to the pattern), so stability is lost as the load P/N_E grows; {@link StabilityAnalysis} checks
 * every stored pattern numerically. Π needs linearly independent patterns, hence P ≤ N_E.
 */
public final class ExcitatoryInhibitoryMemory {
    private final int ne;
    private final int ni;
    private final double alpha;
    private final double tau;
    private final double rMax;
    private final double[][] patterns;
    private final double[][] w;
    private final double[] u;
    private final double inhibitoryRate;
    private final double shift;

    private ExcitatoryInhibitoryMemory(Builder b, double[][] xi) {
        this.ne = b.excitatory;
        this.ni = b.inhibitory;
        this.alpha = b.alpha;
        this.tau = b.tau;
        this.rMax = b.rMax;
        this.patterns = xi;
        int n = ne + ni;
        int k = Patterns.active(xi[0]);
        double a = (double) k / ne;
        double lambda = 1 + b.theta / alpha;
        RealMatrix m = new Array2DRowRealMatrix(xi, false);
        RealMatrix gram = m.multiply(m.transpose());
        SingularValueDecomposition svd = new SingularValueDecomposition(gram);
        if (svd.getConditionNumber() > 1e10) {
            throw new IllegalArgumentException("patterns are linearly dependent (Gram condition number "
                    + String.format("%.3g", svd.getConditionNumber()) + "); the construction needs independent patterns");
        }
        RealMatrix proj = m.transpose().multiply(svd.getSolver().getInverse()).multiply(m).scalarMultiply(lambda);
        double min = 0;
        for (double[] row : proj.getData()) for (double v : row) min = Math.min(min, v);
        this.shift = -ne * min;
        this.w = new double[n][n];
        this.u = new double[n];
        double[][] pd = proj.getData();
        for (int i = 0; i < ne; i++) {
            for (int j = 0; j < ne; j++) w[i][j] = Math.max(0, pd[i][j] + shift / ne); // max: round-off at the minimum
        }
        double excitatoryShift = shift * alpha * a;
        if (b.balanced) {
            double gain = lambda + shift * a;
            double wII = gain - 1; // trace of the uniform-mode block = −1 − … < 0 with the least self-inhibition
            double wEIwIE = b.inhibitoryGain * (gain - 1) * (1 + wII) / a;
            double wEI = Math.sqrt(wEIwIE);
            double wIE = wEI;
            double rI = Math.max(excitatoryShift / wEI, 0.1 * alpha);
            for (int i = 0; i < ne; i++) for (int j = ne; j < n; j++) w[i][j] = -wEI / ni;
            for (int i = ne; i < n; i++) {
                for (int j = 0; j < ne; j++) w[i][j] = wIE / ne;
                for (int j = ne; j < n; j++) w[i][j] = -wII / ni;
            }
            for (int i = 0; i < ne; i++) u[i] = -b.theta + wEI * rI - excitatoryShift;
            for (int i = ne; i < n; i++) u[i] = (1 + wII) * rI - wIE * alpha * a;
            this.inhibitoryRate = rI;
        } else {
            for (int i = 0; i < ne; i++) u[i] = -b.theta - excitatoryShift;
            for (int i = ne; i < n; i++) u[i] = -1;
            this.inhibitoryRate = 0;
        }
        if (rMax <= Math.max(alpha, inhibitoryRate)) {
            throw new IllegalArgumentException("rMax (" + rMax + ") must exceed the stored rates alpha (" + alpha
                    + ") and r_I (" + inhibitoryRate + ") so the equilibria lie in Φ's linear range");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int excitatory() {
        return ne;
    }

    public int inhibitory() {
        return ni;
    }

    public int size() {
        return ne + ni;
    }

    public double alpha() {
        return alpha;
    }

    /** Uniform shift s added to W_EE for Dale's law. */
    public double daleShift() {
        return shift;
    }

    public double inhibitoryRate() {
        return inhibitoryRate;
    }

    public double[][] patterns() {
        return patterns.clone();
    }

    public double[][] weights() {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) c[i] = w[i].clone();
        return c;
    }

    public double[] input() {
        return u.clone();
    }

    /** The stored equilibrium [α·ξ^μ, r_I·𝟙]. */
    public double[] equilibrium(int mu) {
        double[] x = new double[ne + ni];
        for (int i = 0; i < ne; i++) x[i] = alpha * patterns[mu][i];
        for (int i = ne; i < x.length; i++) x[i] = inhibitoryRate;
        return x;
    }

    /** The first violation of Dale's law as "column j has entries of both signs", or null when none. */
    public String daleViolation() {
        for (int j = 0; j < w.length; j++) {
            for (double[] row : w) {
                if (j < ne ? row[j] < 0 : row[j] > 0) {
                    return "column " + j + " (" + (j < ne ? "excitatory" : "inhibitory") + ") has entry " + row[j];
                }
            }
        }
        return null;
    }

    /** The network as an ODE system (double precision). */
    public FiringRateSystem system() {
        int n = ne + ni;
        INDArray flat = Nd4j.create(DataType.DOUBLE, 1, FiringRateSystem.layout(n).size());
        FiringRateSystem.layout(n).view(flat, "W").assign(Nd4j.createFromArray(w));
        FiringRateSystem.layout(n).view(flat, "u").assign(Nd4j.createFromArray(u));
        return new FiringRateSystem(n, tau, rMax, flat);
    }

    /** Builder with validation; defaults α = 1, θ = 0.5, τ = 1, r_max = ∞, balanced, inhibitory gain g = 2. */
    public static final class Builder {
        private int excitatory;
        private int inhibitory;
        private double alpha = 1;
        private double theta = 0.5;
        private double tau = 1;
        private double rMax = Double.POSITIVE_INFINITY;
        private boolean balanced = true;
        private double inhibitoryGain = 2;

        public Builder excitatory(int n) { excitatory = n; return this; }
        public Builder inhibitory(int n) { inhibitory = n; return this; }
        /** Rate of an active unit at a stored equilibrium. */
        public Builder alpha(double v) { alpha = positive("alpha", v); return this; }
        /** Margin −θ of the silent units' input below Φ's threshold. */
        public Builder theta(double v) { theta = positive("theta", v); return this; }
        public Builder tau(double v) { tau = positive("tau", v); return this; }
        /** Saturation level of Φ (+∞ for pure rectification). */
        public Builder rMax(double v) {
            if (!(v > 0)) throw new IllegalArgumentException("rMax must be > 0, got " + v);
            rMax = v;
            return this;
        }
        public Builder balanced(boolean b) { balanced = b; return this; }
        /** g &gt; 1 in w_EI·w_IE·a = g·(λ + s·a − 1)(1 + w_II). */
        public Builder inhibitoryGain(double v) {
            if (!(v > 1) || !Double.isFinite(v)) throw new IllegalArgumentException("inhibitoryGain must be > 1, got " + v);
            inhibitoryGain = v;
            return this;
        }

        private static double positive(String name, double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(name + " must be > 0, got " + v);
            return v;
        }

        /** @param xi P patterns over the excitatory units, in {0, 1}, all with the same number of active units. */
        public ExcitatoryInhibitoryMemory build(double[][] xi) {
            if (excitatory < 2) throw new IllegalArgumentException("excitatory units must be >= 2, got " + excitatory);
            if (inhibitory < (balanced ? 1 : 0)) {
                throw new IllegalArgumentException("inhibitory units must be >= 1 for the balanced network, got " + inhibitory);
            }
            Patterns.requireZeroOne(xi, excitatory);
            if (xi.length > excitatory) {
                throw new IllegalArgumentException("too many patterns: " + xi.length + " > " + excitatory
                        + " excitatory units (the projection construction stores at most N_E independent patterns)");
            }
            int k = Patterns.active(xi[0]);
            for (int mu = 0; mu < xi.length; mu++) {
                int km = Patterns.active(xi[mu]);
                if (km != k) {
                    throw new IllegalArgumentException("pattern " + mu + " has " + km + " active units, pattern 0 has " + k
                            + "; the construction needs one coding level");
                }
                if (km == 0 || km == excitatory) {
                    throw new IllegalArgumentException("pattern " + mu + " has " + km + " active units of " + excitatory
                            + "; need 1.." + (excitatory - 1));
                }
            }
            double[][] copy = new double[xi.length][];
            for (int i = 0; i < xi.length; i++) copy[i] = xi[i].clone();
            return new ExcitatoryInhibitoryMemory(this, copy);
        }
    }
}
