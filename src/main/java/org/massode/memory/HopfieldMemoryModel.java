package org.massode.memory;

import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.HopfieldSystem;
import org.massode.dynamics.IdpHopfieldSystem;
import org.massode.dynamics.InputMode;
import org.massode.dynamics.OverlapMode;
import org.massode.dynamics.RowStack;
import org.massode.ode.Method;
import org.massode.ode.OdeSolver;
import org.massode.ode.OdeSystem;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ±1 Hopfield memories driven by an input u, as {@link MemoryModel}s:
 * <ul>
 * <li>{@code classic}: dx/dt = −x + W·tanh(x) + u with Hebbian W = (κ/N)·Σ_μ ξ^μ ξ^μᵀ
 *     ({@link HopfieldSystem} in DRIVE mode);</li>
 * <li>{@code idp} / {@code idp-softmax}: dx/dt = −x + W(u)·tanh(x), W(u) = (κ/N)·Σ_μ c_μ(u)·ξ^μ ξ^μᵀ
 *     ({@link IdpHopfieldSystem}).</li>
 * </ul>
 * A cue v (a corrupted pattern or a mixture Σ a_μ ξ^μ) becomes the input u = A·v/rms(v), so every input has the
 * same size whatever its corruption, and both models start at x(0) = u (the input is also the initial condition,
 * as in the layer). The overlap is m = (1/N)·Σ ξᵢ·sign(xᵢ(T)), so the mirror state −ξ counts as a failure.
 */
public final class HopfieldMemoryModel implements MemoryModel {
    private final String name;
    private final double[][] patterns;
    private final int n;
    private final double inputGain;
    private final OdeSystem system;

    private HopfieldMemoryModel(String name, double[][] patterns, double inputGain, OdeSystem system) {
        this.name = name;
        this.patterns = patterns;
        this.n = patterns[0].length;
        this.inputGain = inputGain;
        this.system = system;
    }

    private static void check(double[][] xi, int n, double kappa, double inputGain) {
        Patterns.requireBipolar(xi, n);
        if (!(kappa > 0) || !Double.isFinite(kappa)) throw new IllegalArgumentException("kappa must be > 0, got " + kappa);
        if (!(inputGain > 0) || !Double.isFinite(inputGain)) {
            throw new IllegalArgumentException("input gain must be > 0, got " + inputGain);
        }
    }

    /** Classic Hopfield with Hebbian couplings (κ/N)·ΞᵀΞ and the input as an additive drive. */
    public static HopfieldMemoryModel classic(double[][] xi, int n, double kappa, double inputGain) {
        check(xi, n, kappa, inputGain);
        INDArray m = Nd4j.createFromArray(xi);
        INDArray flat = Nd4j.zeros(DataType.DOUBLE, 1, HopfieldSystem.layout(n).size());
        HopfieldSystem.layout(n).view(flat, "W").assign(m.transpose().mmul(m).muli(kappa / n));
        return new HopfieldMemoryModel("classic", xi, inputGain,
                new HopfieldSystem(n, 1.0, HopfieldActivation.TANH, InputMode.DRIVE, false, flat));
    }

    /** Input-driven plasticity with linear (overlap) or softmax memory weights. */
    public static HopfieldMemoryModel idp(double[][] xi, int n, double kappa, double inputGain, OverlapMode mode,
                                          double beta) {
        check(xi, n, kappa, inputGain);
        INDArray flat = Nd4j.createFromArray(xi).reshape(1, (long) xi.length * n);
        return new HopfieldMemoryModel(mode == OverlapMode.LINEAR ? "idp" : "idp-softmax", xi, inputGain,
                new IdpHopfieldSystem(n, xi.length, kappa, mode, beta, flat));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double[][] patterns() {
        return patterns.clone();
    }

    @Override
    public boolean bipolar() {
        return true;
    }

    @Override
    public OdeSystem system() {
        return system;
    }

    @Override
    public boolean stacked() {
        return true;
    }

    @Override
    public boolean rates() {
        return false;
    }

    /** u = A·v/rms(v) per row. */
    public INDArray inputs(INDArray cues) {
        if (cues.columns() != n) throw new IllegalArgumentException("cues: expected " + n + " units per row but got " + cues.columns());
        INDArray v = cues.castTo(DataType.DOUBLE).dup();
        INDArray rms = v.mul(v).mean(true, 1);
        org.nd4j.linalg.ops.transforms.Transforms.sqrt(rms, false);
        if (rms.minNumber().doubleValue() == 0) throw new IllegalArgumentException("cues: an all-zero cue carries no input");
        return v.diviColumnVector(rms).muli(inputGain);
    }

    @Override
    public INDArray initialState(INDArray cues) {
        INDArray u = inputs(cues);
        return RowStack.stack(u.dup(), u);
    }

    @Override
    public double[] overlaps(INDArray finalState, int[] targets) {
        double[][] x = RowStack.top(finalState).toDoubleMatrix();
        double[] out = new double[targets.length];
        for (int b = 0; b < targets.length; b++) out[b] = Overlaps.sign(x[b], patterns[targets[b]]);
        return out;
    }

    /**
     * The equilibrium reached from the clean cue ξ^μ (RK4 over t ∈ [0, 60], h = 0.05: the stored states of these
     * models are not known in closed form), its residual and the x-block of the Jacobian with u = A·ξ^μ fixed.
     */
    @Override
    public StabilityAnalysis.Report stability(int mu) {
        INDArray s0 = initialState(Nd4j.createFromArray(patterns[mu]).reshape(1, n));
        INDArray s = new OdeSolver(SolverConfig.fixed(Method.RK4, 1200)).solve(system, s0, 0, 60).y();
        INDArray f = s.ulike();
        system.rhs(0, s, f);
        double res = RowStack.top(f).amaxNumber().doubleValue();
        double[] x = RowStack.top(s).toDoubleVector();
        double[] u = RowStack.bottom(s).toDoubleVector();
        return StabilityAnalysis.analyze(StabilityAnalysis.jacobianStacked(system, x, u), res);
    }
}
