package org.massode.cli;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Timing helpers shared by the benchmarks: warm-up, best-of-n wall time, and the sgemm reference. */
final class BenchSupport {
    private BenchSupport() {
    }

    /** Warm-up: at least this many runs and this much time before measuring. */
    private static final int WARMUP_RUNS = 2;
    private static final double WARMUP_SECONDS = 1.0;

    /**
     * Best wall time of {@code repeats} runs after a warm-up of at least {@value #WARMUP_RUNS} runs and
     * {@value #WARMUP_SECONDS} s: the row kernels are only vectorized once C2 has compiled them, and a single
     * warm-up run of a 0.1 s pass left the first configuration measured 30–50 % slow.
     */
    static double time(Runnable r, int repeats) {
        return times(r, repeats, WARMUP_SECONDS)[0];
    }

    /**
     * Sorted wall times in seconds of {@code repeats} runs (best first) after a warm-up of at least
     * {@value #WARMUP_RUNS} runs and {@code warmupSeconds}.
     */
    static double[] times(Runnable r, int repeats, double warmupSeconds) {
        if (repeats < 1) throw new IllegalArgumentException("--repeats must be at least 1, got " + repeats);
        long start = System.nanoTime();
        for (int i = 0; i < WARMUP_RUNS || System.nanoTime() - start < warmupSeconds * 1e9; i++) r.run();
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(t);
        return t;
    }

    /**
     * Timings of a run paired with the sgemm reference measured between its repetitions: {@code seconds} sorted
     * (best first) and the best reference GFLOP/s of the same stretch of time.
     */
    record Paired(double[] seconds, double sgemmGflops, double[] pairRatios) {
        /**
         * The median over repetitions of (reference time ÷ run time), scaled by the two blocks' flop counts: each
         * repetition compares the run with the gemms timed right after it, so a host that speeds up or slows down
         * between repetitions moves both; the median ignores the repetitions a neighbour's burst hit.
         */
        double medianPairRatio() {
            double[] r = pairRatios.clone();
            java.util.Arrays.sort(r);
            return r[r.length / 2];
        }
    }

    /**
     * {@code repeats} timed runs, each followed by a block of {@code refGemms} reference gemms ([batch, n]·[n, n]ᵀ, the
     * shape of the products the run counts, about as long as the run's own gemms). The host's speed drifts by up to
     * 25 % within a minute here (sgemm 209 and 261 GFLOP/s at the start and end of one process), so a reference
     * taken before or after all runs compares them with another machine state; interleaved, both see the same one.
     * No warm-up: the caller warms up the run first.
     */
    static Paired interleaved(Runnable r, int repeats, int refGemms, int batch, int n) {
        if (repeats < 1) throw new IllegalArgumentException("--repeats must be at least 1, got " + repeats);
        double[][] both = alternate(repeats, r, referenceGemms(batch, n, refGemms));
        double[] t = both[0];
        double[] pairs = new double[repeats];
        double bestRef = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            // the run counts as many gemms of this shape as the reference block holds: the ratio of the times
            pairs[i] = both[1][i] / t[i];
            bestRef = Math.min(bestRef, both[1][i]);
        }
        java.util.Arrays.sort(t);
        return new Paired(t, refGemms * 2.0 * batch * n * n / bestRef / 1e9, pairs);
    }

    /** Seconds of each of {@code runs} runs of {@code first} and of {@code second}, run in turn: {first[], second[]}. */
    static double[][] alternate(int runs, Runnable first, Runnable second) {
        double[][] t = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            first.run();
            long t1 = System.nanoTime();
            second.run();
            long t2 = System.nanoTime();
            t[0][i] = (t1 - t0) / 1e9;
            t[1][i] = (t2 - t1) / 1e9;
        }
        return t;
    }

    /** GFLOP/s of ND4J's float gemm for [batch, n] × [n, n], the shape of the ODE layers' products. */
    static double sgemmGflops(int batch, int n) {
        // 50 gemms × best of 5: shorter samples swung 2.5× between runs on an idle 2-core VM
        int reps = 50;
        double secs = time(referenceGemms(batch, n, reps), 5);
        return reps * 2.0 * batch * n * n / secs / 1e9;
    }

    /** {@code count} reference gemms [batch, n]·[n, n]ᵀ on arrays of their own, made (and run once) here. */
    private static Runnable referenceGemms(int batch, int n, int count) {
        INDArray a = Nd4j.rand(DataType.FLOAT, batch, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, batch, n);
        Nd4j.gemm(a, b, c, false, true, 1.0, 0.0);
        return () -> {
            for (int g = 0; g < count; g++) Nd4j.gemm(a, b, c, false, true, 1.0, 0.0);
        };
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
