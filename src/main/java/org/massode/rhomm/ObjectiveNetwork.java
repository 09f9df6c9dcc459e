package org.massode.rhomm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ground-truth effective connectivity for the scalability study: an undirected graph of the chosen {@link Topology}
 * gives which pairs interact; each direction i ← j of a link gets its own weight
 * Jᵢⱼ = ±wᵢⱼ·g/√k, wᵢⱼ ~ U(0.5, 1.5), sign + with probability {@code excitatoryFraction}, so J is asymmetric and
 * the local field Jᵢ·s of a random ±1 state has a standard deviation of about g whatever N and k. Diagonal zero.
 */
public final class ObjectiveNetwork {
    private final int nodes;
    private final Topology topology;
    private final double meanDegree;
    private final double rewiring;
    private final int communities;
    private final double excitatoryFraction;
    private final double gain;
    private final long seed;

    private ObjectiveNetwork(Builder b) {
        nodes = b.nodes;
        topology = b.topology;
        meanDegree = b.meanDegree;
        rewiring = b.rewiring;
        communities = b.communities;
        excitatoryFraction = b.excitatoryFraction;
        gain = b.gain;
        seed = b.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The N × N coupling matrix (row i: inputs to node i). */
    public double[][] couplings() {
        Random rnd = new Random(seed);
        boolean[][] adj = switch (topology) {
            case ER -> erdosRenyi(rnd);
            case WS -> wattsStrogatz(rnd);
            case BA -> barabasiAlbert(rnd);
            case MODULAR -> modular(rnd);
        };
        double scale = gain / Math.sqrt(meanDegree);
        double[][] j = new double[nodes][nodes];
        for (int r = 0; r < nodes; r++) {
            for (int c = 0; c < nodes; c++) {
                if (r != c && adj[r][c]) {
                    double w = (0.5 + rnd.nextDouble()) * scale;
                    j[r][c] = rnd.nextDouble() < excitatoryFraction ? w : -w;
                }
            }
        }
        return j;
    }

    private boolean[][] erdosRenyi(Random rnd) {
        double p = Math.min(1, meanDegree / (nodes - 1));
        boolean[][] a = new boolean[nodes][nodes];
        for (int r = 0; r < nodes; r++) {
            for (int c = r + 1; c < nodes; c++) {
                if (rnd.nextDouble() < p) link(a, r, c);
            }
        }
        return a;
    }

    private boolean[][] wattsStrogatz(Random rnd) {
        int half = Math.max(1, (int) Math.round(meanDegree / 2));
        boolean[][] a = new boolean[nodes][nodes];
        for (int r = 0; r < nodes; r++) {
            for (int d = 1; d <= half; d++) link(a, r, (r + d) % nodes);
        }
        for (int r = 0; r < nodes; r++) {
            for (int d = 1; d <= half; d++) {
                int c = (r + d) % nodes;
                if (a[r][c] && rnd.nextDouble() < rewiring) {
                    int target = rnd.nextInt(nodes);
                    if (target != r && !a[r][target]) { // keep the lattice link when the draw would duplicate one
                        unlink(a, r, c);
                        link(a, r, target);
                    }
                }
            }
        }
        return a;
    }

    private boolean[][] barabasiAlbert(Random rnd) {
        int m = Math.max(1, (int) Math.round(meanDegree / 2));
        boolean[][] a = new boolean[nodes][nodes];
        List<Integer> ends = new ArrayList<>(); // every link end once: drawing from it is degree-proportional
        int seedNodes = Math.min(nodes, m + 1);
        for (int r = 0; r < seedNodes; r++) {
            for (int c = r + 1; c < seedNodes; c++) {
                link(a, r, c);
                ends.add(r);
                ends.add(c);
            }
        }
        for (int v = seedNodes; v < nodes; v++) {
            int added = 0;
            while (added < Math.min(m, v)) {
                int u = ends.get(rnd.nextInt(ends.size()));
                if (!a[v][u]) {
                    link(a, v, u);
                    ends.add(u);
                    added++;
                }
            }
            for (int k = 0; k < added; k++) ends.add(v);
        }
        return a;
    }

    private boolean[][] modular(Random rnd) {
        int c = Math.max(1, Math.min(communities, nodes / 2));
        double size = (double) nodes / c;
        double ratio = 0.1;
        double pIn = Math.min(1, meanDegree / ((size - 1) + ratio * (nodes - size)));
        double pOut = ratio * pIn;
        boolean[][] a = new boolean[nodes][nodes];
        for (int r = 0; r < nodes; r++) {
            for (int q = r + 1; q < nodes; q++) {
                boolean same = (int) (r / size) == (int) (q / size);
                if (rnd.nextDouble() < (same ? pIn : pOut)) link(a, r, q);
            }
        }
        return a;
    }

    private static void link(boolean[][] a, int r, int c) {
        a[r][c] = true;
        a[c][r] = true;
    }

    private static void unlink(boolean[][] a, int r, int c) {
        a[r][c] = false;
        a[c][r] = false;
    }

    /** Defaults: ER, mean degree 6, 10% rewiring, 4 communities, half excitatory, gain 1, seed 1. */
    public static final class Builder {
        private int nodes = 20;
        private Topology topology = Topology.ER;
        private double meanDegree = 6;
        private double rewiring = 0.1;
        private int communities = 4;
        private double excitatoryFraction = 0.5;
        private double gain = 1;
        private long seed = 1;

        public Builder nodes(int v) { nodes = v; return this; }
        public Builder topology(Topology v) { topology = v; return this; }
        public Builder meanDegree(double v) { meanDegree = v; return this; }
        public Builder rewiring(double v) { rewiring = v; return this; }
        public Builder communities(int v) { communities = v; return this; }
        public Builder excitatoryFraction(double v) { excitatoryFraction = v; return this; }
        public Builder gain(double v) { gain = v; return this; }
        public Builder seed(long v) { seed = v; return this; }

        public ObjectiveNetwork build() {
            if (nodes < 3) throw new IllegalArgumentException("an objective network needs at least 3 nodes, got " + nodes);
            if (topology == null) throw new IllegalArgumentException("topology is required");
            if (!(meanDegree >= 1 && meanDegree <= nodes - 1)) {
                throw new IllegalArgumentException("mean degree must lie in [1, N − 1] = [1, " + (nodes - 1) + "], got "
                        + meanDegree);
            }
            if (!(rewiring >= 0 && rewiring <= 1)) {
                throw new IllegalArgumentException("rewiring probability must lie in [0, 1], got " + rewiring);
            }
            if (communities < 1) throw new IllegalArgumentException("communities must be ≥ 1, got " + communities);
            if (!(excitatoryFraction >= 0 && excitatoryFraction <= 1)) {
                throw new IllegalArgumentException("excitatory fraction must lie in [0, 1], got " + excitatoryFraction);
            }
            if (!(gain > 0 && Double.isFinite(gain))) throw new IllegalArgumentException("gain must be > 0, got " + gain);
            return new ObjectiveNetwork(this);
        }
    }
}
