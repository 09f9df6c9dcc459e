package org.massode.rhomm;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The RHoMM loss over all windows and its gradient by backpropagation through time.
 *
 * <p>Forward, for every window at once (rows of [M, N] arrays): x₀ = s(t), zₖ = xₖ₋₁·Jᵀ + b, xₖ = tanh(β·zₖ),
 * k = 1..H, with C = M·H·N entries in all:
 * <ul>
 *   <li>MSE: L = Σₖ Σ (xₖ − yₖ)² / C;</li>
 *   <li>cross-entropy with P(+1) = (1 + xₖ)/2 = σ(2βzₖ): L = Σₖ Σ log(1 + exp(−2β·yₖ·zₖ)) / C.</li>
 * </ul>
 * Backward: aₖ = ∂L/∂xₖ from step k + 1 (a_H = 0), gₖ = ∂L/∂zₖ =
 * MSE: (2(xₖ − yₖ)/C + aₖ) ⊙ β(1 − xₖ²); cross-entropy: β(xₖ − yₖ)/C + aₖ ⊙ β(1 − xₖ²);
 * then ∂L/∂J = Σₖ gₖᵀ·xₖ₋₁, ∂L/∂b = Σₖ Σ_rows gₖ, aₖ₋₁ = gₖ·J. Per step: one gemm forward, two backward
 * (one at k = 1, where x₀ is data).
 */
public final class RhommLoss {
    private final TrainingWindows data;
    private final double beta;
    private final RhommConfig.Loss kind;
    private final boolean bias;
    private final INDArray[] x;
    private final INDArray g;
    private final INDArray a;
    private final INDArray tmp;

    public RhommLoss(TrainingWindows data, RhommConfig config) {
        this.data = data;
        this.beta = config.beta();
        this.kind = config.loss();
        this.bias = config.bias();
        long m = data.windows();
        int n = data.regions();
        int h = data.horizon();
        // preallocated once: a training run calls this thousands of times on [M, N] arrays
        x = new INDArray[h + 1];
        x[0] = data.start();
        for (int k = 1; k <= h; k++) {
            x[k] = Nd4j.createUninitialized(config.dataType(), m, n);
        }
        g = Nd4j.createUninitialized(config.dataType(), m, n);
        a = h > 1 ? Nd4j.createUninitialized(config.dataType(), m, n) : null;
        tmp = Nd4j.createUninitialized(config.dataType(), m, n);
    }

    /** L(J, b) without the gradient. */
    public double loss(INDArray j, INDArray b) {
        return forward(j, b);
    }

    /**
     * Computes L(J, b) and writes ∂L/∂J into {@code gradJ} ([N, N]) and ∂L/∂b into {@code gradB} ([1, N]).
     * {@code b} is ignored (treated as 0, gradient 0) when the configuration has no bias.
     */
    public double lossAndGradient(INDArray j, INDArray b, INDArray gradJ, INDArray gradB) {
        double loss = forward(j, b);
        int h = data.horizon();
        double count = (double) data.windows() * h * data.regions();
        gradJ.assign(0);
        gradB.assign(0);
        for (int k = h; k >= 1; k--) {
            INDArray xk = x[k];
            g.assign(xk).subi(data.target(k));                     // xₖ − yₖ
            xk.mul(xk, tmp).rsubi(1).muli(beta);                    // β(1 − xₖ²)
            if (kind == RhommConfig.Loss.MSE) {
                g.muli(2 / count);
                if (k < h) g.addi(a);
                g.muli(tmp);
            } else {
                g.muli(beta / count);
                if (k < h) g.addi(tmp.muli(a));
            }
            Nd4j.gemm(g, x[k - 1], gradJ, true, false, 1.0, 1.0);  // += gₖᵀ·xₖ₋₁
            if (bias) gradB.addi(g.sum(true, 0));
            if (k > 1) Nd4j.gemm(g, j, a, false, false, 1.0, 0.0); // aₖ₋₁ = gₖ·J
        }
        return loss;
    }

    private double forward(INDArray j, INDArray b) {
        int h = data.horizon();
        double count = (double) data.windows() * h * data.regions();
        double sum = 0;
        for (int k = 1; k <= h; k++) {
            INDArray z = x[k];
            Nd4j.gemm(x[k - 1], j, z, false, true, 1.0, 0.0);      // zₖ = xₖ₋₁·Jᵀ
            if (bias) z.addiRowVector(b);
            if (kind == RhommConfig.Loss.CROSS_ENTROPY) {
                sum += crossEntropySum(z, data.target(k));
            }
            // tanh(βz) = 2σ(2βz) − 1: ND4J's sigmoid takes about half the time of its tanh on [M, N] arrays
            Transforms.sigmoid(z.muli(2 * beta), false).muli(2).subi(1);
            if (kind == RhommConfig.Loss.MSE) {
                sum += Math.pow(z.distance2(data.target(k)), 2);
            }
        }
        return sum / count;
    }

    /** Σ log(1 + exp(−v)), v = 2β·y⊙z, written max(−v, 0) + log1p(exp(−|v|)) so it never overflows. */
    private double crossEntropySum(INDArray z, INDArray y) {
        INDArray v = z.mul(y, tmp).muli(-2 * beta);                 // −v
        double relu = Transforms.relu(v, true).sumNumber().doubleValue();
        Transforms.abs(v, false).negi();
        Transforms.exp(v, false);
        Transforms.log1p(v, false);
        return relu + v.sumNumber().doubleValue();
    }
}
