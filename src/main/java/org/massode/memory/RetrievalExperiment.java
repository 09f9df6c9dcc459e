package org.massode.memory;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One retrieval experiment: T trials, each picking a target pattern (cycling through the P patterns), building a cue
 * (the pattern with a fraction corrupted, or a mixture with one dominant component), integrating all trials as one
 * batch by Euler–Maruyama over [0, horizon] with noise σ, and counting a success when the overlap of the final state
 * with the target exceeds the threshold (0.9).
 */
public final class RetrievalExperiment {
    /** Overlap above which a trial counts as retrieved. */
    public static final double THRESHOLD = 0.9;

    private final int trials;
    private final Corruption corruption;
    private final double noise;
    private final double dt;
    private final double horizon;
    private final long seed;
    private final double dominance;
    private final int components;

    private RetrievalExperiment(Builder b) {
        trials = b.trials;
        corruption = b.corruption;
        noise = b.noise;
        dt = b.dt;
        horizon = b.horizon;
        seed = b.seed;
        dominance = b.dominance;
        components = b.components;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What a run measured. */
    public record Result(double successRate, double meanOverlap, int trials, int successes, double seconds) {
    }

    public Result run(MemoryModel model) {
        long t0 = System.nanoTime();
        double[][] xi = model.patterns();
        if (components > 0 && components >= xi.length) {
            throw new IllegalArgumentException("mixed inputs need more patterns than components: --mix-components "
                    + components + " with " + xi.length + " patterns");
        }
        Random rng = new Random(seed * 31 + 7);
        int len = xi[0].length;
        double[][] cues = new double[trials][];
        int[] targets = new int[trials];
        for (int t = 0; t < trials; t++) {
            int mu = t % xi.length;
            targets[t] = mu;
            cues[t] = components > 0 ? mixture(xi, mu, rng) : corruption.apply(xi[mu], model.bipolar(), rng);
        }
        INDArray y0 = model.initialState(Nd4j.createFromArray(cues).reshape(trials, len));
        INDArray yT = new EulerMaruyama(dt, noise, model.stacked(), model.rates())
                .integrate(model.system(), y0, horizon, seed);
        double[] m = model.overlaps(yT, targets);
        int ok = 0;
        double sum = 0;
        for (double v : m) {
            if (v > THRESHOLD) ok++;
            sum += v;
        }
        return new Result((double) ok / trials, sum / trials, trials, ok, (System.nanoTime() - t0) / 1e9);
    }

    /** d·ξ^μ + Σ over {@code components} other random patterns of ((1 − d)/components)·ξ^ν. */
    private double[] mixture(double[][] xi, int mu, Random rng) {
        double[] v = new double[xi[mu].length];
        for (int i = 0; i < v.length; i++) v[i] = dominance * xi[mu][i];
        int[] order = Patterns.permutation(xi.length, rng);
        int used = 0;
        for (int k = 0; k < order.length && used < components; k++) {
            if (order[k] == mu) continue;
            for (int i = 0; i < v.length; i++) v[i] += (1 - dominance) / components * xi[order[k]][i];
            used++;
        }
        return v;
    }

    /** Builder with validation; defaults: 100 trials, no corruption, σ = 0, dt = 0.05, horizon 20, seed 1. */
    public static final class Builder {
        private int trials = 100;
        private Corruption corruption = Corruption.none();
        private double noise;
        private double dt = 0.05;
        private double horizon = 20;
        private long seed = 1;
        private double dominance = 1;
        private int components;

        public Builder trials(int t) {
            if (t < 1) throw new IllegalArgumentException("--trials must be >= 1, got " + t);
            trials = t;
            return this;
        }

        public Builder corruption(Corruption c) {
            if (c == null) throw new IllegalArgumentException("corruption must not be null");
            corruption = c;
            return this;
        }

        public Builder noise(double s) {
            if (!(s >= 0) || !Double.isFinite(s)) throw new IllegalArgumentException("--noise must be >= 0, got " + s);
            noise = s;
            return this;
        }

        public Builder dt(double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException("--dt must be > 0, got " + v);
            dt = v;
            return this;
        }

        public Builder horizon(double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException("--time must be > 0, got " + v);
            horizon = v;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /** Mixed inputs: weight d of the target among {@code components} other patterns (0 components = off). */
        public Builder mixture(double d, int components) {
            if (!(d >= 0 && d <= 1)) throw new IllegalArgumentException("--dominance must be in [0, 1], got " + d);
            if (components < 0) throw new IllegalArgumentException("--mix-components must be >= 0, got " + components);
            dominance = d;
            this.components = components;
            return this;
        }

        public RetrievalExperiment build() {
            return new RetrievalExperiment(this);
        }
    }
}
