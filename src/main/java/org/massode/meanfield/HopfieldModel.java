package org.massode.meanfield;

/**
 * Parameters of the network of Hopfield-like neurons
 * <pre>dXⁱ = (−Xⁱ + Σⱼ Jᵢⱼ·f(Xʲ))·dt + λ·dWⁱ,   Jᵢⱼ i.i.d. N(J/N, σ²/N),   X₀ⁱ i.i.d. N(μ₀, s₀²)</pre>
 * and of its mean-field limit {@code dX = (−X + η_t)·dt + λ·dW} with η Gaussian, mean J·m(t), covariance σ²·C(t, s).
 * Built with {@link #builder()}; every field is validated there.
 */
public final class HopfieldModel {
    private final double couplingMean;
    private final double couplingStd;
    private final double noise;
    private final Sigmoid sigmoid;
    private final double initialMean;
    private final double initialStd;

    private HopfieldModel(Builder b) {
        this.couplingMean = b.couplingMean;
        this.couplingStd = b.couplingStd;
        this.noise = b.noise;
        this.sigmoid = b.sigmoid;
        this.initialMean = b.initialMean;
        this.initialStd = b.initialStd;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** J: N times the mean of a coupling Jᵢⱼ. */
    public double couplingMean() {
        return couplingMean;
    }

    /** σ: √N times the standard deviation of a coupling Jᵢⱼ. */
    public double couplingStd() {
        return couplingStd;
    }

    /** λ: the intensity of each neuron's Brownian noise. */
    public double noise() {
        return noise;
    }

    public Sigmoid sigmoid() {
        return sigmoid;
    }

    /** μ₀: mean of the Gaussian initial law. */
    public double initialMean() {
        return initialMean;
    }

    /** s₀: standard deviation of the Gaussian initial law. */
    public double initialStd() {
        return initialStd;
    }

    @Override
    public String toString() {
        return "J=" + couplingMean + ", sigma=" + couplingStd + ", lambda=" + noise + ", f=" + sigmoid
                + ", X0~N(" + initialMean + ", " + initialStd + "^2)";
    }

    /** Builder with the defaults of the issue: σ = λ = 1, logistic f, X₀ ~ N(0, 1). */
    public static final class Builder {
        private double couplingMean = 0;
        private double couplingStd = 1;
        private double noise = 1;
        private Sigmoid sigmoid = Sigmoid.logistic();
        private double initialMean = 0;
        private double initialStd = 1;

        public Builder couplingMean(double j) {
            this.couplingMean = j;
            return this;
        }

        public Builder couplingStd(double sigma) {
            this.couplingStd = sigma;
            return this;
        }

        public Builder noise(double lambda) {
            this.noise = lambda;
            return this;
        }

        public Builder sigmoid(Sigmoid f) {
            this.sigmoid = f;
            return this;
        }

        public Builder initialMean(double mu0) {
            this.initialMean = mu0;
            return this;
        }

        public Builder initialStd(double s0) {
            this.initialStd = s0;
            return this;
        }

        public HopfieldModel build() {
            finite("J (--J)", couplingMean);
            nonNegative("sigma (--sigma)", couplingStd);
            nonNegative("lambda (--lambda)", noise);
            finite("x0 mean (--x0-mean)", initialMean);
            nonNegative("x0 standard deviation (--x0-std)", initialStd);
            if (sigmoid == null) {
                throw new IllegalArgumentException("sigmoid must be set");
            }
            return new HopfieldModel(this);
        }

        private static void finite(String name, double v) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be finite, got " + v);
            }
        }

        private static void nonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
            }
        }
    }
}
