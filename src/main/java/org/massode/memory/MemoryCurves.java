package org.massode.memory;

import java.util.List;

/**
 * The sweeps of issue #4, each a {@link Curve}: firing-rate retrieval vs corrupted fraction and vs load (balanced vs
 * unbalanced, with the fraction of stored patterns found stable), and the Hopfield comparisons IDP vs classic vs
 * corrupted fraction, mixed-input dominance and state noise. All at N = {@code n}, {@code trials} trials per point.
 */
public final class MemoryCurves {
    private final int n;
    private final int trials;
    private final long seed;

    public MemoryCurves(int n, int trials, long seed) {
        if (n < 20) throw new IllegalArgumentException("--n must be >= 20 for the curves, got " + n);
        if (trials < 1) throw new IllegalArgumentException("--trials must be >= 1, got " + trials);
        this.n = n;
        this.trials = trials;
        this.seed = seed;
    }

    private static final List<String> FR = List.of("fr-ei", "fr-unbalanced");
    private static final List<String> HOP = List.of("idp", "idp-softmax", "classic");

    private RetrievalExperiment.Builder base() {
        return RetrievalExperiment.builder().trials(trials).seed(seed);
    }

    private static double[] success(MemoryModel m, RetrievalExperiment e) {
        return new double[]{e.run(m).successRate()};
    }

    /** One success-rate series per model over the corrupted fractions {@code p} of the cue. */
    private Curve corruptionSweep(Curve c, List<String> models, int patterns, Corruption.Kind kind, double[] p) {
        for (String model : models) {
            MemoryModel m = MemoryModels.build(MemorySettings.defaults(model, n, patterns, seed));
            double[] y = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                y[i] = success(m, base().corruption(new Corruption(kind, p[i])).build())[0];
            }
            c.put(model, y);
        }
        return c;
    }

    /** Success vs flipped fraction p, firing-rate models, P patterns. */
    public Curve firingRateFlip(int patterns, double[] p) {
        Curve c = Curve.of("fr_success_vs_flip", "E/I firing-rate memory, N=" + n + ", P=" + patterns,
                "flipped fraction p", "retrieval success (overlap > 0.9)", p);
        return corruptionSweep(c, FR, patterns, Corruption.Kind.FLIP, p);
    }

    /** Success vs erased fraction (units set to 0), firing-rate models, P patterns. */
    public Curve firingRateErase(int patterns, double[] p) {
        Curve c = Curve.of("fr_success_vs_erase", "E/I firing-rate memory, N=" + n + ", P=" + patterns,
                "erased fraction p", "retrieval success (overlap > 0.9)", p);
        return corruptionSweep(c, FR, patterns, Corruption.Kind.ERASE, p);
    }

    /** Success and fraction of stable stored patterns vs load P/N_E at flipped fraction p. */
    public Curve firingRateLoad(int[] patterns, double p) {
        MemorySettings d = MemorySettings.defaults("fr-ei", n, 1, seed);
        double[] load = new double[patterns.length];
        for (int i = 0; i < patterns.length; i++) load[i] = (double) patterns[i] / d.excitatory();
        Curve c = Curve.of("fr_success_vs_load", "E/I firing-rate memory, N=" + n + ", flipped p=" + p,
                "load P/N_E", "fraction", load);
        for (String model : FR) {
            double[] y = new double[patterns.length];
            double[] st = new double[patterns.length];
            for (int i = 0; i < patterns.length; i++) {
                MemoryModel m = MemoryModels.build(MemorySettings.defaults(model, n, patterns[i], seed));
                y[i] = success(m, base().corruption(new Corruption(Corruption.Kind.FLIP, p)).build())[0];
                int stable = 0;
                try {
                    for (int mu = 0; mu < patterns[i]; mu++) if (m.stability(mu).stable()) stable++;
                    st[i] = (double) stable / patterns[i];
                } catch (IllegalStateException e) {
                    st[i] = Double.NaN; // the eigen solver failed; the CSV shows NaN rather than a guess
                }
            }
            c.put(model + " success", y);
            c.put(model + " stable fraction", st);
        }
        return c;
    }

    /** Success vs flipped fraction, IDP vs classic. */
    public Curve hopfieldFlip(int patterns, double[] p) {
        Curve c = Curve.of("idp_success_vs_flip", "Hopfield memories, N=" + n + ", P=" + patterns,
                "flipped fraction p", "retrieval success (overlap > 0.9)", p);
        return corruptionSweep(c, HOP, patterns, Corruption.Kind.FLIP, p);
    }

    /** Fraction converging to the dominant memory vs its weight d among {@code components} others. */
    public Curve hopfieldMixed(int patterns, int components, double[] d) {
        Curve c = Curve.of("idp_dominant_vs_mixing", "Mixed inputs d·ξ¹ + Σ (1−d)/" + components + "·ξ^ν, N=" + n
                + ", P=" + patterns, "weight d of the dominant memory", "fraction converging to it", d);
        for (String model : HOP) {
            MemoryModel m = MemoryModels.build(MemorySettings.defaults(model, n, patterns, seed));
            double[] y = new double[d.length];
            for (int i = 0; i < d.length; i++) y[i] = success(m, base().mixture(d[i], components).build())[0];
            c.put(model, y);
        }
        return c;
    }

    /** Success vs state-noise amplitude σ at flipped fraction p. */
    public Curve hopfieldNoise(int patterns, double p, double[] sigma) {
        Curve c = Curve.of("idp_success_vs_noise", "Hopfield memories with state noise, N=" + n + ", P=" + patterns
                + ", flipped p=" + p, "noise amplitude σ", "retrieval success (overlap > 0.9)", sigma);
        for (String model : HOP) {
            MemoryModel m = MemoryModels.build(MemorySettings.defaults(model, n, patterns, seed));
            double[] y = new double[sigma.length];
            for (int i = 0; i < sigma.length; i++) {
                y[i] = success(m, base().corruption(new Corruption(Corruption.Kind.FLIP, p)).noise(sigma[i]).build())[0];
            }
            c.put(model, y);
        }
        return c;
    }
}
