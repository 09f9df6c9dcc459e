package org.massode.rhomm;

/**
 * Turns each region's signal into binary states sᵢ(t) = +1 if xᵢ(t) &gt; θᵢ, −1 otherwise, with θᵢ from a
 * {@link Threshold}. A region that is constant, or that the threshold maps to a single state, carries no dynamics
 * for the model to learn and is rejected with its column number.
 */
public final class Binarizer {
    private final Threshold threshold;

    public Binarizer(Threshold threshold) {
        this.threshold = threshold;
    }

    /** ±1 states of the same shape as {@code x}. */
    public Signals apply(Signals x) {
        int t = x.timePoints();
        int n = x.regions();
        double[] s = new double[t * n];
        for (int i = 0; i < n; i++) {
            double[] col = x.column(i);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : col) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (min == max) {
                throw new SignalFormatException(x.source(), "column " + (i + 1) + " is constant (" + min
                        + " at all " + t + " time points) and cannot be binarized");
            }
            double theta = threshold.value(col);
            int up = 0;
            for (int k = 0; k < t; k++) {
                boolean above = col[k] > theta;
                up += above ? 1 : 0;
                s[k * n + i] = above ? 1 : -1;
            }
            if (up == 0 || up == t) {
                throw new SignalFormatException(x.source(), "column " + (i + 1) + ": the " + threshold
                        + " threshold " + theta + " puts all " + t + " time points in one state");
            }
        }
        return new Signals(x.source() + " (binarized by " + threshold + ")", t, n, s);
    }
}
