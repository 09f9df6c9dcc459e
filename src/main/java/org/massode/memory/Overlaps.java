package org.massode.memory;

/** Overlap measures between a network state and a stored pattern. */
final class Overlaps {
    private Overlaps() {
    }

    /** Pearson correlation of x and p; 0 when either is constant or x is not finite. */
    static double pearson(double[] x, double[] p) {
        int n = x.length;
        double mx = 0;
        double mp = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) return 0;
            mx += x[i];
            mp += p[i];
        }
        mx /= n;
        mp /= n;
        double sxy = 0;
        double sxx = 0;
        double spp = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (p[i] - mp);
            sxx += (x[i] - mx) * (x[i] - mx);
            spp += (p[i] - mp) * (p[i] - mp);
        }
        double d = Math.sqrt(sxx * spp);
        return d < 1e-12 ? 0 : sxy / d;
    }

    /** m = (1/N)·Σ ξᵢ·sign(xᵢ) for a ±1 pattern ξ; 0 when x is not finite. */
    static double sign(double[] x, double[] xi) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) return 0;
            m += xi[i] * Math.signum(x[i]);
        }
        return m / x.length;
    }
}
