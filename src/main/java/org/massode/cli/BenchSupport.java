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

    /** GFLOP/s of ND4J's float gemm for [batch, n] × [n, n], the shape of the ODE layers' products. */
    static double sgemmGflops(int batch, int n) {
        INDArray a = Nd4j.rand(DataType.FLOAT, batch, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, batch, n);
        // 50 gemms × best of 5: shorter samples swung 2.5× between runs on an idle 2-core VM
        int reps = 50;
        double secs = time(() -> {
            for (int i = 0; i < reps; i++) Nd4j.gemm(a, b, c, false, true, 1.0, 0.0);
        }, 5);
        return reps * 2.0 * batch * n * n / secs / 1e9;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
