package org.massode.rhomm;

/** Pearson correlation of paired samples and correlation (FC) matrices of signals. */
public final class Correlations {
    private Correlations() {
    }

    /** Pearson r of x and y; 0 when either has zero variance (a frozen series is uncorrelated with anything). */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("Pearson correlation needs two samples of equal length ≥ 2, got "
                    + x.length + " and " + y.length);
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < x.length; k++) {
            double dx = x[k] - mx;
            double dy = y[k] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Functional connectivity: the N × N Pearson correlation matrix of the columns of {@code s}. */
    public static double[][] functionalConnectivity(Signals s) {
        int n = s.regions();
        int t = s.timePoints();
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (int k = 0; k < t; k++) m += s.get(k, i);
            mean[i] = m / t;
            double v = 0;
            for (int k = 0; k < t; k++) {
                double d = s.get(k, i) - mean[i];
                v += d * d;
            }
            sd[i] = Math.sqrt(v);
        }
        double[][] fc = new double[n][n];
        double[] row = s.values();
        for (int k = 0; k < t; k++) {
            int o = k * n;
            for (int i = 0; i < n; i++) {
                double di = row[o + i] - mean[i];
                for (int j = i; j < n; j++) fc[i][j] += di * (row[o + j] - mean[j]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double r = sd[i] == 0 || sd[j] == 0 ? 0 : fc[i][j] / (sd[i] * sd[j]);
                fc[i][j] = r;
                fc[j][i] = r;
            }
        }
        return fc;
    }

    /** Pearson r between the upper off-diagonal triangles of two FC matrices of the same size. */
    public static double fcSimilarity(double[][] a, double[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("FC matrices differ in size: " + a.length + " × " + a.length + " vs "
                    + b.length + " × " + b.length);
        }
        int n = a.length;
        double[] x = new double[n * (n - 1) / 2];
        double[] y = new double[x.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                x[k] = a[i][j];
                y[k++] = b[i][j];
            }
        }
        return pearson(x, y);
    }
}
