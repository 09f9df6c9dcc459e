package org.massode.rhomm;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Everything that defines one RHoMM training run. Build with {@link #builder()}; {@link Builder#build()} rejects
 * values that cannot work (η ≤ 0, H &lt; 1, …) with a message naming the option.
 *
 * <p>Model: ŝ(t+k) = tanh(β·(J·ŝ(t+k−1) + b)), ŝ(t) = s(t), k = 1..H (H = 1: one-step teacher forcing).
 * Loss over all windows: MSE L = Σₖ‖ŝ(t+k) − s(t+k)‖² / (M·H·N), or cross-entropy with P(s = +1) = (1 + ŝ)/2.
 */
public record RhommConfig(double beta, double learningRate, Optimizer optimizer, Normalization normalization,
                          boolean bias, boolean zeroDiagonal, int horizon, Loss loss, double tolerance, int patience,
                          int maxEpochs, double initScale, long seed, DataType dataType) {

    public enum Optimizer { SGD, ADAM }

    /** What is done to J after every update: nothing, or Jᵢⱼ ← Jᵢⱼ / Σₖ|Jᵢₖ| (row L1 normalization). */
    public enum Normalization { NONE, L1 }

    public enum Loss { MSE, CROSS_ENTROPY }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().beta(beta).learningRate(learningRate).optimizer(optimizer).normalization(normalization)
                .bias(bias).zeroDiagonal(zeroDiagonal).horizon(horizon).loss(loss).tolerance(tolerance)
                .patience(patience).maxEpochs(maxEpochs).initScale(initScale).seed(seed).dataType(dataType);
    }

    /** Defaults: β = 1, η = 1, plain gradient descent, no normalization, no bias, zero diagonal, H = 1, MSE. */
    public static final class Builder {
        private double beta = 1;
        private double learningRate = 1;
        private Optimizer optimizer = Optimizer.SGD;
        private Normalization normalization = Normalization.NONE;
        private boolean bias;
        private boolean zeroDiagonal = true;
        private int horizon = 1;
        private Loss loss = Loss.MSE;
        private double tolerance = 1e-5;
        private int patience = 5;
        private int maxEpochs = 2000;
        private double initScale = 0.01;
        private long seed = 1;
        private DataType dataType = DataType.FLOAT;

        public Builder beta(double v) { beta = v; return this; }
        public Builder learningRate(double v) { learningRate = v; return this; }
        public Builder optimizer(Optimizer v) { optimizer = v; return this; }
        public Builder normalization(Normalization v) { normalization = v; return this; }
        public Builder bias(boolean v) { bias = v; return this; }
        public Builder zeroDiagonal(boolean v) { zeroDiagonal = v; return this; }
        public Builder horizon(int v) { horizon = v; return this; }
        public Builder loss(Loss v) { loss = v; return this; }
        /** Converged when |ΔL|/|L| &lt; tolerance for {@code patience} consecutive epochs. */
        public Builder tolerance(double v) { tolerance = v; return this; }
        public Builder patience(int v) { patience = v; return this; }
        public Builder maxEpochs(int v) { maxEpochs = v; return this; }
        /** Standard deviation of the Gaussian initial J (off-diagonal). */
        public Builder initScale(double v) { initScale = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder dataType(DataType v) { dataType = v; return this; }

        public RhommConfig build() {
            check(beta > 0 && Double.isFinite(beta), "beta must be a positive finite number, got " + beta);
            check(learningRate > 0 && Double.isFinite(learningRate),
                    "learning rate must be a positive finite number, got " + learningRate);
            check(horizon >= 1, "horizon H must be at least 1, got " + horizon);
            check(tolerance > 0, "tolerance must be positive, got " + tolerance);
            check(patience >= 1, "patience must be at least 1 epoch, got " + patience);
            check(maxEpochs >= 1, "max epochs must be at least 1, got " + maxEpochs);
            check(initScale >= 0 && Double.isFinite(initScale), "init scale must be ≥ 0, got " + initScale);
            check(dataType == DataType.FLOAT || dataType == DataType.DOUBLE,
                    "data type must be FLOAT or DOUBLE, got " + dataType);
            check(optimizer != null && normalization != null && loss != null, "optimizer, normalization and loss are required");
            return new RhommConfig(beta, learningRate, optimizer, normalization, bias, zeroDiagonal, horizon, loss,
                    tolerance, patience, maxEpochs, initScale, seed, dataType);
        }

        private static void check(boolean ok, String message) {
            if (!ok) throw new IllegalArgumentException(message);
        }
    }
}
