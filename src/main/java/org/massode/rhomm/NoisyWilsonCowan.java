package org.massode.rhomm;

import java.util.Random;
import org.massode.dynamics.WilsonCowanConstants;

/**
 * A stochastic Wilson–Cowan network with the node constants of {@link WilsonCowanConstants} (the engine's model),
 * coupled through the excitatory populations by a known matrix C, integrated by Euler–Maruyama:
 * dxᵢ = [−aE·xᵢ + (1 − xᵢ)·fE(wEE·xᵢ − wEI·yᵢ + hE + c·Σⱼ Cᵢⱼ xⱼ)] dt + σ dWᵢ,
 * dyᵢ = [−aI·yᵢ + (1 − yᵢ)·fI(wIE·xᵢ − wII·yᵢ + hI)] dt/γ + σ dW'ᵢ, states clipped to [0, 1].
 * Plain loops: one chain, N = 155, and the per-step cost is one N × N matrix–vector product.
 */
public final class NoisyWilsonCowan {
    private final WilsonCowanConstants k;
    private final double[][] couplings;
    private final double strength;
    private final double gamma;
    private final double noise;

    public NoisyWilsonCowan(WilsonCowanConstants k, double[][] couplings, double strength, double gamma,
                            double noise) {
        if (!(noise >= 0) || !(gamma > 0) || !Double.isFinite(strength)) {
            throw new IllegalArgumentException("need noise ≥ 0, γ > 0 and a finite coupling strength, got σ = " + noise
                    + ", γ = " + gamma + ", c = " + strength);
        }
        this.k = k;
        this.couplings = couplings;
        this.strength = strength;
        this.gamma = gamma;
        this.noise = noise;
    }

    /** Excitatory activity x(t) recorded every {@code every} steps of size dt, after {@code burnIn} steps. */
    public Signals simulate(double dt, int steps, int every, int burnIn, long seed) {
        int n = couplings.length;
        Random rnd = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.2 * rnd.nextDouble();
            y[i] = 0.2 * rnd.nextDouble();
        }
        double sq = noise * Math.sqrt(dt);
        int kept = steps / every;
        double[] out = new double[kept * n];
        double[] input = new double[n];
        for (int s = -burnIn; s < kept * every; s++) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                double[] row = couplings[i];
                for (int j = 0; j < n; j++) acc += row[j] * x[j];
                input[i] = strength * acc;
            }
            for (int i = 0; i < n; i++) {
                double fE = k.fe1() * Math.tanh(k.beta1() * (k.wEE() * x[i] - k.wEI() * y[i] + k.hE() + input[i]))
                        + k.fe2();
                double fI = k.fi1() * Math.tanh(k.beta2() * (k.wIE() * x[i] - k.wII() * y[i] + k.hI())) + k.fi2();
                double nx = x[i] + dt * (-k.aE() * x[i] + (1 - x[i]) * fE) + sq * rnd.nextGaussian();
                double ny = y[i] + dt / gamma * (-k.aI() * y[i] + (1 - y[i]) * fI) + sq * rnd.nextGaussian();
                x[i] = Math.min(1, Math.max(0, nx));
                y[i] = Math.min(1, Math.max(0, ny));
            }
            if (s >= 0 && s % every == 0) System.arraycopy(x, 0, out, (s / every) * n, n);
        }
        return new Signals("Wilson–Cowan x(t)", kept, n, out);
    }
}
