package org.massode.meanfield;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Euler–Maruyama simulation of R independent networks of N Hopfield-like neurons,
 * <pre>Xⁱ_{k+1} = Xⁱ_k + (−Xⁱ_k + Σⱼ Jᵢⱼ·f(Xʲ_k))·dt + λ·√dt·ξⁱ_k,   Jᵢⱼ i.i.d. N(J/N, σ²/N) (i = j included),</pre>
 * each with its own coupling matrix, initial state and noise. The R networks of a chunk step together: their states
 * form an R×N matrix updated by whole-array operations, and the interaction is one BLAS matrix–vector product per
 * network written into the R×N field (ND4J's batched rank-3 matmul measured 1.5–3× slower for N = 500–2000). Chunks keep the couplings under {@link #COUPLING_BYTES_PER_CHUNK}. The step is memory-bound (each coupling is read
 * once per step), so FLOAT precision, the default, halves its cost.
 */
public final class FiniteNetwork {
    /** Memory budget for the couplings of the networks stepped together. */
    static final long COUPLING_BYTES_PER_CHUNK = 512L << 20;

    private final HopfieldModel model;
    private final TimeGrid grid;
    private final int neurons;
    private final DataType precision;

    /** A network simulated in FLOAT precision. */
    public FiniteNetwork(HopfieldModel model, TimeGrid grid, int neurons) {
        this(model, grid, neurons, DataType.FLOAT);
    }

    /** @param precision FLOAT or DOUBLE, the data type of couplings, states and rates */
    public FiniteNetwork(HopfieldModel model, TimeGrid grid, int neurons, DataType precision) {
        if (precision != DataType.FLOAT && precision != DataType.DOUBLE) {
            throw new IllegalArgumentException("precision (--precision) must be float or double, got " + precision);
        }
        this.precision = precision;
        if (neurons < 1) {
            throw new IllegalArgumentException("N (--N) must be a positive number of neurons, got " + neurons);
        }
        if ((long) neurons * neurons > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("N (--N) must be at most 46340 (N² couplings), got " + neurons);
        }
        this.model = model;
        this.grid = grid;
        this.neurons = neurons;
    }

    public int neurons() {
        return neurons;
    }

    /** Draws {@code count} coupling matrices, count×N×N, entries i.i.d. N(J/N, σ²/N). */
    public INDArray drawCouplings(int count, Random rng) {
        INDArray j = Nd4j.createUninitialized(precision, count, neurons, neurons);
        Nd4j.randn(model.couplingMean() / neurons, model.couplingStd() / Math.sqrt(neurons), j, rng);
        return j;
    }

    /**
     * Simulates {@code realizations} independent networks.
     *
     * @return per network the empirical m_N(t) = (1/N)·Σᵢ f(Xⁱ_t) and C_N(t, s) = (1/N)·Σᵢ f(Xⁱ_t)·f(Xⁱ_s), plus
     * the first {@code keptTrajectories} neurons' paths of the first network and the couplings' empirical moments
     */
    public Run simulate(int realizations, long seed, int keptTrajectories) {
        if (realizations < 1) {
            throw new IllegalArgumentException("realizations (--realizations) must be at least 1, got " + realizations);
        }
        if (keptTrajectories < 0 || keptTrajectories > neurons) {
            throw new IllegalArgumentException("kept trajectories (--trajectories) must be in [0, N = " + neurons
                    + "], got " + keptTrajectories);
        }
        long start = System.nanoTime();
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        long perNetwork = (long) precision.width() * neurons * neurons;
        int chunk = (int) Math.max(1, Math.min(realizations, COUPLING_BYTES_PER_CHUNK / perNetwork));
        List<FieldStatistics> stats = new ArrayList<>();
        INDArray trajectories = null;
        double sum = 0;
        double sumSq = 0;
        for (int done = 0; done < realizations; done += chunk) {
            int r = Math.min(chunk, realizations - done);
            INDArray couplings = drawCouplings(r, rng);
            // row sums and row norms (N terms each) in the working precision, accumulated in double
            sum += couplings.sum(2).castTo(DataType.DOUBLE).sumNumber().doubleValue();
            INDArray norms = couplings.norm2(2).castTo(DataType.DOUBLE);
            sumSq += norms.muli(norms).sumNumber().doubleValue();
            INDArray[] history = stepChunk(couplings, r, rng, done == 0 ? keptTrajectories : 0);
            if (done == 0) {
                trajectories = history[1];
            }
            for (int i = 0; i < r; i++) {
                INDArray rates = history[0].get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all());
                stats.add(FieldStatistics.estimate(rates.dup('c')));
            }
        }
        double count = (double) realizations * neurons * neurons;
        double mean = sum / count;
        double std = Math.sqrt(Math.max(0, sumSq / count - mean * mean));
        return new Run(neurons, List.copyOf(stats), trajectories, mean, std, (System.nanoTime() - start) / 1e9);
    }

    /** @return {rates history r×(T+1)×N, kept paths (T+1)×K of network 0} */
    private INDArray[] stepChunk(INDArray couplings, int r, Random rng, int kept) {
        int points = grid.points();
        double dt = grid.dt();
        double noiseScale = model.noise() * Math.sqrt(dt);
        INDArray rates = Nd4j.createUninitialized(precision, r, points, neurons);
        INDArray paths = Nd4j.zeros(precision, points, kept);
        INDArray x = Nd4j.createUninitialized(precision, r, neurons);
        Nd4j.randn(model.initialMean(), model.initialStd(), x, rng);
        INDArray field = Nd4j.createUninitialized(precision, r, neurons);
        INDArray noise = Nd4j.createUninitialized(precision, r, neurons);
        INDArray f = Nd4j.createUninitialized(precision, r, neurons);
        INDArray[] couplingOf = new INDArray[r];
        INDArray[] rateOf = new INDArray[r];
        INDArray[] fieldOf = new INDArray[r];
        for (int i = 0; i < r; i++) { // views, so that each gemv reads and writes the shared arrays in place
            couplingOf[i] = couplings.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all());
            rateOf[i] = f.getRow(i).reshape(neurons, 1);
            fieldOf[i] = field.getRow(i).reshape(neurons, 1);
        }
        for (int k = 0; k < points; k++) {
            if (kept > 0) {
                paths.getRow(k).assign(x.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, kept)));
            }
            model.sigmoid().applyInPlace(f.assign(x));
            rates.get(NDArrayIndex.all(), NDArrayIndex.point(k), NDArrayIndex.all()).assign(f);
            if (k == points - 1) {
                break;
            }
            for (int i = 0; i < r; i++) {
                Nd4j.gemm(couplingOf[i], rateOf[i], fieldOf[i], false, false, 1.0, 0.0); // Σⱼ Jᵢⱼ f(Xʲ)
            }
            Nd4j.randn(0, 1, noise, rng);
            x.muli(1 - dt).addi(field.muli(dt)).addi(noise.muli(noiseScale));
        }
        return new INDArray[]{rates, paths.castTo(DataType.DOUBLE)};
    }

    /**
     * Result of {@link #simulate}.
     *
     * @param networks     empirical (m_N, C_N) of each network
     * @param trajectories X(t) of the first neurons of the first network, (T+1)×K
     * @param couplingMean empirical mean of all drawn Jᵢⱼ
     * @param couplingStd  empirical standard deviation of all drawn Jᵢⱼ
     */
    public record Run(int neurons, List<FieldStatistics> networks, INDArray trajectories, double couplingMean,
                      double couplingStd, double seconds) {
    }
}
