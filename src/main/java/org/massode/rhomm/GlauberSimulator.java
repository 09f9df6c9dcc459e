package org.massode.rhomm;

import java.util.Random;

/**
 * Parallel Glauber dynamics of a {@link RhommModel}: all regions update at once with
 * P(sᵢ(t+1) = +1) = 1/(1 + exp(−2β·hᵢ(t))), h = J·s(t) + b, so E[sᵢ(t+1) | s(t)] = tanh(β·hᵢ(t)) — exactly the
 * RHoMM prediction, which is why its own data recover J. s(0) is uniformly random; {@code burnIn} steps are
 * discarded. A single chain is sequential in time and N ≤ 200, so this is a plain loop (an ND4J call per step
 * would cost more in call overhead than the N² multiply-adds).
 */
public final class GlauberSimulator {
    private final RhommModel model;

    public GlauberSimulator(RhommModel model) {
        this.model = model;
    }

    /** {@code steps} states (rows) after {@code burnIn} discarded ones, as ±1 values. */
    public Signals simulate(int steps, int burnIn, long seed, String label) {
        if (steps < 2) throw new IllegalArgumentException("simulate at least 2 steps, got " + steps);
        if (burnIn < 0) throw new IllegalArgumentException("burn-in must be ≥ 0, got " + burnIn);
        int n = model.regions();
        double twoBeta = 2 * model.beta();
        Random rnd = new Random(seed);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = rnd.nextBoolean() ? 1 : -1;
        double[] h = new double[n];
        double[] out = new double[steps * n];
        for (int t = -burnIn; t < steps; t++) {
            if (t >= 0) System.arraycopy(s, 0, out, t * n, n);
            model.field(s, h);
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-twoBeta * h[i]));
                s[i] = rnd.nextDouble() < p ? 1 : -1;
            }
        }
        return new Signals(label, steps, n, out);
    }
}
