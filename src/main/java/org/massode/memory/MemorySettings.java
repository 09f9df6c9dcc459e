package org.massode.memory;

import java.util.List;

/**
 * Which memory to build and how: the model name, N, P, the seed of the patterns, and the model constants.
 * Firing-rate models split N into N_E = round(excitatoryFraction·N) excitatory and N − N_E inhibitory units and
 * store {0,1} patterns with K = round(codingLevel·N_E) active units; the Hopfield models store ±1 patterns over N.
 */
public record MemorySettings(String model, int n, int patterns, long seed, double excitatoryFraction,
                             double codingLevel, double alpha, double theta, double rMax, double kappa,
                             double inputGain, double beta, double inhibitoryGain) {

    public static final List<String> MODELS = List.of("fr-ei", "fr-unbalanced", "classic", "idp", "idp-softmax");

    public MemorySettings {
        if (!MODELS.contains(model)) throw new IllegalArgumentException("--model must be one of " + MODELS + ", got '" + model + "'");
        if (n < 4) throw new IllegalArgumentException("--n must be >= 4, got " + n);
        if (patterns < 1) throw new IllegalArgumentException("--patterns must be >= 1, got " + patterns);
        if (!(excitatoryFraction > 0 && excitatoryFraction < 1)) {
            throw new IllegalArgumentException("excitatory fraction must be in (0, 1), got " + excitatoryFraction);
        }
        if (!(codingLevel > 0 && codingLevel < 1)) throw new IllegalArgumentException("--coding-level must be in (0, 1), got " + codingLevel);
    }

    /** Defaults: N_E = 0.8·N, coding level 0.1, α = 1, θ = 0.5, r_max = ∞, κ = 2, input gain A = 1, β = 10, inhibitory gain g = 2. */
    public static MemorySettings defaults(String model, int n, int patterns, long seed) {
        return new MemorySettings(model, n, patterns, seed, 0.8, 0.1, 1, 0.5, Double.POSITIVE_INFINITY, 2, 1, 10, 2);
    }

    public MemorySettings withPatterns(int p) {
        return new MemorySettings(model, n, p, seed, excitatoryFraction, codingLevel, alpha, theta, rMax, kappa,
                inputGain, beta, inhibitoryGain);
    }

    public MemorySettings withModel(String m) {
        return new MemorySettings(m, n, patterns, seed, excitatoryFraction, codingLevel, alpha, theta, rMax, kappa,
                inputGain, beta, inhibitoryGain);
    }

    public int excitatory() {
        return (int) Math.round(excitatoryFraction * n);
    }

    public boolean firingRate() {
        return model.startsWith("fr-");
    }
}
