package org.massode.rhomm;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Band-limited power as in MEG BLP analysis: per channel, an ideal band-pass [f₁, f₂] and the Hilbert envelope in
 * one FFT round trip (keep only the positive frequencies inside the band, doubled: the inverse is the analytic
 * signal of the band-passed channel, and its modulus the envelope), then the squared envelope averaged over
 * non-overlapping windows of {@code window} samples (downsampling). The series is cut to the largest power of two,
 * as Commons Math's radix-2 FFT needs.
 */
public final class BandLimitedPower {
    private final double low;
    private final double high;
    private final int window;

    /** Band edges in cycles per sample of the input (0 &lt; f₁ &lt; f₂ ≤ 0.5). */
    public BandLimitedPower(double low, double high, int window) {
        if (!(low > 0 && low < high && high <= 0.5)) {
            throw new IllegalArgumentException("band must satisfy 0 < f1 < f2 <= 0.5 cycles/sample, got [" + low + ", "
                    + high + "]");
        }
        if (window < 1) throw new IllegalArgumentException("window must be ≥ 1 sample, got " + window);
        this.low = low;
        this.high = high;
        this.window = window;
    }

    public Signals apply(Signals x) {
        int len = Integer.highestOneBit(x.timePoints());
        int n = x.regions();
        int out = len / window;
        if (out < 2) {
            throw new IllegalArgumentException(x.source() + ": " + len + " samples give fewer than 2 windows of "
                    + window);
        }
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        double[] result = new double[out * n];
        double[] col = new double[len];
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int t = 0; t < len; t++) {
                col[t] = x.get(t, i);
                mean += col[t];
            }
            mean /= len;
            for (int t = 0; t < len; t++) col[t] -= mean;
            Complex[] f = fft.transform(col, TransformType.FORWARD);
            for (int k = 0; k < len; k++) {
                double freq = (double) k / len; // cycles per sample; k > len/2 are the negative frequencies
                boolean keep = k <= len / 2 && freq >= low && freq <= high;
                f[k] = keep ? f[k].multiply(2) : Complex.ZERO;
            }
            Complex[] analytic = fft.transform(f, TransformType.INVERSE);
            for (int w = 0; w < out; w++) {
                double p = 0;
                for (int t = w * window; t < (w + 1) * window; t++) {
                    double a = analytic[t].abs();
                    p += a * a;
                }
                result[w * n + i] = p / window;
            }
        }
        return new Signals(x.source() + " BLP [" + low + ", " + high + "]", out, n, result);
    }
}
