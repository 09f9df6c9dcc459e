package org.massode.rhomm;

/**
 * A fitted (or true) RHoMM: couplings J [N, N] (row i: inputs to region i), bias b [N] and gain β. Expected next
 * state E[s(t+1) | s(t)] = tanh(β·(J·s(t) + b)); its stochastic version is {@link GlauberSimulator}.
 */
public record RhommModel(double[][] couplings, double[] bias, double beta) {

    public RhommModel {
        int n = couplings.length;
        for (double[] row : couplings) {
            if (row.length != n) {
                throw new IllegalArgumentException("couplings must be square, got a row of " + row.length + " in a "
                        + n + "-row matrix");
            }
        }
        if (bias.length != n) {
            throw new IllegalArgumentException("bias has " + bias.length + " entries for " + n + " regions");
        }
    }

    public int regions() {
        return couplings.length;
    }

    /** Local fields hᵢ = Σⱼ Jᵢⱼ sⱼ + bᵢ written into {@code h}. */
    public void field(double[] s, double[] h) {
        int n = couplings.length;
        for (int i = 0; i < n; i++) {
            double[] row = couplings[i];
            double acc = bias[i];
            for (int k = 0; k < n; k++) acc += row[k] * s[k];
            h[i] = acc;
        }
    }

    /**
     * One-step prediction accuracy on binary data: the fraction of (t, i) with sign(hᵢ(t)) = sᵢ(t + 1), t = 0..T−2
     * (h = 0 counts as −1, as in the binarization).
     */
    public double predictionAccuracy(Signals binary) {
        int n = regions();
        if (binary.regions() != n) {
            throw new IllegalArgumentException(binary.source() + " has " + binary.regions() + " regions, the model "
                    + n);
        }
        double[] s = new double[n];
        double[] h = new double[n];
        long hits = 0;
        for (int t = 0; t + 1 < binary.timePoints(); t++) {
            System.arraycopy(binary.values(), t * n, s, 0, n);
            field(s, h);
            for (int i = 0; i < n; i++) {
                double next = binary.values()[(t + 1) * n + i];
                if ((h[i] > 0 ? 1.0 : -1.0) == next) hits++;
            }
        }
        return hits / ((double) (binary.timePoints() - 1) * n);
    }
}
