package org.massode.rhomm;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Estimated J against the true J, on the off-diagonal entries (self-couplings are not effective connectivity and
 * the objective networks have none):
 * <ul>
 *   <li>correlation: Pearson r of Ĵᵢⱼ and Jᵢⱼ, i ≠ j;</li>
 *   <li>relative error ‖Ĵ' − J'‖_F / ‖J'‖_F, where ' is the row L1 normalization Jᵢⱼ / Σₖ≠ᵢ|Jᵢₖ| — a positive row
 *       scale does not change sign(J·s + b) and so cannot be identified from binary data;</li>
 *   <li>sign accuracy: the fraction of the strongest true links (top {@code fraction} by |Jᵢⱼ|, nonzero) whose
 *       estimated sign is right.</li>
 * </ul>
 */
public record ConnectivityMetrics(double correlation, double relativeError, double signAccuracy) {

    /** Fraction of the strongest true links on which the sign accuracy is measured. */
    public static final double STRONGEST_FRACTION = 0.2;

    public static ConnectivityMetrics compare(double[][] estimated, double[][] truth) {
        checkSizes(estimated, truth);
        return new ConnectivityMetrics(correlation(estimated, truth), relativeError(estimated, truth),
                signAccuracy(estimated, truth, STRONGEST_FRACTION));
    }

    /** Error naming both sizes when the estimate and the truth are not of the same square size. */
    public static void checkSizes(double[][] estimated, double[][] truth) {
        if (estimated.length != truth.length) {
            throw new IllegalArgumentException("the truth matrix is " + truth.length + " × "
                    + (truth.length == 0 ? 0 : truth[0].length) + " but the data have " + estimated.length
                    + " regions (estimated J is " + estimated.length + " × " + estimated.length + ")");
        }
    }

    public static double correlation(double[][] est, double[][] truth) {
        return Correlations.pearson(offDiagonal(est), offDiagonal(truth));
    }

    public static double relativeError(double[][] est, double[][] truth) {
        double[] a = offDiagonal(RowNormalization.l1Rows(est, true));
        double[] b = offDiagonal(RowNormalization.l1Rows(truth, true));
        double num = 0;
        double den = 0;
        for (int k = 0; k < a.length; k++) {
            num += (a[k] - b[k]) * (a[k] - b[k]);
            den += b[k] * b[k];
        }
        return Math.sqrt(num / den);
    }

    public static double signAccuracy(double[][] est, double[][] truth, double fraction) {
        double[] a = offDiagonal(est);
        double[] b = offDiagonal(truth);
        Integer[] order = new Integer[b.length];
        int nonzero = 0;
        for (int k = 0; k < b.length; k++) {
            order[k] = k;
            if (b[k] != 0) nonzero++;
        }
        if (nonzero == 0) return Double.NaN;
        Arrays.sort(order, Comparator.comparingDouble(k -> -Math.abs(b[k])));
        int top = Math.max(1, (int) Math.round(fraction * nonzero));
        int right = 0;
        for (int r = 0; r < top; r++) {
            int k = order[r];
            if (Math.signum(a[k]) == Math.signum(b[k])) right++;
        }
        return right / (double) top;
    }

    static double[] offDiagonal(double[][] m) {
        int n = m.length;
        double[] v = new double[n * (n - 1)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                throw new IllegalArgumentException("matrix is not square: row " + (i + 1) + " has " + m[i].length
                        + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (i != j) v[k++] = m[i][j];
            }
        }
        return v;
    }
}
