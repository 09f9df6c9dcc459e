package org.massode.rhomm;

import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The per-region threshold θᵢ of the binarization sᵢ(t) = +1 if xᵢ(t) &gt; θᵢ else −1: the median (default), the
 * mean, the q-th percentile (linear interpolation between order statistics, NumPy's default, Commons Math R-7) or
 * z-score &gt; 0. The last one is the mean threshold written on the standardized signal; it is kept as its own
 * name because that is how the RHoMM papers state it.
 */
public record Threshold(Kind kind, double percentile) {
    public enum Kind { MEDIAN, MEAN, PERCENTILE, ZSCORE }

    public Threshold {
        if (kind == Kind.PERCENTILE && !(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("percentile threshold must lie strictly between 0 and 100, got "
                    + percentile);
        }
    }

    public static Threshold median() {
        return new Threshold(Kind.MEDIAN, 50);
    }

    /** Parses {@code median | mean | zscore | p<q>} (e.g. {@code p75}). */
    public static Threshold parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "median":
                return median();
            case "mean":
                return new Threshold(Kind.MEAN, Double.NaN);
            case "zscore":
                return new Threshold(Kind.ZSCORE, Double.NaN);
            default:
                if (t.startsWith("p")) {
                    try {
                        return new Threshold(Kind.PERCENTILE, Double.parseDouble(t.substring(1)));
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw new IllegalArgumentException("binarization must be median, mean, zscore or p<q> with 0 < q < 100"
                        + " (e.g. p75), got '" + text + "'");
        }
    }

    /** θ for one channel; for ZSCORE the threshold on the raw values that z &gt; 0 corresponds to (the mean). */
    public double value(double[] x) {
        return switch (kind) {
            case MEDIAN, PERCENTILE -> new Percentile()
                    .withEstimationType(Percentile.EstimationType.R_7).evaluate(x, kind == Kind.MEDIAN ? 50 : percentile);
            case MEAN, ZSCORE -> mean(x);
        };
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MEDIAN -> "median";
            case MEAN -> "mean";
            case ZSCORE -> "zscore";
            case PERCENTILE -> "p" + percentile;
        };
    }
}
