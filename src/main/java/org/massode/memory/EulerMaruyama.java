package org.massode.memory;

import java.util.Random;
import org.massode.dynamics.RowStack;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Euler–Maruyama for dx = f(x)·dt + σ·dW with additive state noise: x ← x + h·f(x) + σ·√h·ζ, ζ ~ N(0, I).
 * σ = 0 is the explicit Euler method. For {@link RowStack} states only the dynamic rows get noise (the input rows
 * are constants). A diverging run is returned as is (rows with Inf/NaN); callers count them as failures.
 * Firing rates are kept in x ≥ 0 by projecting after each step (max(x, 0)), since additive noise
 * alone would push silent units below zero, which the rate model does not allow.
 */
public final class EulerMaruyama {
    private final double dt;
    private final double sigma;
    private final boolean stacked;
    private final boolean nonNegative;

    public EulerMaruyama(double dt, double sigma, boolean stacked, boolean nonNegative) {
        if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("time step dt must be > 0, got " + dt);
        if (!(sigma >= 0) || !Double.isFinite(sigma)) throw new IllegalArgumentException("noise amplitude must be >= 0, got " + sigma);
        this.dt = dt;
        this.sigma = sigma;
        this.stacked = stacked;
        this.nonNegative = nonNegative;
    }

    /** Integrates from y0 over [0, horizon] (⌈horizon/dt⌉ steps); the noise is drawn from {@code seed}. */
    public INDArray integrate(OdeSystem sys, INDArray y0, double horizon, long seed) {
        if (!(horizon > 0)) throw new IllegalArgumentException("horizon must be > 0, got " + horizon);
        int steps = (int) Math.ceil(horizon / dt - 1e-9);
        double h = horizon / steps;
        Random rng = new Random(seed);
        INDArray y = y0.dup();
        INDArray f = y.ulike();
        INDArray noisy = stacked ? RowStack.top(y) : y;
        double[] buf = new double[(int) noisy.length()];
        for (int k = 0; k < steps; k++) {
            sys.rhs(k * h, y, f);
            y.addi(f.muli(h));
            if (sigma > 0) {
                for (int i = 0; i < buf.length; i++) buf[i] = rng.nextGaussian();
                noisy.addi(Nd4j.createFromArray(buf).reshape(noisy.shape()).castTo(y.dataType()).muli(sigma * Math.sqrt(h)));
            }
            if (nonNegative) Transforms.max(noisy, 0, false);
        }
        return y;
    }
}
